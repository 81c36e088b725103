// The session's undo machinery against a real store: every command applies in one transaction,
// undoes and redoes exactly, refuses to overwrite a change made underneath, and leaves nothing
// on the stack when it fails.
#include "commands/configeditcommand.h"
#include "commands/mappingcommand.h"
#include "guitestutil.h"

#include <QSignalSpy>

using namespace bifrost;
using coretest::makeField;

namespace {

std::unique_ptr<StoreCommand> setDefault(AdminSession *session, const QString &integrationId,
                                         QList<ConfigChange> changes) {
    return std::make_unique<ConfigEditCommand>(
        session, integrationId, QList<ConfigEditCommand::LevelEdit>{{QString(), std::move(changes)}},
        QStringLiteral("edit"));
}

} // namespace

class TestCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void configEditUndoRedo();
    void failedCommandChangesNothingAndIsNotStacked();
    void secretUndoRestoresThePreviousSecret();
    void bulkEditAcrossOrganizationsIsOneStep();
    void undoRefusedWhenChangedUnderneath();
    void mappingUndoRedo();
};

void TestCommands::configEditUndoRedo() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo =
        f.integration(QStringLiteral("Halo"), {makeField(QStringLiteral("timeout"), FieldType::Int)});
    QSignalSpy changed(f.session(), &AdminSession::configChanged);

    REQUIRE_OK(f.session()->execute(setDefault(
        f.session(), halo.id, {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30"))})));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(30));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), halo.id);
    REQUIRE_OK(f.session()->execute(setDefault(
        f.session(), halo.id, {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("60"))})));
    QCOMPARE(f.session()->undoStack()->count(), 2);

    f.session()->undoStack()->undo();
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(30));
    f.session()->undoStack()->undo();
    QVERIFY(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")).isUndefined());
    f.session()->undoStack()->redo();
    f.session()->undoStack()->redo();
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("timeout")), QJsonValue(60));
    QCOMPARE(changed.count(), 6);
}

void TestCommands::failedCommandChangesNothingAndIsNotStacked() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo =
        f.integration(QStringLiteral("Halo"), {makeField(QStringLiteral("timeout"), FieldType::Int),
                                               makeField(QStringLiteral("url"), FieldType::String)});
    QSignalSpy changed(f.session(), &AdminSession::configChanged);

    // The first change is valid, the second is not: neither may be written.
    auto result = f.session()->execute(
        setDefault(f.session(), halo.id,
                   {ConfigChange::setText(QStringLiteral("url"), QStringLiteral("https://x")),
                    ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("12abc"))}));
    REQUIRE_ERROR(result, ErrorCode::InvalidInput);
    QVERIFY(result.error().message.contains(QStringLiteral("timeout")));
    QVERIFY(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("url")).isUndefined());
    QCOMPARE(f.session()->undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestCommands::secretUndoRestoresThePreviousSecret() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo =
        f.integration(QStringLiteral("Halo"), {makeField(QStringLiteral("api_key"), FieldType::Secret)});
    const QString first = QStringLiteral("first-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString second = QStringLiteral("second-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE_OK(f.session()->execute(
        setDefault(f.session(), halo.id, {ConfigChange::setText(QStringLiteral("api_key"), first)})));
    REQUIRE_OK(f.session()->execute(
        setDefault(f.session(), halo.id, {ConfigChange::setText(QStringLiteral("api_key"), second)})));

    auto secretNow = [&]() -> QString {
        auto values = f.store().configValues(halo.id, {});
        if (!values || values->isEmpty())
            return {};
        auto plain = f.store().readSecret(values->first().secretRef);
        return plain ? *plain : QString();
    };
    QVERIFY2(secretNow() == second, "the second secret should be stored");
    f.session()->undoStack()->undo();
    QVERIFY2(secretNow() == first, "undo should restore the first secret");
    f.session()->undoStack()->redo();
    QVERIFY2(secretNow() == second, "redo should store the second secret again");
}

void TestCommands::bulkEditAcrossOrganizationsIsOneStep() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo =
        f.integration(QStringLiteral("Halo"), {makeField(QStringLiteral("region"), FieldType::String)});
    QList<ConfigEditCommand::LevelEdit> edits;
    QStringList orgIds;
    for (int i = 0; i < 5; ++i) {
        const Organization org = f.organization(QStringLiteral("Org %1").arg(i));
        orgIds << org.id;
        edits.append({org.id, {ConfigChange::setText(QStringLiteral("region"), QStringLiteral("eu"))}});
    }
    REQUIRE_OK(f.session()->execute(
        std::make_unique<ConfigEditCommand>(f.session(), halo.id, edits, QStringLiteral("bulk"))));
    for (const QString &id : std::as_const(orgIds))
        QCOMPARE(guitest::storedValue(f.store(), halo.id, id, QStringLiteral("region")),
                 QJsonValue(QStringLiteral("eu")));
    QCOMPARE(f.session()->undoStack()->count(), 1);
    f.session()->undoStack()->undo();
    for (const QString &id : std::as_const(orgIds))
        QVERIFY(guitest::storedValue(f.store(), halo.id, id, QStringLiteral("region")).isUndefined());
}

void TestCommands::undoRefusedWhenChangedUnderneath() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo =
        f.integration(QStringLiteral("Halo"), {makeField(QStringLiteral("region"), FieldType::String)});
    REQUIRE_OK(f.session()->execute(setDefault(
        f.session(), halo.id, {ConfigChange::setText(QStringLiteral("region"), QStringLiteral("eu"))})));
    // Another process changes the value after us.
    REQUIRE_OK(f.store().setConfig(halo.id, {},
                                   {ConfigChange::setText(QStringLiteral("region"), QStringLiteral("us"))}));

    QSignalSpy failed(f.session(), &AdminSession::commandFailed);
    f.session()->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("region")));
    QCOMPARE(guitest::storedValue(f.store(), halo.id, {}, QStringLiteral("region")),
             QJsonValue(QStringLiteral("us")));
    QCOMPARE(f.session()->undoStack()->count(), 0); // the refused command is dropped
}

void TestCommands::mappingUndoRedo() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Integration halo = f.integration(QStringLiteral("Halo"));
    const Organization contoso = f.organization(QStringLiteral("Contoso"));
    REQUIRE_OK(f.store().setMapping(halo.id, contoso.id, QStringLiteral("1"), QStringLiteral("Contoso Ltd")));
    const Organization fabrikam = f.organization(QStringLiteral("Fabrikam"));

    MappingCommand::Edit update{contoso.id, false, QStringLiteral("2"), QStringLiteral("Contoso Group"), {}};
    MappingCommand::Edit create{fabrikam.id, false, QStringLiteral("7"), QStringLiteral("Fabrikam Inc"), {}};
    QSignalSpy changed(f.session(), &AdminSession::mappingsChanged);
    REQUIRE_OK(f.session()->execute(std::make_unique<MappingCommand>(
        f.session(), halo.id, QList{update, create}, QStringLiteral("map"))));
    QCOMPARE(changed.count(), 1);

    auto entityOf = [&](const QString &orgId) -> QString {
        auto all = f.store().mappings(halo.id);
        if (!all)
            return QStringLiteral("<error>");
        for (const Mapping &m : std::as_const(*all)) {
            if (m.organization.id == orgId)
                return m.entityId + QLatin1Char('/') + m.entityName;
        }
        return QStringLiteral("<none>");
    };
    QCOMPARE(entityOf(contoso.id), QStringLiteral("2/Contoso Group"));
    QCOMPARE(entityOf(fabrikam.id), QStringLiteral("7/Fabrikam Inc"));
    f.session()->undoStack()->undo();
    QCOMPARE(entityOf(contoso.id), QStringLiteral("1/Contoso Ltd"));
    QCOMPARE(entityOf(fabrikam.id), QStringLiteral("<none>"));
    f.session()->undoStack()->redo();
    QCOMPARE(entityOf(fabrikam.id), QStringLiteral("7/Fabrikam Inc"));

    // A stale expectation is refused and changes nothing.
    MappingCommand::Edit stale{contoso.id,
                               false,
                               QStringLiteral("9"),
                               {},
                               ExpectedMapping{true, QStringLiteral("1"), QStringLiteral("Contoso Ltd")}};
    auto refused = f.session()->execute(
        std::make_unique<MappingCommand>(f.session(), halo.id, QList{stale}, QStringLiteral("map")));
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    QCOMPARE(entityOf(contoso.id), QStringLiteral("2/Contoso Group"));
}

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
