// The schema editor's working copy: cells read and write the fields, every problem is shown on
// the cell it concerns with core's message, rows are added, removed and moved (keyboard moves
// and the drag-and-drop mime round trip), and the model stays consistent under
// QAbstractItemModelTester throughout.
#include "../core/coretestutil.h"
#include "models/schemamodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace bifrost;
using coretest::makeField;

namespace {

QStringList keys(const SchemaModel &model) {
    QStringList list;
    for (int r = 0; r < model.rowCount(); ++r)
        list << model.index(r, SchemaModel::KeyColumn).data().toString();
    return list;
}

QString errorAt(const SchemaModel &model, int row, int column) {
    return model.index(row, column).data(SchemaModel::ErrorRole).toString();
}

Schema threeFields() {
    SchemaField timeout = makeField(QStringLiteral("timeout"), FieldType::Int, true);
    timeout.min = 1;
    timeout.max = 300;
    timeout.options = QJsonArray{30, 60};
    SchemaField region = makeField(QStringLiteral("region"), FieldType::String);
    region.options = QJsonArray{QStringLiteral("eu"), QStringLiteral("us")};
    region.label = QStringLiteral("Region");
    region.description = QStringLiteral("Where the tenant lives");
    SchemaField token = makeField(QStringLiteral("token"), FieldType::Secret, true);
    Schema schema{timeout, region, token};
    for (int i = 0; i < schema.size(); ++i)
        schema[i].position = i;
    return schema;
}

} // namespace

class TestSchemaModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsAndReadsBack();
    void editsCells();
    void optionsText();
    void validationPerCell();
    void duplicateKeys();
    void addAndRemove();
    void moveRows();
    void dragAndDropRoundTrip();

private:
    std::unique_ptr<SchemaModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSchemaModel::init() {
    m_model = std::make_unique<SchemaModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setSchema(threeFields(), QStringLiteral("Halo"));
}

void TestSchemaModel::cleanup() {
    m_tester.reset();
    m_model.reset();
}

void TestSchemaModel::loadsAndReadsBack() {
    SchemaModel &m = *m_model;
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.columnCount(), int(SchemaModel::ColumnCount));
    QCOMPARE(keys(m),
             (QStringList{QStringLiteral("timeout"), QStringLiteral("region"), QStringLiteral("token")}));
    QCOMPARE(m.index(0, SchemaModel::TypeColumn).data().toString(), QStringLiteral("int"));
    QCOMPARE(m.index(0, SchemaModel::RequiredColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m.index(1, SchemaModel::RequiredColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(m.index(0, SchemaModel::OptionsColumn).data().toString(), QStringLiteral("30, 60"));
    QCOMPARE(m.index(0, SchemaModel::MinColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(m.index(0, SchemaModel::MaxColumn).data().toString(), QStringLiteral("300"));
    QCOMPARE(m.index(1, SchemaModel::LabelColumn).data().toString(), QStringLiteral("Region"));
    QCOMPARE(m.index(1, SchemaModel::DescriptionColumn).data().toString(),
             QStringLiteral("Where the tenant lives"));
    QVERIFY(!m.isDirty());
    QVERIFY(!m.hasErrors());
    QCOMPARE(m.schema(), threeFields());
    QVERIFY(m.flags(m.index(0, SchemaModel::RequiredColumn)) & Qt::ItemIsUserCheckable);
    QVERIFY(m.flags(m.index(0, SchemaModel::KeyColumn)) & Qt::ItemIsEditable);
    QVERIFY(m.flags(m.index(0, SchemaModel::KeyColumn)) & Qt::ItemIsDragEnabled);
    QVERIFY(m.flags({}) & Qt::ItemIsDropEnabled);
}

void TestSchemaModel::editsCells() {
    SchemaModel &m = *m_model;
    QSignalSpy changed(&m, &SchemaModel::dataChanged);
    QVERIFY(m.setData(m.index(1, SchemaModel::KeyColumn), QStringLiteral("  area ")));
    QVERIFY(m.setData(m.index(1, SchemaModel::RequiredColumn), int(Qt::Checked), Qt::CheckStateRole));
    QVERIFY(m.setData(m.index(1, SchemaModel::LabelColumn), QStringLiteral("Area")));
    QVERIFY(m.setData(m.index(1, SchemaModel::PatternColumn), QStringLiteral("[a-z]+")));
    QVERIFY(m.setData(m.index(2, SchemaModel::TypeColumn), QStringLiteral("json")));
    QVERIFY(!m.setData(m.index(2, SchemaModel::TypeColumn), QStringLiteral("float")));
    QVERIFY(changed.count() >= 5);
    QVERIFY(m.isDirty());

    const Schema s = m.schema();
    QCOMPARE(s.at(1).key, QStringLiteral("area"));
    QVERIFY(s.at(1).required);
    QCOMPARE(s.at(1).label, QStringLiteral("Area"));
    QCOMPARE(s.at(1).pattern, QStringLiteral("[a-z]+"));
    QCOMPARE(s.at(2).type, FieldType::Json);
    QCOMPARE(s.at(2).position, 2);
    QVERIFY(!m.hasErrors());

    // Editing back to what was loaded is not an edit.
    QVERIFY(m.setData(m.index(1, SchemaModel::KeyColumn), QStringLiteral("region")));
    QVERIFY(m.setData(m.index(1, SchemaModel::RequiredColumn), int(Qt::Unchecked), Qt::CheckStateRole));
    QVERIFY(m.setData(m.index(1, SchemaModel::LabelColumn), QStringLiteral("Region")));
    QVERIFY(m.setData(m.index(1, SchemaModel::PatternColumn), QString()));
    QVERIFY(m.setData(m.index(2, SchemaModel::TypeColumn), QStringLiteral("secret")));
    QVERIFY(!m.isDirty());
}

void TestSchemaModel::optionsText() {
    SchemaModel &m = *m_model;
    QVERIFY(m.setData(m.index(0, SchemaModel::OptionsColumn), QStringLiteral("10, 20,,30 ")));
    QCOMPARE(m.schema().at(0).options, (QJsonArray{10, 20, 30}));
    QVERIFY(!m.hasErrors());
    QVERIFY(m.setData(m.index(1, SchemaModel::OptionsColumn), QStringLiteral("[\"a, b\", \"c\"]")));
    QCOMPARE(m.schema().at(1).options, (QJsonArray{QStringLiteral("a, b"), QStringLiteral("c")}));
    QCOMPARE(SchemaModel::optionsText(QJsonArray{QStringLiteral("a, b"), QStringLiteral("c")}),
             QStringLiteral("[\"a, b\",\"c\"]"));
    QCOMPARE(SchemaModel::optionsText(QJsonArray{QStringLiteral("eu"), QStringLiteral("us")}),
             QStringLiteral("eu, us"));
    // A string option that looks like a number keeps its type through the JSON form.
    QCOMPARE(SchemaModel::optionsText(QJsonArray{QStringLiteral("10")}), QStringLiteral("[\"10\"]"));
    QVERIFY(m.setData(m.index(1, SchemaModel::OptionsColumn), QStringLiteral("[\"a\",")));
    QVERIFY(errorAt(m, 1, SchemaModel::OptionsColumn).contains(QStringLiteral("JSON")));
}

void TestSchemaModel::validationPerCell() {
    SchemaModel &m = *m_model;
    QVERIFY(!m.hasErrors());
    QVERIFY(m.firstError().isEmpty());

    QVERIFY(m.setData(m.index(1, SchemaModel::KeyColumn), QStringLiteral("1region")));
    const QString keyError = errorAt(m, 1, SchemaModel::KeyColumn);
    QVERIFY2(keyError.contains(QStringLiteral("1region")), qPrintable(keyError));
    QCOMPARE(m.index(1, SchemaModel::KeyColumn).data(Qt::ToolTipRole).toString(), keyError);
    QVERIFY(m.index(1, SchemaModel::KeyColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(errorAt(m, 1, SchemaModel::LabelColumn).isEmpty());
    QVERIFY(m.hasErrors());
    QModelIndex where;
    QCOMPARE(m.firstError(&where), keyError);
    QCOMPARE(where, m.index(1, SchemaModel::KeyColumn));
    QVERIFY(m.setData(m.index(1, SchemaModel::KeyColumn), QStringLiteral("region")));
    QVERIFY(errorAt(m, 1, SchemaModel::KeyColumn).isEmpty());
    QVERIFY(!m.hasErrors());

    // Several problems in one row: each on its own cell.
    QVERIFY(m.setData(m.index(0, SchemaModel::PatternColumn), QStringLiteral("[0-9]+")));
    QVERIFY(m.setData(m.index(1, SchemaModel::MinColumn), QStringLiteral("abc")));
    QVERIFY(errorAt(m, 0, SchemaModel::PatternColumn).contains(QStringLiteral("pattern")));
    QVERIFY(errorAt(m, 1, SchemaModel::MinColumn).contains(QStringLiteral("abc")));
    QVERIFY(m.setData(m.index(1, SchemaModel::MinColumn), QStringLiteral("5")));
    QVERIFY2(errorAt(m, 1, SchemaModel::MinColumn).contains(QStringLiteral("int")),
             qPrintable(errorAt(m, 1, SchemaModel::MinColumn)));
    QVERIFY(m.setData(m.index(1, SchemaModel::MinColumn), QString()));
    QVERIFY(m.setData(m.index(0, SchemaModel::PatternColumn), QString()));

    QVERIFY(m.setData(m.index(0, SchemaModel::MinColumn), QStringLiteral("500")));
    QVERIFY(errorAt(m, 0, SchemaModel::MinColumn).contains(QStringLiteral("greater")));
    QVERIFY(m.setData(m.index(0, SchemaModel::MinColumn), QStringLiteral("1")));

    // Options must fit the type: core's message, on the options cell.
    QVERIFY(m.setData(m.index(0, SchemaModel::OptionsColumn), QStringLiteral("30, soon")));
    QVERIFY(errorAt(m, 0, SchemaModel::OptionsColumn).contains(QStringLiteral("soon")));
    QVERIFY(m.setData(m.index(0, SchemaModel::TypeColumn), QStringLiteral("bool")));
    QVERIFY(errorAt(m, 0, SchemaModel::OptionsColumn).contains(QStringLiteral("options")));
    QVERIFY(m.setData(m.index(0, SchemaModel::TypeColumn), QStringLiteral("int")));
    QVERIFY(m.setData(m.index(0, SchemaModel::OptionsColumn), QStringLiteral("30, 60")));
    QVERIFY(!m.hasErrors());
}

void TestSchemaModel::duplicateKeys() {
    SchemaModel &m = *m_model;
    QVERIFY(m.setData(m.index(2, SchemaModel::KeyColumn), QStringLiteral("region")));
    QVERIFY(errorAt(m, 1, SchemaModel::KeyColumn).contains(QStringLiteral("unique")));
    QVERIFY(errorAt(m, 2, SchemaModel::KeyColumn).contains(QStringLiteral("unique")));
    QVERIFY(errorAt(m, 0, SchemaModel::KeyColumn).isEmpty());
    QVERIFY(m.setData(m.index(1, SchemaModel::KeyColumn), QStringLiteral("area")));
    QVERIFY(errorAt(m, 1, SchemaModel::KeyColumn).isEmpty());
    QVERIFY(errorAt(m, 2, SchemaModel::KeyColumn).isEmpty());
}

void TestSchemaModel::addAndRemove() {
    SchemaModel &m = *m_model;
    QSignalSpy inserted(&m, &SchemaModel::rowsInserted);
    QCOMPARE(m.addField(), 3);
    QCOMPARE(m.addField(), 4);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(keys(m).mid(3), (QStringList{QStringLiteral("field_1"), QStringLiteral("field_2")}));
    QCOMPARE(m.index(3, SchemaModel::TypeColumn).data().toString(), QStringLiteral("string"));
    QVERIFY(!m.hasErrors());
    QVERIFY(m.isDirty());
    QVERIFY(m.insertRows(0, 1));
    QCOMPARE(keys(m).first(), QStringLiteral("field_3"));
    QVERIFY(!m.insertRows(10, 1));
    QVERIFY(!m.removeRows(5, 2));

    QVERIFY(m.removeRows(0, 1));
    QVERIFY(m.removeRows(3, 2));
    QVERIFY(!m.isDirty());
    QVERIFY(m.removeRows(1, 1));
    QCOMPARE(keys(m), (QStringList{QStringLiteral("timeout"), QStringLiteral("token")}));
    QVERIFY(m.isDirty());
    QCOMPARE(m.schema().size(), 2);
    QCOMPARE(m.schema().at(1).position, 1);
}

void TestSchemaModel::moveRows() {
    SchemaModel &m = *m_model;
    QSignalSpy moved(&m, &SchemaModel::rowsMoved);
    QVERIFY(m.moveRows({}, 0, 1, {}, 3)); // to the end
    QCOMPARE(keys(m),
             (QStringList{QStringLiteral("region"), QStringLiteral("token"), QStringLiteral("timeout")}));
    QVERIFY(m.isDirty());
    QCOMPARE(m.schema().at(2).key, QStringLiteral("timeout"));
    QCOMPARE(m.schema().at(2).position, 2);
    QVERIFY(m.moveRows({}, 2, 1, {}, 0)); // back to the top
    QCOMPARE(keys(m),
             (QStringList{QStringLiteral("timeout"), QStringLiteral("region"), QStringLiteral("token")}));
    QVERIFY(!m.isDirty());
    QVERIFY(m.moveRows({}, 1, 2, {}, 0));
    QCOMPARE(keys(m),
             (QStringList{QStringLiteral("region"), QStringLiteral("token"), QStringLiteral("timeout")}));
    QCOMPARE(moved.count(), 3);
    // Onto itself or out of range: nothing moves.
    QVERIFY(!m.moveRows({}, 1, 1, {}, 1));
    QVERIFY(!m.moveRows({}, 1, 1, {}, 2));
    QVERIFY(!m.moveRows({}, 2, 2, {}, 0));
    QVERIFY(!m.moveRows({}, 0, 1, {}, 4));
    QCOMPARE(moved.count(), 3);
    // A row's problems travel with it.
    QVERIFY(m.setData(m.index(0, SchemaModel::KeyColumn), QStringLiteral("bad key")));
    QVERIFY(m.moveRows({}, 0, 1, {}, 3));
    QVERIFY(!errorAt(m, 2, SchemaModel::KeyColumn).isEmpty());
    QVERIFY(errorAt(m, 0, SchemaModel::KeyColumn).isEmpty());
}

void TestSchemaModel::dragAndDropRoundTrip() {
    SchemaModel &m = *m_model;
    QCOMPARE(m.supportedDropActions(), Qt::DropActions(Qt::MoveAction));
    QVERIFY(m.setData(m.index(0, SchemaModel::DescriptionColumn), QStringLiteral("Seconds")));
    const SchemaField timeout = m.schema().at(0);

    // Drag the whole first row (every cell selected) below the last one.
    QModelIndexList dragged;
    for (int c = 0; c < m.columnCount(); ++c)
        dragged << m.index(0, c);
    std::unique_ptr<QMimeData> data(m.mimeData(dragged));
    QVERIFY(data);
    QVERIFY(data->hasFormat(m.mimeTypes().first()));
    QVERIFY(!m.canDropMimeData(data.get(), Qt::CopyAction, 3, 0, {}));
    QVERIFY(m.canDropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    QVERIFY(m.dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    QCOMPARE(m.rowCount(), 4);
    // Until the view removes the original, the key is there twice (and flagged).
    QVERIFY(!errorAt(m, 3, SchemaModel::KeyColumn).isEmpty());
    QVERIFY(m.removeRows(0, 1)); // what QAbstractItemView does after a MoveAction drop
    QCOMPARE(keys(m),
             (QStringList{QStringLiteral("region"), QStringLiteral("token"), QStringLiteral("timeout")}));
    QVERIFY(!m.hasErrors());
    SchemaField afterDrop = m.schema().at(2);
    afterDrop.position = timeout.position;
    QCOMPARE(afterDrop, timeout); // every attribute survived the trip

    // Dropped on a row (row -1, parent = that row): goes before it.
    std::unique_ptr<QMimeData> second(m.mimeData({m.index(2, SchemaModel::KeyColumn)}));
    QVERIFY(m.dropMimeData(second.get(), Qt::MoveAction, -1, -1, m.index(0, 0)));
    QVERIFY(m.removeRows(3, 1));
    QCOMPARE(keys(m),
             (QStringList{QStringLiteral("timeout"), QStringLiteral("region"), QStringLiteral("token")}));

    // Foreign data is refused.
    QMimeData text;
    text.setText(QStringLiteral("timeout"));
    QVERIFY(!m.dropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    QCOMPARE(m.rowCount(), 3);
}

QTEST_MAIN(TestSchemaModel)
#include "tst_schemamodel.moc"
