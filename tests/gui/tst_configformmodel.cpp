// The configuration form's model against a real store: one row per schema field, pending edits
// validated by core, apply as one undoable transaction, failures and conflicts that keep what the
// admin typed, and secrets that are read only when revealed.
#include "guitestutil.h"
#include "models/configformmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace bifrost;
using coretest::makeField;

namespace {

// Keychain access with a count of reads, to prove that loading a form reads no secret.
class CountingSecretStore final : public SecretStore {
public:
    QString backendName() const override { return m_inner.backendName(); }
    QString description() const override { return m_inner.description(); }
    Result<QString> read(const QString &key) override {
        ++reads;
        return m_inner.read(key);
    }
    Result<void> write(const QString &key, const QString &value) override {
        return m_inner.write(key, value);
    }
    Result<void> remove(const QString &key) override { return m_inner.remove(key); }
    Result<QHash<QString, QString>> readMany(const QStringList &keys) override {
        reads += int(keys.size());
        return m_inner.readMany(keys);
    }

    int reads = 0;

private:
    KeychainSecretStore m_inner;
};

QModelIndex valueIndex(const ConfigFormModel &model, const QString &key) {
    return model.index(model.rowOfKey(key), ConfigFormModel::ValueColumn);
}

} // namespace

class TestConfigFormModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsColumnsAndRoles();
    void pendingEditsAreValidatedByCore();
    void applyIsOneUndoableTransaction();
    void failedApplyKeepsEditsAndError();
    void conflictReloadsUnderneathAndKeepsEdits();
    void organizationLevelInheritsAndResets();
    void reloadsOnSessionSignalsKeepingEdits();
    void secretsAreReadOnlyWhenRevealed();
    void schemaChangeRebuildsRows();
};

void TestConfigFormModel::rowsColumnsAndRoles() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    CALL(REQUIRE_OK(f.store().setConfig(
        halo.id, {},
        {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30")),
         ConfigChange::setText(QStringLiteral("api_key"), coretest::uniqueSecret(QStringLiteral("k")))})));

    ConfigFormModel model(f.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_OK(model.setLevel(halo.id));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), 3);
    QStringList keys;
    for (int r = 0; r < model.rowCount(); ++r)
        keys << model.index(r, 0).data(ConfigFormModel::KeyRole).toString();
    QCOMPARE(keys,
             (QStringList{QStringLiteral("url"), QStringLiteral("timeout"), QStringLiteral("verbose"),
                          QStringLiteral("extra"), QStringLiteral("api_key"), QStringLiteral("region")}));

    QCOMPARE(model.index(0, ConfigFormModel::FieldColumn).data().toString(), QStringLiteral("Base URL *"));
    QCOMPARE(model.index(0, ConfigFormModel::FieldColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Where the API lives"));
    const SchemaField field = model.index(0, 0).data(ConfigFormModel::FieldRole).value<SchemaField>();
    QCOMPARE(field.pattern, QStringLiteral("https://.+"));
    QVERIFY(field.required);

    const QModelIndex timeout = valueIndex(model, QStringLiteral("timeout"));
    QCOMPARE(timeout.data().toString(), QStringLiteral("30"));
    QCOMPARE(timeout.data(Qt::EditRole).toString(), QStringLiteral("30"));
    QCOMPARE(timeout.siblingAtColumn(ConfigFormModel::SourceColumn).data().toString(),
             QStringLiteral("default"));
    QVERIFY(timeout.flags() & Qt::ItemIsEditable);
    QVERIFY(!(timeout.siblingAtColumn(ConfigFormModel::FieldColumn).flags() & Qt::ItemIsEditable));
    QCOMPARE(valueIndex(model, QStringLiteral("url")).siblingAtColumn(ConfigFormModel::SourceColumn).data(),
             QVariant(QStringLiteral("not set")));
    QVERIFY(!timeout.data(ConfigFormModel::IsPendingRole).toBool());
    QVERIFY(!timeout.data(ConfigFormModel::IsOverrideRole).toBool());
    QVERIFY(!timeout.data(ConfigFormModel::InheritedValueRole).isValid());

    const QModelIndex key = valueIndex(model, QStringLiteral("api_key"));
    QVERIFY(key.data(ConfigFormModel::IsSecretConfiguredRole).toBool());
    QCOMPARE(key.data().toString(), QStringLiteral("secret configured"));
    QVERIFY(key.data(Qt::EditRole).toString().isEmpty());
    QVERIFY(!valueIndex(model, QStringLiteral("url")).data(ConfigFormModel::IsSecretConfiguredRole).toBool());
    QCOMPARE(model.headerData(ConfigFormModel::SourceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Source"));
}

void TestConfigFormModel::pendingEditsAreValidatedByCore() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    CALL(REQUIRE_OK(f.store().setConfig(
        halo.id, {}, {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30"))})));
    ConfigFormModel model(f.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_OK(model.setLevel(halo.id));
    QSignalSpy pendingSpy(&model, &ConfigFormModel::pendingEditsChanged);

    const QModelIndex timeout = valueIndex(model, QStringLiteral("timeout"));
    QVERIFY(model.setData(timeout, QStringLiteral("5000")));
    QVERIFY(model.hasPendingEdits());
    QCOMPARE(pendingSpy.count(), 1);
    QVERIFY(timeout.data(ConfigFormModel::IsPendingRole).toBool());
    // The message is core's, word for word.
    const auto expected = parseTextValue(*halo.field(QStringLiteral("timeout")), QStringLiteral("5000"),
                                         {QStringLiteral("Halo"), QStringLiteral("timeout"), {}});
    QVERIFY(!expected.ok());
    QCOMPARE(timeout.data(ConfigFormModel::ErrorRole).toString(), expected.error().message);
    QVERIFY(model.hasErrors());
    QCOMPARE(timeout.data(Qt::EditRole).toString(), QStringLiteral("5000"));

    // An invalid edit is never written.
    auto refused = model.apply();
    REQUIRE_ERROR(refused, ErrorCode::InvalidInput);
    QVERIFY(model.lastError().contains(QStringLiteral("maximum")));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(30));
    QCOMPARE(f.session()->undoStack()->count(), 0);

    QVERIFY(model.setData(timeout, QStringLiteral("60")));
    QVERIFY(timeout.data(ConfigFormModel::ErrorRole).toString().isEmpty());
    QCOMPARE(timeout.data().toString(), QStringLiteral("60"));
    // Typing the stored value again is no edit at all.
    QVERIFY(model.setData(timeout, QStringLiteral("30")));
    QVERIFY(!model.hasPendingEdits());
    QCOMPARE(pendingSpy.count(), 2);

    const QModelIndex extra = valueIndex(model, QStringLiteral("extra"));
    QVERIFY(model.setData(extra, QStringLiteral("{\n  \"a\": 1,\n  \"b\": }")));
    const QString jsonError = extra.data(ConfigFormModel::ErrorRole).toString();
    QVERIFY2(jsonError.contains(QStringLiteral("line 3")) && jsonError.contains(QStringLiteral("column")),
             qPrintable(jsonError));

    const QModelIndex url = valueIndex(model, QStringLiteral("url"));
    QVERIFY(model.setData(url, QStringLiteral("ftp://x")));
    QVERIFY(url.data(ConfigFormModel::ErrorRole).toString().contains(QStringLiteral("pattern")));
    QVERIFY(model.setData(url, QStringLiteral("https://halo.example")));
    QVERIFY(model.setData(extra, QStringLiteral("{\"a\": [1, 2]}")));
    QVERIFY(model.setData(valueIndex(model, QStringLiteral("verbose")), true));
    QVERIFY(model.setData(timeout, QVariant())); // unset the default

    const QList<ConfigChange> changes = model.pendingChanges();
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changes.at(0).key, QStringLiteral("url")); // schema order
    QCOMPARE(changes.at(0).kind, ConfigChange::Kind::SetText);
    QVERIFY(changes.at(0).expected && !changes.at(0).expected->present);
    QCOMPARE(changes.at(1).key, QStringLiteral("timeout"));
    QCOMPARE(changes.at(1).kind, ConfigChange::Kind::Unset);
    QVERIFY(changes.at(1).expected && changes.at(1).expected->present);
    QCOMPARE(changes.at(1).expected->value, QJsonValue(30));
    QCOMPARE(changes.at(2).key, QStringLiteral("verbose"));
    QCOMPARE(changes.at(2).text, QStringLiteral("true"));

    model.discard();
    QVERIFY(!model.hasPendingEdits());
    QCOMPARE(timeout.data().toString(), QStringLiteral("30"));
}

void TestConfigFormModel::applyIsOneUndoableTransaction() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    ConfigFormModel model(f.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_OK(model.setLevel(halo.id));
    QSignalSpy changed(f.session(), &AdminSession::configChanged);

    QVERIFY(model.setData(valueIndex(model, QStringLiteral("url")), QStringLiteral("https://halo.example")));
    QVERIFY(model.setData(valueIndex(model, QStringLiteral("timeout")), QStringLiteral("45")));
    QVERIFY(model.setData(valueIndex(model, QStringLiteral("region")), QStringLiteral("us")));
    REQUIRE_OK(model.apply());
    QVERIFY(!model.hasPendingEdits());
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(changed.count(), 1); // one command, one announcement
    QCOMPARE(f.session()->undoStack()->count(), 1);
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("url")),
             QJsonValue(QStringLiteral("https://halo.example")));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(45));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("region")),
             QJsonValue(QStringLiteral("us")));
    QCOMPARE(valueIndex(model, QStringLiteral("timeout")).data().toString(), QStringLiteral("45"));

    // Undo takes back all three at once, and the model follows.
    f.session()->undoStack()->undo();
    QVERIFY(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("url")).isUndefined());
    QVERIFY(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")).isUndefined());
    QVERIFY(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("region")).isUndefined());
    QVERIFY(valueIndex(model, QStringLiteral("timeout")).data().toString().isEmpty());
    QCOMPARE(valueIndex(model, QStringLiteral("timeout"))
                 .siblingAtColumn(ConfigFormModel::SourceColumn)
                 .data()
                 .toString(),
             QStringLiteral("not set"));
    f.session()->undoStack()->redo();
    QCOMPARE(valueIndex(model, QStringLiteral("timeout")).data().toString(), QStringLiteral("45"));
}

void TestConfigFormModel::failedApplyKeepsEditsAndError() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    ConfigFormModel model(f.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_OK(model.setLevel(halo.id));
    QVERIFY(model.setData(valueIndex(model, QStringLiteral("url")), QStringLiteral("https://halo.example")));
    QVERIFY(model.setData(valueIndex(model, QStringLiteral("timeout")), QStringLiteral("45")));

    // Another process removes "timeout" from the schema; this model has not heard of it.
    Schema without = halo.schema;
    without.removeAt(1);
    CALL(REQUIRE_OK(f.store().setSchema(halo.id, without, SchemaWrite::Apply)));

    QSignalSpy errors(&model, &ConfigFormModel::lastErrorChanged);
    auto failed = model.apply();
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QStringLiteral("timeout")), qPrintable(failed.error().message));
    QCOMPARE(model.lastError(), failed.error().message);
    QCOMPARE(errors.count(), 1);
    QVERIFY(model.hasPendingEdits());
    QCOMPARE(model.pendingChanges().size(), 2);
    // Nothing of the transaction was written.
    QVERIFY(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("url")).isUndefined());
    QCOMPARE(f.session()->undoStack()->count(), 0);
}

void TestConfigFormModel::conflictReloadsUnderneathAndKeepsEdits() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    CALL(REQUIRE_OK(f.store().setConfig(
        halo.id, {}, {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30"))})));
    ConfigFormModel model(f.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_OK(model.setLevel(halo.id));
    const QModelIndex timeout = valueIndex(model, QStringLiteral("timeout"));
    QVERIFY(model.setData(timeout, QStringLiteral("60")));

    // Someone else writes 45 behind the model's back (no session signal).
    CALL(REQUIRE_OK(f.store().setConfig(
        halo.id, {}, {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("45"))})));

    auto refused = model.apply();
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    QVERIFY(!model.lastError().isEmpty());
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(45));
    QCOMPARE(f.session()->undoStack()->count(), 0);
    // The edit stays, over the value now stored.
    QVERIFY(model.hasPendingEdits());
    QCOMPARE(timeout.data(Qt::EditRole).toString(), QStringLiteral("60"));
    QCOMPARE(timeout.data(ConfigFormModel::StoredValueRole).toString(), QStringLiteral("45"));
    QCOMPARE(model.pendingChanges().first().expected->value, QJsonValue(45));

    // The second apply overwrites knowingly.
    REQUIRE_OK(model.apply());
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(60));
    QVERIFY(model.lastError().isEmpty());
    QVERIFY(!model.hasPendingEdits());
}

void TestConfigFormModel::organizationLevelInheritsAndResets() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    const Organization acme = f.organization(QStringLiteral("Acme"));
    CALL(REQUIRE_OK(
        f.store().setConfig(halo.id, {},
                            {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30")),
                             ConfigChange::setText(QStringLiteral("region"), QStringLiteral("eu"))})));
    CALL(REQUIRE_OK(f.store().setConfig(
        halo.id, acme.id, {ConfigChange::setText(QStringLiteral("region"), QStringLiteral("us"))})));

    ConfigFormModel model(f.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_OK(model.setLevel(halo.id, acme.id));
    QVERIFY(model.isOrganizationLevel());
    QCOMPARE(model.organizationName(), QStringLiteral("Acme"));

    const QModelIndex timeout = valueIndex(model, QStringLiteral("timeout"));
    QCOMPARE(timeout.data(ConfigFormModel::InheritedValueRole).toString(), QStringLiteral("30"));
    QVERIFY(!timeout.data(ConfigFormModel::IsOverrideRole).toBool());
    QCOMPARE(timeout.data().toString(), QStringLiteral("30")); // the effective value
    QVERIFY(timeout.data(Qt::EditRole).toString().isEmpty());  // nothing at this level
    QCOMPARE(timeout.siblingAtColumn(ConfigFormModel::SourceColumn).data().toString(),
             QStringLiteral("default"));
    QVERIFY(!timeout.data(Qt::FontRole).isValid());

    const QModelIndex region = valueIndex(model, QStringLiteral("region"));
    QVERIFY(region.data(ConfigFormModel::IsOverrideRole).toBool());
    QCOMPARE(region.data().toString(), QStringLiteral("us"));
    QCOMPARE(region.data(ConfigFormModel::InheritedValueRole).toString(), QStringLiteral("eu"));
    QCOMPARE(region.siblingAtColumn(ConfigFormModel::SourceColumn).data().toString(),
             QStringLiteral("override"));
    QVERIFY(region.data(Qt::FontRole).value<QFont>().bold());

    // Messages name the organization.
    QVERIFY(model.setData(timeout, QStringLiteral("0")));
    QVERIFY(timeout.data(ConfigFormModel::ErrorRole).toString().contains(QStringLiteral("Acme")));
    QVERIFY(model.setData(timeout, QStringLiteral("90")));
    QVERIFY(timeout.data(ConfigFormModel::IsOverrideRole).toBool());

    model.resetToDefault(model.rowOfKey(QStringLiteral("region")));
    QVERIFY(region.data(ConfigFormModel::IsPendingUnsetRole).toBool());
    QVERIFY(!region.data(ConfigFormModel::IsOverrideRole).toBool());
    QCOMPARE(region.data().toString(), QStringLiteral("eu"));
    REQUIRE_OK(model.apply());
    QVERIFY(guitest::storedValue(f.store(), halo.id, acme.id, QStringLiteral("region")).isUndefined());
    QCOMPARE(guitest::storedValue(f.store(), halo.id, acme.id, QStringLiteral("timeout")), QJsonValue(90));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("region")),
             QJsonValue(QStringLiteral("eu")));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(30));
}

void TestConfigFormModel::reloadsOnSessionSignalsKeepingEdits() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    ConfigFormModel model(f.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_OK(model.setLevel(halo.id));
    QVERIFY(model.setData(valueIndex(model, QStringLiteral("url")), QStringLiteral("https://mine.example")));

    CALL(REQUIRE_OK(f.store().setConfig(
        halo.id, {}, {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("15"))})));
    Q_EMIT f.session()->configChanged(halo.id);
    QCOMPARE(valueIndex(model, QStringLiteral("timeout")).data().toString(), QStringLiteral("15"));
    QVERIFY(model.hasPendingEdits());
    QCOMPARE(valueIndex(model, QStringLiteral("url")).data(Qt::EditRole).toString(),
             QStringLiteral("https://mine.example"));

    // Another integration's change is not ours to reload.
    CALL(REQUIRE_OK(f.store().setConfig(
        halo.id, {}, {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("16"))})));
    Q_EMIT f.session()->configChanged(QStringLiteral("some-other-id"));
    QCOMPARE(valueIndex(model, QStringLiteral("timeout")).data().toString(), QStringLiteral("15"));
}

void TestConfigFormModel::secretsAreReadOnlyWhenRevealed() {
    QTemporaryDir dir;
    CountingSecretStore secrets;
    auto opened = Store::open(dir.filePath(QStringLiteral("bifrost.db")), &secrets);
    REQUIRE_OK(opened);
    std::unique_ptr<Store> store = std::move(*opened);
    AdminSession session(store.get());
    IntegrationFields fields;
    fields.name = QStringLiteral("Halo");
    REQUIRE_OK(store->createIntegration(fields));
    REQUIRE_OK(store->setSchema(QStringLiteral("Halo"), guitest::everyTypeSchema(), SchemaWrite::Apply));
    const QString halo = store->integration(QStringLiteral("Halo"))->id;
    auto acme = store->addOrganization(QStringLiteral("Acme"));
    REQUIRE_OK(acme);
    const QString secret = coretest::uniqueSecret(QStringLiteral("api"));
    REQUIRE_OK(store->setConfig(halo, {}, {ConfigChange::setText(QStringLiteral("api_key"), secret)}));
    secrets.reads = 0;

    ConfigFormModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_OK(model.setLevel(halo));
    const int row = model.rowOfKey(QStringLiteral("api_key"));
    const QModelIndex key = model.index(row, ConfigFormModel::ValueColumn);
    // Every role of every cell, without a single read of the secret store.
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            for (int role = 0; role <= ConfigFormModel::StoredValueRole; ++role)
                QVERIFY(!model.index(r, c).data(role).toString().contains(secret));
        }
    }
    QCOMPARE(secrets.reads, 0);
    QVERIFY(!model.isRevealed(row));

    REQUIRE_OK(model.reveal(row));
    QCOMPARE(secrets.reads, 1);
    QVERIFY(model.isRevealed(row));
    QVERIFY2(key.data(Qt::EditRole).toString() == secret, "the revealed secret is the stored one");
    // Typing the same secret again is no change.
    QVERIFY(model.setData(key, secret));
    QVERIFY(!model.hasPendingEdits());

    // A reload forgets it.
    REQUIRE_OK(model.reload());
    QVERIFY(!model.isRevealed(row));
    QVERIFY(key.data(Qt::EditRole).toString().isEmpty());

    // Replacing: an empty field keeps the secret, a typed one replaces it, Unset clears it.
    QVERIFY(model.setData(key, QString()));
    QVERIFY(!model.hasPendingEdits());
    const QString replacement = coretest::uniqueSecret(QStringLiteral("new"));
    QVERIFY(model.setData(key, replacement));
    QVERIFY(model.hasPendingEdits());
    QVERIFY(!key.data().toString().contains(replacement));
    QVERIFY(key.data(Qt::EditRole).toString().isEmpty());
    REQUIRE_OK(model.apply());
    auto values = store->configValues(halo, {});
    REQUIRE_OK(values);
    QString ref;
    for (const ConfigValue &v : std::as_const(*values)) {
        if (v.key == QStringLiteral("api_key"))
            ref = v.secretRef;
    }
    QVERIFY(!ref.isEmpty());
    auto now = store->readSecret(ref);
    REQUIRE_OK(now);
    QVERIFY2(*now == replacement, "apply stores the replacement");

    // Clearing is explicit, and an empty password field committed afterwards does not undo it.
    QVERIFY(model.setData(key, QVariant()));
    QVERIFY(key.data(ConfigFormModel::IsPendingUnsetRole).toBool());
    QVERIFY(model.setData(key, QString()));
    QVERIFY(key.data(ConfigFormModel::IsPendingUnsetRole).toBool());
    QVERIFY(!key.data(ConfigFormModel::IsSecretConfiguredRole).toBool());
    model.discard();

    // An organization sees the default's secret as inherited, still unread until revealed.
    REQUIRE_OK(model.setLevel(halo, acme->id));
    secrets.reads = 0;
    QVERIFY(key.data(ConfigFormModel::HasInheritedRole).toBool());
    QCOMPARE(key.data(ConfigFormModel::InheritedValueRole).toString(), QStringLiteral("secret configured"));
    QVERIFY(!key.data(ConfigFormModel::IsSecretConfiguredRole).toBool());
    QCOMPARE(secrets.reads, 0);
    REQUIRE_OK(model.reveal(row));
    QVERIFY2(key.data(ConfigFormModel::InheritedValueRole).toString() == replacement,
             "reveal shows the inherited secret");
    QVERIFY(key.data(Qt::EditRole).toString().isEmpty()); // not the organization's own value

    QVERIFY(model.setData(key, QVariant()));
    QVERIFY(!model.hasPendingEdits()); // nothing to unset at this level
}

void TestConfigFormModel::schemaChangeRebuildsRows() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"), guitest::everyTypeSchema());
    ConfigFormModel model(f.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_OK(model.setLevel(halo.id));
    QVERIFY(model.setData(valueIndex(model, QStringLiteral("url")), QStringLiteral("https://kept.example")));
    QVERIFY(model.setData(valueIndex(model, QStringLiteral("timeout")), QStringLiteral("45")));
    QSignalSpy reset(&model, &ConfigFormModel::modelReset);

    Schema changed = halo.schema;
    changed.removeAt(1); // timeout goes
    changed.append(makeField(QStringLiteral("tenant"), FieldType::String));
    CALL(REQUIRE_OK(f.store().setSchema(halo.id, changed, SchemaWrite::Apply)));
    Q_EMIT f.session()->integrationChanged(halo.id);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.rowOfKey(QStringLiteral("timeout")), -1);
    QCOMPARE(model.rowOfKey(QStringLiteral("tenant")), 5);
    // The edit of a field that went is dropped; the other stays.
    QCOMPARE(model.pendingChanges().size(), 1);
    QCOMPARE(model.pendingChanges().first().key, QStringLiteral("url"));
}

QTEST_MAIN(TestConfigFormModel)
#include "tst_configformmodel.moc"
