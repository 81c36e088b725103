// The change history in the Store, against a real SQLite file and the real OS keychain
// (gnome-keyring on a private D-Bus session: run under scripts/with-keyring); as
// tst_store_history_pg, on a PostgreSQL database of scripts/with-postgres. Secret values are
// compared with QVERIFY, never QCOMPARE, so that a failure never prints one.

#include "coretestutil.h"
#include "model/schemajson.h"
#include "secrets/keychainsecretstore.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <pwd.h>
#include <unistd.h>

using namespace bifrost;
using coretest::FailingSecretStore;
using coretest::makeField;
using coretest::RawDb;

namespace {

TokenResponse tokens(const QString &access, const QString &refresh) {
    TokenResponse r;
    r.accessToken = access;
    r.refreshToken = refresh;
    r.tokenType = QStringLiteral("Bearer");
    r.expiresIn = 3600;
    return r;
}

OAuthSettings confidentialSettings() {
    OAuthSettings s;
    s.flow = OAuthFlow::ClientCredentials;
    s.tokenUrl = QStringLiteral("https://login.example.com/token");
    s.clientId = QStringLiteral("client-1");
    s.authMethod = ClientAuthMethod::Post;
    return s;
}

HistoryQuery queryOf(const QString &integration, const QString &org = {}, int limit = 100) {
    HistoryQuery q;
    q.integrationRef = integration;
    q.orgRef = org;
    q.limit = limit;
    return q;
}

} // namespace

class TestStoreHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void actorIsTheOsUser();
    void configSetAndUnsetRecordOldAndNew();
    void unchangedValueIsNotRecorded();
    void bulkEditRecordsOneEntryPerKeyAndLevel();
    void secretsAreRecordedWithoutValues();
    void schemaChangeRecordsDetailAndDroppedValues();
    void mappingSetAndRemove();
    void integrationLifecycle();
    void organizationLifecycle();
    void oauthSettingsConnectAndDisconnect();
    void failedCommandRecordsNothing();
    void renamedAndDeletedStayFindable();
    void queriesFilterAndPage();
    void limitsAreChecked();
    void unknownReferences();
    void indexesServeTheQueries();

private:
    Store &store() { return *m_store; }
    QList<HistoryEntry> all(const QString &integration = {}, const QString &org = {}) {
        auto h = m_store->history(queryOf(integration, org, 10000));
        if (!h) {
            qWarning("history failed: %s", qPrintable(h.error().message));
            return {};
        }
        return *h;
    }
    void setUpHalo();

    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain{QStringLiteral("Bifrost Admin tests")};
    QString m_path;
    std::unique_ptr<Store> m_store;
};

void TestStoreHistory::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString engineProblem = testdb::setupError();
    QVERIFY2(engineProblem.isEmpty(), qPrintable(engineProblem));
    const QString key = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY2(m_keychain.write(key, QStringLiteral("probe")).ok(),
             "no usable keychain: run the suite under scripts/with-keyring");
    REQUIRE_OK(m_keychain.remove(key));
}

void TestStoreHistory::init() {
    m_path = coretest::newDatabase(m_dir.path());
    auto opened = Store::open(m_path, &m_keychain);
    REQUIRE_OK(opened);
    m_store = std::move(opened).value();
    m_store->setActor(QStringLiteral("tester"));
}

void TestStoreHistory::cleanup() {
    m_store.reset();
}

// Integration "halo" with url (string), retries (int), api_key (secret), options (json);
// organizations Contoso and Fabrikam.
void TestStoreHistory::setUpHalo() {
    REQUIRE_OK(store().createIntegration({QStringLiteral("halo"), QStringLiteral("HaloPSA"), {}, {}}));
    REQUIRE_OK(store().setSchema(QStringLiteral("halo"),
                                 {makeField(QStringLiteral("url"), FieldType::String),
                                  makeField(QStringLiteral("retries"), FieldType::Int),
                                  makeField(QStringLiteral("api_key"), FieldType::Secret),
                                  makeField(QStringLiteral("options"), FieldType::Json)},
                                 SchemaWrite::Apply));
    REQUIRE_OK(store().addOrganization(QStringLiteral("Contoso")));
    REQUIRE_OK(store().addOrganization(QStringLiteral("Fabrikam")));
}

void TestStoreHistory::actorIsTheOsUser() {
    // A store opened without setActor records the OS user; on PostgreSQL the login role, since
    // that is who the database lets in (the test URLs log in as the cluster's superuser).
    auto opened = Store::open(coretest::newDatabase(m_dir.path()), &m_keychain);
    REQUIRE_OK(opened);
    const passwd *pw = ::getpwuid(::getuid());
    QVERIFY(pw);
    const QString expected = coretest::onPostgres() ? qEnvironmentVariable("BIFROST_TEST_PG_SUPERUSER")
                                                    : QString::fromLocal8Bit(pw->pw_name);
    QVERIFY(!expected.isEmpty());
    QCOMPARE((*opened)->actor(), expected);
    REQUIRE_OK((*opened)->addOrganization(QStringLiteral("Contoso")));
    auto h = (*opened)->history(queryOf({}));
    REQUIRE_OK(h);
    QCOMPARE(h->size(), 1);
    QCOMPARE(h->at(0).actor, expected);

    // setActor applies to what is written afterwards.
    CALL(setUpHalo());
    const auto entries = all();
    QVERIFY(!entries.isEmpty());
    for (const HistoryEntry &e : entries)
        QCOMPARE(e.actor, QStringLiteral("tester"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(qAbs(entries.first().at.secsTo(now)) < 300);
    QCOMPARE(entries.first().at.timeSpec(), Qt::UTC);
}

void TestStoreHistory::configSetAndUnsetRecordOldAndNew() {
    CALL(setUpHalo());
    REQUIRE_OK(
        store().setConfig(QStringLiteral("halo"), {},
                          {ConfigChange::setJson(QStringLiteral("url"), QStringLiteral("https://a"))}));
    REQUIRE_OK(
        store().setConfig(QStringLiteral("halo"), {},
                          {ConfigChange::setText(QStringLiteral("url"), QStringLiteral("https://b"))}));
    REQUIRE_OK(store().setConfig(QStringLiteral("halo"), QStringLiteral("Contoso"),
                                 {ConfigChange::setText(QStringLiteral("retries"), QStringLiteral("5"))}));
    REQUIRE_OK(store().setConfig(
        QStringLiteral("halo"), {},
        {ConfigChange::setJson(QStringLiteral("options"), QJsonObject{{QStringLiteral("a"), 1}})}));
    REQUIRE_OK(store().setConfig(QStringLiteral("halo"), QStringLiteral("Contoso"),
                                 {ConfigChange::unset(QStringLiteral("retries"))}));
    // Unsetting what is not set changes nothing and records nothing.
    REQUIRE_OK(store().setConfig(QStringLiteral("halo"), QStringLiteral("Contoso"),
                                 {ConfigChange::unset(QStringLiteral("retries"))}));

    const auto entries = all(QStringLiteral("halo"));
    QCOMPARE(entries.size(), 7); // 5 config + schema + create
    const HistoryEntry &unset = entries.at(0);
    QCOMPARE(unset.action, QStringLiteral("config.unset"));
    QCOMPARE(unset.key, QStringLiteral("retries"));
    QCOMPARE(unset.organizationName, QStringLiteral("Contoso"));
    QCOMPARE(unset.level(), QStringLiteral("override"));
    QVERIFY(unset.oldValue.has_value());
    COMPARE_JSON(*unset.oldValue, QJsonValue(5));
    QVERIFY(!unset.newValue);

    const HistoryEntry &json = entries.at(1);
    QCOMPARE(json.key, QStringLiteral("options"));
    QVERIFY(!json.oldValue);
    COMPARE_JSON(*json.newValue, QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}));

    const HistoryEntry &override = entries.at(2);
    QCOMPARE(override.action, QStringLiteral("config.set"));
    QVERIFY(override.newValue->isDouble()); // typed: 5, not "5"
    COMPARE_JSON(*override.newValue, QJsonValue(5));

    const HistoryEntry &second = entries.at(3);
    QCOMPARE(second.level(), QStringLiteral("default"));
    QVERIFY(second.organizationId.isEmpty());
    COMPARE_JSON(*second.oldValue, QJsonValue(QStringLiteral("https://a")));
    COMPARE_JSON(*second.newValue, QJsonValue(QStringLiteral("https://b")));
    QCOMPARE(second.summary(), QStringLiteral("https://a -> https://b"));
    QCOMPARE(second.integrationName, QStringLiteral("halo"));

    const HistoryEntry &first = entries.at(4);
    QVERIFY(!first.oldValue);
    QVERIFY(first.id < second.id);

    const QJsonObject j = second.toJson();
    QCOMPARE(j.value(QStringLiteral("action")).toString(), QStringLiteral("config.set"));
    QCOMPARE(j.value(QStringLiteral("level")).toString(), QStringLiteral("default"));
    QCOMPARE(j.value(QStringLiteral("old_value")).toString(), QStringLiteral("https://a"));
    QCOMPARE(j.value(QStringLiteral("secret")).toBool(), false);
    QVERIFY(j.value(QStringLiteral("organization_id")).isNull());
}

void TestStoreHistory::unchangedValueIsNotRecorded() {
    CALL(setUpHalo());
    const auto before = all().size();
    for (int i = 0; i < 3; ++i)
        REQUIRE_OK(store().setConfig(QStringLiteral("halo"), {},
                                     {ConfigChange::setJson(QStringLiteral("retries"), 3)}));
    QCOMPARE(all().size(), before + 1);
    REQUIRE_OK(
        store().setMapping(QStringLiteral("halo"), QStringLiteral("Contoso"), QStringLiteral("1"), {}));
    REQUIRE_OK(
        store().setMapping(QStringLiteral("halo"), QStringLiteral("Contoso"), QStringLiteral("1"), {}));
    QCOMPARE(all().size(), before + 2);
}

void TestStoreHistory::bulkEditRecordsOneEntryPerKeyAndLevel() {
    CALL(setUpHalo());
    REQUIRE_OK(store().transaction([&]() -> Result<void> {
        for (const QString &org : {QStringLiteral("Contoso"), QStringLiteral("Fabrikam")}) {
            if (auto done =
                    store().setConfig(QStringLiteral("halo"), org,
                                      {ConfigChange::setJson(QStringLiteral("url"), QStringLiteral("u")),
                                       ConfigChange::setJson(QStringLiteral("retries"), 2)});
                !done)
                return done;
        }
        return {};
    }));
    const auto entries = all(QStringLiteral("halo"));
    QStringList seen;
    for (const HistoryEntry &e : entries) {
        if (e.action == QLatin1String("config.set"))
            seen << e.organizationName + QLatin1Char('/') + e.key;
    }
    seen.sort();
    QCOMPARE(seen, (QStringList{QStringLiteral("Contoso/retries"), QStringLiteral("Contoso/url"),
                                QStringLiteral("Fabrikam/retries"), QStringLiteral("Fabrikam/url")}));
}

void TestStoreHistory::secretsAreRecordedWithoutValues() {
    CALL(setUpHalo());
    const QString first = coretest::uniqueSecret(QStringLiteral("hist-a"));
    const QString second = coretest::uniqueSecret(QStringLiteral("hist-b"));
    const QString client = coretest::uniqueSecret(QStringLiteral("hist-client"));
    const QString access = coretest::uniqueSecret(QStringLiteral("hist-access"));
    const QString refresh = coretest::uniqueSecret(QStringLiteral("hist-refresh"));
    REQUIRE_OK(store().setConfig(QStringLiteral("halo"), {},
                                 {ConfigChange::setText(QStringLiteral("api_key"), first)}));
    REQUIRE_OK(store().setConfig(QStringLiteral("halo"), QStringLiteral("Contoso"),
                                 {ConfigChange::setJson(QStringLiteral("api_key"), second)}));
    REQUIRE_OK(
        store().setConfig(QStringLiteral("halo"), {}, {ConfigChange::unset(QStringLiteral("api_key"))}));
    REQUIRE_OK(store().setOAuthSettings(QStringLiteral("halo"), confidentialSettings(), client));
    REQUIRE_OK(store().saveOAuthTokens(QStringLiteral("halo"), {}, tokens(access, refresh), {}, true,
                                       QDateTime::currentDateTimeUtc()));
    // A schema change that turns the secret into a string drops the override: recorded, no value.
    REQUIRE_OK(store().setSchema(QStringLiteral("halo"),
                                 {makeField(QStringLiteral("url"), FieldType::String),
                                  makeField(QStringLiteral("retries"), FieldType::Int),
                                  makeField(QStringLiteral("api_key"), FieldType::String),
                                  makeField(QStringLiteral("options"), FieldType::Json)},
                                 SchemaWrite::Force));

    int secretEntries = 0;
    for (const HistoryEntry &e : all()) {
        if (e.key == QLatin1String("api_key") || e.key == QLatin1String("client_secret")) {
            QVERIFY2(e.secret, qPrintable(e.action + QLatin1Char(' ') + e.key));
            QVERIFY(!e.oldValue && !e.newValue);
            QCOMPARE(e.summary(), QStringLiteral("(secret changed)"));
            QVERIFY(e.toJson().value(QStringLiteral("old_value")).isNull());
            QVERIFY(e.toJson().value(QStringLiteral("new_value")).isNull());
            ++secretEntries;
        }
    }
    QCOMPARE(secretEntries, 5); // set, override, unset, client secret, the dropped override
    // Nothing of any secret in the history table, nor anywhere in the database files.
    RawDb raw(m_path);
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(QStringLiteral("SELECT * FROM history")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        for (int c = 0; c < q.record().count(); ++c) {
            const QString cell = q.value(c).toString();
            for (const QString &secret : {first, second, client, access, refresh})
                QVERIFY2(!cell.contains(secret), "a secret value reached the history table");
        }
    }
    QVERIFY(rows > 0);
    const QByteArray bytes = coretest::databaseBytes(m_path);
    for (const QString &secret : {first, second, client, access, refresh})
        QVERIFY2(!coretest::containsText(bytes, secret), "a secret value reached the database file");
}

void TestStoreHistory::schemaChangeRecordsDetailAndDroppedValues() {
    CALL(setUpHalo());
    REQUIRE_OK(store().setConfig(QStringLiteral("halo"), {},
                                 {ConfigChange::setJson(QStringLiteral("url"), QStringLiteral("abc"))}));
    REQUIRE_OK(store().setConfig(QStringLiteral("halo"), QStringLiteral("Fabrikam"),
                                 {ConfigChange::setJson(QStringLiteral("url"), QStringLiteral("x"))}));
    REQUIRE_OK(store().setConfig(QStringLiteral("halo"), QStringLiteral("Contoso"),
                                 {ConfigChange::setJson(QStringLiteral("retries"), 4)}));
    const qint64 last = all().first().id;
    // url becomes an int (its values "abc" and "x" are dropped), retries goes, region is new.
    const Schema next{makeField(QStringLiteral("url"), FieldType::Int),
                      makeField(QStringLiteral("api_key"), FieldType::Secret),
                      makeField(QStringLiteral("options"), FieldType::Json),
                      makeField(QStringLiteral("region"), FieldType::String)};
    // Refused without force: nothing recorded.
    REQUIRE_ERROR(store().setSchema(QStringLiteral("halo"), next, SchemaWrite::Apply), ErrorCode::Conflict);
    REQUIRE_OK(store().setSchema(QStringLiteral("halo"), next, SchemaWrite::Preview));
    QCOMPARE(all().first().id, last);
    REQUIRE_OK(store().setSchema(QStringLiteral("halo"), next, SchemaWrite::Force));

    QList<HistoryEntry> added;
    for (const HistoryEntry &e : all(QStringLiteral("halo"))) {
        if (e.id > last)
            added.prepend(e);
    }
    QCOMPARE(added.size(), 4);
    const HistoryEntry &schema = added.at(0);
    QCOMPARE(schema.action, QStringLiteral("schema.change"));
    QVERIFY2(schema.detail.contains(QStringLiteral("added region")), qPrintable(schema.detail));
    QVERIFY2(schema.detail.contains(QStringLiteral("removed retries")), qPrintable(schema.detail));
    QVERIFY2(schema.detail.contains(QStringLiteral("changed url")), qPrintable(schema.detail));
    QCOMPARE(schema.summary(), schema.detail);
    QCOMPARE(schema.newValue->toArray().size(), 4);
    QCOMPARE(schema.oldValue->toArray().size(), 4);
    QStringList dropped;
    for (qsizetype i = 1; i < added.size(); ++i) {
        const HistoryEntry &e = added.at(i);
        QCOMPARE(e.action, QStringLiteral("config.unset"));
        QVERIFY(!e.detail.isEmpty());
        dropped << (e.organizationName.isEmpty() ? QStringLiteral("default") : e.organizationName) +
                       QLatin1Char('/') + e.key + QLatin1Char('=') + bifrost::toJsonText(*e.oldValue);
    }
    dropped.sort();
    QCOMPARE(dropped, (QStringList{QStringLiteral("Contoso/retries=4"), QStringLiteral("Fabrikam/url=\"x\""),
                                   QStringLiteral("default/url=\"abc\"")}));
    // Reordering alone is a change too; the same schema again is not.
    const Schema reordered{next.at(3), next.at(0), next.at(1), next.at(2)};
    REQUIRE_OK(store().setSchema(QStringLiteral("halo"), reordered, SchemaWrite::Apply));
    const qint64 afterReorder = all().first().id;
    QCOMPARE(all().first().action, QStringLiteral("schema.change"));
    REQUIRE_OK(store().setSchema(QStringLiteral("halo"), reordered, SchemaWrite::Apply));
    QCOMPARE(all().first().id, afterReorder);
}

void TestStoreHistory::mappingSetAndRemove() {
    CALL(setUpHalo());
    REQUIRE_OK(store().setMapping(QStringLiteral("halo"), QStringLiteral("Contoso"), QStringLiteral("42"),
                                  QStringLiteral("Contoso Ltd")));
    REQUIRE_OK(
        store().setMapping(QStringLiteral("halo"), QStringLiteral("Contoso"), QStringLiteral("43"), {}));
    REQUIRE_OK(store().setConfig(QStringLiteral("halo"), QStringLiteral("Contoso"),
                                 {ConfigChange::setJson(QStringLiteral("url"), QStringLiteral("c"))}));
    REQUIRE_OK(store().removeMapping(QStringLiteral("halo"), QStringLiteral("Contoso"), true));

    const auto entries = all(QStringLiteral("halo"), QStringLiteral("Contoso"));
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.at(0).action, QStringLiteral("config.unset")); // the override went with it
    QCOMPARE(entries.at(0).key, QStringLiteral("url"));
    COMPARE_JSON(*entries.at(0).oldValue, QJsonValue(QStringLiteral("c")));
    const HistoryEntry &removed = entries.at(1);
    QCOMPARE(removed.action, QStringLiteral("mapping.remove"));
    COMPARE_JSON(*removed.oldValue,
                 QJsonValue(QJsonObject{{QStringLiteral("entity_id"), QStringLiteral("43")},
                                        {QStringLiteral("entity_name"), QStringLiteral("Contoso Ltd")}}));
    QVERIFY(!removed.newValue);
    const HistoryEntry &changed = entries.at(3);
    QCOMPARE(changed.action, QStringLiteral("mapping.set"));
    QCOMPARE(changed.summary(), QStringLiteral("42 (Contoso Ltd) -> 43 (Contoso Ltd)"));
    const HistoryEntry &created = entries.at(4);
    QVERIFY(!created.oldValue);
    QCOMPARE(created.organizationName, QStringLiteral("Contoso"));
}

void TestStoreHistory::integrationLifecycle() {
    REQUIRE_OK(store().createIntegration({QStringLiteral("graph"), QStringLiteral("Graph"),
                                          QStringLiteral("e-1"), QStringLiteral("Tenant ID")}));
    IntegrationUpdate update;
    update.description = QStringLiteral("Microsoft Graph");
    update.entityIdLabel = QStringLiteral("Tenant ID"); // unchanged: not listed
    REQUIRE_OK(store().updateIntegration(QStringLiteral("graph"), update));
    REQUIRE_OK(store().updateIntegration(QStringLiteral("graph"), update)); // no change: no entry
    REQUIRE_OK(store().renameIntegration(QStringLiteral("graph"), QStringLiteral("msgraph")));
    auto integration = store().integration(QStringLiteral("msgraph"));
    REQUIRE_OK(integration);
    const QString id = integration->id;
    REQUIRE_OK(store().deleteIntegration(QStringLiteral("msgraph"), true));

    const auto entries = all(id);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).action, QStringLiteral("integration.delete"));
    QCOMPARE(entries.at(0).integrationName, QStringLiteral("msgraph"));
    QCOMPARE(entries.at(0).oldValue->toObject().value(QStringLiteral("description")).toString(),
             QStringLiteral("Microsoft Graph"));
    QCOMPARE(entries.at(1).action, QStringLiteral("integration.rename"));
    COMPARE_JSON(*entries.at(1).oldValue, QJsonValue(QStringLiteral("graph")));
    COMPARE_JSON(*entries.at(1).newValue, QJsonValue(QStringLiteral("msgraph")));
    QCOMPARE(entries.at(2).action, QStringLiteral("integration.update"));
    COMPARE_JSON(*entries.at(2).oldValue,
                 QJsonValue(QJsonObject{{QStringLiteral("description"), QStringLiteral("Graph")}}));
    COMPARE_JSON(*entries.at(2).newValue,
                 QJsonValue(QJsonObject{{QStringLiteral("description"), QStringLiteral("Microsoft Graph")}}));
    QCOMPARE(entries.at(3).action, QStringLiteral("integration.create"));
    QCOMPARE(entries.at(3).integrationName, QStringLiteral("graph"));
    QCOMPARE(entries.at(3).newValue->toObject().value(QStringLiteral("default_entity_id")).toString(),
             QStringLiteral("e-1"));
    for (const HistoryEntry &e : entries)
        QCOMPARE(e.integrationId, id);
}

void TestStoreHistory::organizationLifecycle() {
    CALL(setUpHalo());
    REQUIRE_OK(
        store().setMapping(QStringLiteral("halo"), QStringLiteral("Fabrikam"), QStringLiteral("9"), {}));
    REQUIRE_OK(store().renameOrganization(QStringLiteral("Fabrikam"), QStringLiteral("Fabrikam Inc")));
    REQUIRE_OK(store().renameOrganization(QStringLiteral("Fabrikam Inc"), QStringLiteral("Fabrikam Inc")));
    REQUIRE_OK(store().removeOrganization(QStringLiteral("Fabrikam Inc"), true));
    const auto entries = all({}, QStringLiteral("Fabrikam"));
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).action, QStringLiteral("organization.remove"));
    QVERIFY2(entries.at(0).detail.contains(QStringLiteral("1 mapping")), qPrintable(entries.at(0).detail));
    QCOMPARE(entries.at(1).action, QStringLiteral("organization.rename"));
    QCOMPARE(entries.at(1).organizationName, QStringLiteral("Fabrikam Inc"));
    COMPARE_JSON(*entries.at(1).oldValue, QJsonValue(QStringLiteral("Fabrikam")));
    QCOMPARE(entries.at(2).action, QStringLiteral("mapping.set"));
    QCOMPARE(entries.at(2).organizationName, QStringLiteral("Fabrikam"));
    QCOMPARE(entries.at(3).action, QStringLiteral("organization.add"));
    QVERIFY(entries.at(3).integrationId.isEmpty());
}

void TestStoreHistory::oauthSettingsConnectAndDisconnect() {
    CALL(setUpHalo());
    REQUIRE_OK(
        store().setMapping(QStringLiteral("halo"), QStringLiteral("Contoso"), QStringLiteral("c"), {}));
    const qint64 start = all().first().id;
    const QString secret = coretest::uniqueSecret(QStringLiteral("oauth-client"));
    REQUIRE_OK(store().setOAuthSettings(QStringLiteral("halo"), confidentialSettings(), secret));
    OAuthSettings wider = confidentialSettings();
    wider.scopes = {QStringLiteral("read")};
    REQUIRE_OK(store().setOAuthSettings(QStringLiteral("halo"), wider, std::nullopt)); // secret kept
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE_OK(store().saveOAuthTokens(
        QStringLiteral("halo"), QStringLiteral("Contoso"),
        tokens(coretest::uniqueSecret(QStringLiteral("a1")), coretest::uniqueSecret(QStringLiteral("r1"))),
        {}, true, now));
    // Refreshes are routine, not recorded.
    for (int i = 0; i < 3; ++i)
        REQUIRE_OK(store().saveOAuthTokens(QStringLiteral("halo"), QStringLiteral("Contoso"),
                                           tokens(coretest::uniqueSecret(QStringLiteral("a2")), {}), {},
                                           false, now.addSecs(60 * (i + 1))));
    REQUIRE_OK(store().removeOAuthConnection(QStringLiteral("halo"), QStringLiteral("Contoso")));
    REQUIRE_OK(
        store().removeOAuthConnection(QStringLiteral("halo"), QStringLiteral("Contoso"))); // none: nothing
    REQUIRE_OK(store().removeOAuthSettings(QStringLiteral("halo")));

    QList<HistoryEntry> added;
    for (const HistoryEntry &e : all(QStringLiteral("halo"))) {
        if (e.id > start)
            added.prepend(e);
    }
    QStringList actions;
    for (const HistoryEntry &e : added)
        actions << e.action + (e.key.isEmpty() ? QString() : QLatin1Char(':') + e.key);
    QCOMPARE(actions,
             (QStringList{QStringLiteral("oauth.settings"), QStringLiteral("oauth.settings:client_secret"),
                          QStringLiteral("oauth.settings"), QStringLiteral("oauth.connect"),
                          QStringLiteral("oauth.disconnect"), QStringLiteral("oauth.settings")}));
    QVERIFY(!added.at(0).oldValue);
    QCOMPARE(added.at(0).newValue->toObject().value(QStringLiteral("client_id")).toString(),
             QStringLiteral("client-1"));
    QVERIFY(added.at(1).secret);
    QCOMPARE(added.at(2).newValue->toObject().value(QStringLiteral("scopes")).toArray().size(), 1);
    QCOMPARE(added.at(3).organizationName, QStringLiteral("Contoso"));
    QCOMPARE(added.at(4).organizationName, QStringLiteral("Contoso"));
    QVERIFY(added.at(5).oldValue && !added.at(5).newValue);
    QVERIFY(!added.at(5).detail.isEmpty());
    // The connect shows in the organization's history too.
    bool inOrg = false;
    for (const HistoryEntry &e : all({}, QStringLiteral("Contoso")))
        inOrg = inOrg || e.action == QLatin1String("oauth.connect");
    QVERIFY(inOrg);
}

void TestStoreHistory::failedCommandRecordsNothing() {
    CALL(setUpHalo());
    const QStringList before = RawDb(m_path).dump();
    const qint64 last = all().first().id;
    // Invalid value in the middle of a batch: the whole setConfig rolls back.
    REQUIRE_ERROR(
        store().setConfig(QStringLiteral("halo"), {},
                          {ConfigChange::setJson(QStringLiteral("url"), QStringLiteral("ok")),
                           ConfigChange::setText(QStringLiteral("retries"), QStringLiteral("12abc"))}),
        ErrorCode::InvalidInput);
    // A failing outer transaction undoes its inner commands' entries.
    REQUIRE_ERROR(store().transaction([&]() -> Result<void> {
        if (auto done = store().addOrganization(QStringLiteral("Northwind")); !done)
            return done.error();
        if (auto done = store().renameIntegration(QStringLiteral("halo"), QStringLiteral("halo2")); !done)
            return done.error();
        return Error::conflict(QStringLiteral("abort"));
    }),
                  ErrorCode::Conflict);
    // A secret store that fails: the value and its entry go together.
    FailingSecretStore failing(&m_keychain);
    store().setSecretStore(&failing);
    failing.failOnWrite(1);
    REQUIRE_ERROR(store().setConfig(QStringLiteral("halo"), {},
                                    {ConfigChange::setJson(QStringLiteral("url"), QStringLiteral("ok")),
                                     ConfigChange::setJson(QStringLiteral("api_key"), QStringLiteral("s"))}),
                  ErrorCode::External);
    store().setSecretStore(&m_keychain);
    // Name conflicts and unknown keys.
    REQUIRE_ERROR(store().addOrganization(QStringLiteral("contoso")), ErrorCode::Conflict);
    REQUIRE_ERROR(
        store().setConfig(QStringLiteral("halo"), {}, {ConfigChange::setJson(QStringLiteral("nope"), 1)}),
        ErrorCode::InvalidInput);
    QCOMPARE(all().first().id, last);
    QCOMPARE(RawDb(m_path).dump(), before);
}

void TestStoreHistory::renamedAndDeletedStayFindable() {
    CALL(setUpHalo());
    REQUIRE_OK(store().setConfig(QStringLiteral("halo"), QStringLiteral("Contoso"),
                                 {ConfigChange::setJson(QStringLiteral("url"), QStringLiteral("old"))}));
    REQUIRE_OK(store().renameIntegration(QStringLiteral("halo"), QStringLiteral("halo2")));
    REQUIRE_OK(store().renameOrganization(QStringLiteral("Contoso"), QStringLiteral("Contoso Group")));
    REQUIRE_OK(store().setConfig(QStringLiteral("halo2"), QStringLiteral("Contoso Group"),
                                 {ConfigChange::setJson(QStringLiteral("url"), QStringLiteral("new"))}));
    // By the live names: every entry of that id, whatever name it was written with.
    const auto byNewName = all(QStringLiteral("halo2"));
    QCOMPARE(byNewName.size(), 5); // create, schema, set, rename, set
    QCOMPARE(byNewName.last().integrationName, QStringLiteral("halo"));
    QCOMPARE(byNewName.first().integrationName, QStringLiteral("halo2"));
    const auto orgEntries = all({}, QStringLiteral("contoso group"));
    QCOMPARE(orgEntries.size(), 4); // add, set, rename, set
    QCOMPARE(orgEntries.at(1).organizationName, QStringLiteral("Contoso Group"));
    QCOMPARE(orgEntries.at(2).organizationName, QStringLiteral("Contoso"));
    // By the old names, which no longer exist: the recorded name leads to the same entries.
    QCOMPARE(all(QStringLiteral("halo")).size(), byNewName.size());
    QCOMPARE(all({}, QStringLiteral("CONTOSO")).size(), orgEntries.size());
    // After deletion, by name and by id.
    const QString integrationId = byNewName.first().integrationId;
    const QString orgId = orgEntries.first().organizationId;
    REQUIRE_OK(store().deleteIntegration(QStringLiteral("halo2"), true));
    REQUIRE_OK(store().removeOrganization(QStringLiteral("Contoso Group"), true));
    QCOMPARE(all(QStringLiteral("halo2")).size(), byNewName.size() + 1);
    QCOMPARE(all(QStringLiteral("halo")).size(), byNewName.size() + 1);
    QCOMPARE(all(integrationId).size(), byNewName.size() + 1);
    QCOMPARE(all({}, QStringLiteral("Contoso Group")).size(), orgEntries.size() + 1);
    QCOMPARE(all({}, orgId).size(), orgEntries.size() + 1);
    QCOMPARE(all(QStringLiteral("halo"), QStringLiteral("Contoso")).size(), 2);
}

void TestStoreHistory::queriesFilterAndPage() {
    CALL(setUpHalo());
    REQUIRE_OK(store().createIntegration({QStringLiteral("other"), {}, {}, {}}));
    REQUIRE_OK(store().setSchema(QStringLiteral("other"), {makeField(QStringLiteral("n"), FieldType::Int)},
                                 SchemaWrite::Apply));
    for (int i = 0; i < 30; ++i) {
        REQUIRE_OK(store().setConfig(QLatin1String(i % 2 ? "halo" : "other"),
                                     QLatin1String(i % 3 ? "Contoso" : "Fabrikam"),
                                     {ConfigChange::setJson(QLatin1String(i % 2 ? "retries" : "n"), i)}));
    }
    const auto everything = all();
    for (qsizetype i = 1; i < everything.size(); ++i)
        QVERIFY(everything.at(i - 1).id > everything.at(i).id); // newest first

    const auto haloContoso = all(QStringLiteral("halo"), QStringLiteral("Contoso"));
    QCOMPARE(haloContoso.size(), 10);
    for (const HistoryEntry &e : haloContoso) {
        QCOMPARE(e.integrationName, QStringLiteral("halo"));
        QCOMPARE(e.organizationName, QStringLiteral("Contoso"));
    }
    // Paging with beforeId walks the same list, page by page, without gaps or repeats.
    QList<qint64> paged;
    HistoryQuery q = queryOf({}, QStringLiteral("Contoso"), 7);
    for (;;) {
        auto page = store().history(q);
        REQUIRE_OK(page);
        QVERIFY(page->size() <= 7);
        for (const HistoryEntry &e : *page)
            paged << e.id;
        if (page->size() < 7)
            break;
        q.beforeId = page->last().id;
    }
    QList<qint64> expected;
    for (const HistoryEntry &e : all({}, QStringLiteral("Contoso")))
        expected << e.id;
    QCOMPARE(paged, expected);
    QCOMPARE(expected.size(), 21); // 20 overrides and the organization's own entry
    auto one = store().history(queryOf({}, {}, 1));
    REQUIRE_OK(one);
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->first().id, everything.first().id);
}

void TestStoreHistory::limitsAreChecked() {
    for (int bad : {0, -1, 10001}) {
        auto h = store().history(queryOf({}, {}, bad));
        REQUIRE_ERROR(h, ErrorCode::InvalidInput);
        QCOMPARE(h.error().field, QStringLiteral("limit"));
    }
    REQUIRE_OK(store().history(queryOf({}, {}, 10000)));
    REQUIRE_OK(store().history(queryOf({}, {}, 1)));
}

void TestStoreHistory::unknownReferences() {
    CALL(setUpHalo());
    REQUIRE_ERROR(store().history(queryOf(QStringLiteral("never"))), ErrorCode::NotFound);
    REQUIRE_ERROR(store().history(queryOf({}, QStringLiteral("Nobody"))), ErrorCode::NotFound);
    // A live integration without entries in one organization: an empty list, not an error.
    auto none = store().history(queryOf(QStringLiteral("halo"), QStringLiteral("Contoso")));
    REQUIRE_OK(none);
    QVERIFY(none->isEmpty());
}

void TestStoreHistory::indexesServeTheQueries() {
    // The query plans of the filtered queries use the history indexes (no full scan, no sort), so
    // their cost does not grow with the length of the history.
    CALL(setUpHalo());
    RawDb raw(m_path);
    QVERIFY(raw.isOpen());
    const auto plan = [&](const QString &where) {
        QSqlQuery q(raw.db());
        q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM history WHERE ") + where +
               QStringLiteral(" ORDER BY id DESC LIMIT 100"));
        QStringList lines;
        while (q.next())
            lines << q.value(3).toString();
        return lines.join(QLatin1Char('\n'));
    };
    // SQLite's query plans only; PostgreSQL's planner picks by statistics, so there only the
    // timing over 100k entries below applies.
    for (const QString &where :
         raw.isPostgres()
             ? QStringList()
             : QStringList{QStringLiteral("integration_id IN ('a')"),
                           QStringLiteral("organization_id IN ('b')"),
                           QStringLiteral("integration_id IN ('a') AND organization_id IN ('b')"),
                           QStringLiteral("integration_id IN ('a') AND id < 5")}) {
        const QString p = plan(where);
        QVERIFY2(p.contains(QStringLiteral("USING INDEX")) ||
                     p.contains(QStringLiteral("USING COVERING INDEX")),
                 qPrintable(where + QStringLiteral(": ") + p));
        QVERIFY2(!p.contains(QStringLiteral("TEMP B-TREE")), qPrintable(where + QStringLiteral(": ") + p));
    }

    // 100k entries: a per-integration and a per-organization page still come back at once
    // (generous bound; the point is that it does not scan the table).
    if (raw.isPostgres()) {
        // One statement: 100k round trips to the server would measure the network, not the
        // queries.
        QVERIFY2(
            raw.exec(QStringLiteral(
                "INSERT INTO history (at, actor, action, integration_id, integration_name,"
                " organization_id, organization_name, organization_key, key, new_value)"
                " SELECT '2030-01-01T00:00:00.000Z', 'bulk', 'config.set', 'int-' || (i % 50),"
                " 'int-' || (i % 50), 'org-' || (i % 500), 'Org ' || (i % 500), 'org ' || (i % 500), 'k', '1'"
                " FROM generate_series(0, 99999) AS i")),
            "bulk insert into history failed");
        QVERIFY(raw.exec(QStringLiteral("ANALYZE history")));
    } else {
        QVERIFY(raw.exec(QStringLiteral("BEGIN")));
        QSqlQuery ins(raw.db());
        ins.prepare(QStringLiteral(
            "INSERT INTO history (at, actor, action, integration_id, integration_name,"
            " organization_id, organization_name, organization_key, key, new_value)"
            " VALUES ('2030-01-01T00:00:00.000Z', 'bulk', 'config.set', ?, ?, ?, ?, ?, 'k', '1')"));
        for (int i = 0; i < 100000; ++i) {
            ins.addBindValue(QStringLiteral("int-%1").arg(i % 50));
            ins.addBindValue(QStringLiteral("int-%1").arg(i % 50));
            ins.addBindValue(QStringLiteral("org-%1").arg(i % 500));
            ins.addBindValue(QStringLiteral("Org %1").arg(i % 500));
            ins.addBindValue(QStringLiteral("org %1").arg(i % 500));
            QVERIFY(ins.exec());
        }
        QVERIFY(raw.exec(QStringLiteral("COMMIT")));
    }
    QElapsedTimer timer;
    timer.start();
    auto byIntegration = store().history(queryOf(QStringLiteral("int-7"), {}, 100));
    REQUIRE_OK(byIntegration);
    QCOMPARE(byIntegration->size(), 100);
    auto byOrg = store().history(queryOf({}, QStringLiteral("Org 42"), 100));
    REQUIRE_OK(byOrg);
    QCOMPARE(byOrg->size(), 100);
    auto both = store().history(queryOf(QStringLiteral("int-7"), QStringLiteral("org-7"), 100));
    REQUIRE_OK(both);
    QCOMPARE(both->size(), 100);
    QVERIFY2(timer.elapsed() < 5000, "history queries over 100k entries took more than 5 s");
}

QTEST_GUILESS_MAIN(TestStoreHistory)
#include "tst_store_history.moc"
