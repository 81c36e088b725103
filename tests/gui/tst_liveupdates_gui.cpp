// Live updates on a shared PostgreSQL database: a real bifrostctl process (a colleague) changes
// something, and the open window shows it without any action by the admin; what the admin is
// typing stays; a burst is one refresh; our own changes are not announced again. Also the feed
// itself (two Stores on one database, LISTEN/NOTIFY) and what travels in a notice.
// Runs against the throwaway cluster of scripts/with-postgres; without it, it fails and says so.
#include "ctlrunner.h"
#include "guitestutil.h"
#include "mainwindow/mainwindow.h"
#include "models/configformmodel.h"
#include "models/organizationstatusmodel.h"
#include "pages/integration/defaultstab.h"
#include "pages/integration/organizationstab.h"
#include "pages/integrationpage.h"
#include "store/changefeed.h"
#include "testdatabase.h"
#include "widgets/configformview.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

using namespace bifrost;
using coretest::makeField;
using guitest::child;
using guitest::focus;

namespace {

// A colleague's change reaches the window within this (the feed itself takes milliseconds).
constexpr int arrivalMs = 10000;

Schema haloSchema() {
    SchemaField url = makeField(QStringLiteral("url"), FieldType::String);
    SchemaField timeout = makeField(QStringLiteral("timeout"), FieldType::Int);
    timeout.min = 1;
    timeout.max = 3600;
    return {url, timeout};
}

// One PostgreSQL database with the app's store and session on it, and a bifrostctl that works
// on the same database as the superuser of the test cluster (its password from PGPASSFILE).
class Database {
public:
    Database()
        : m_url(testdb::fresh(m_dir.path()))
        , m_ctl(m_url) {
        if (m_url.isEmpty())
            return;
        auto opened = Store::open(m_url, &m_secrets);
        if (!opened) {
            m_error = opened.error().message;
            return;
        }
        m_store = std::move(*opened);
        m_session = std::make_unique<AdminSession>(m_store.get());
        m_ctl.environment().insert(QStringLiteral("BIFROST_TEAM_PASSPHRASE"),
                                   QStringLiteral("live updates passphrase"));
        m_ctl.setWithoutTerminal(true);
    }
    ~Database() {
        m_session.reset();
        m_store.reset();
    }
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool ok() const { return m_store != nullptr; }
    QString error() const { return m_url.isEmpty() ? QStringLiteral("no test database") : m_error; }
    QString url() const { return m_url; }
    Store &store() const { return *m_store; }
    AdminSession *session() const { return m_session.get(); }
    const CtlRunner &ctl() const { return m_ctl; }

    Integration integration(const QString &name, const Schema &schema) {
        IntegrationFields fields;
        fields.name = name;
        auto created = m_store->createIntegration(fields);
        if (!created) {
            QTest::qFail(qPrintable(created.error().message), __FILE__, __LINE__);
            return {};
        }
        if (auto set = m_store->setSchema(name, schema, SchemaWrite::Apply); !set) {
            QTest::qFail(qPrintable(set.error().message), __FILE__, __LINE__);
            return {};
        }
        auto loaded = m_store->integration(name);
        return loaded ? *loaded : Integration{};
    }

    // Who the history records for the latest change (the login role on PostgreSQL).
    QString lastActor() const {
        HistoryQuery query;
        query.limit = 1;
        auto entries = m_store->history(query);
        return entries && !entries->isEmpty() ? entries->first().actor : QString();
    }

private:
    QTemporaryDir m_dir;
    QString m_url;
    CtlRunner m_ctl;
    KeychainSecretStore m_secrets;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AdminSession> m_session;
    QString m_error;
};

QString storedText(Store &store, const QString &integration, const QString &org, const QString &key) {
    const QJsonValue v = guitest::storedValue(store, integration, org, key);
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toInteger()) : QString();
}

QModelIndex organizationRow(const QAbstractItemModel *model, const QString &name) {
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, OrganizationStatusModel::OrganizationColumn);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

QStringList navigationNames(const MainWindow &window) {
    const QAbstractItemModel *model = window.navigationModel();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex parent = model->index(row, 0);
        for (int child = 0; child < model->rowCount(parent); ++child)
            names << model->index(child, 0, parent).data().toString();
    }
    return names;
}

} // namespace

class TestLiveUpdatesGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    // core: the feed
    void feedDeliversAnotherStoresCommittedChanges();
    void payloadCarriesNamesAndIdsNeverValues();
    void foreignAndMalformedNoticesAreIgnored();
    void sqliteHasNoFeed();
    // the app
    void windowShowsAValueChangedByBifrostctl();
    void newOrganizationAndMappingAppear();
    void unsavedEditStaysWhileAnotherKeyRefreshes();
    void editOfAKeyChangedUnderneathMeetsTheConflictCheck();
    void burstOfHundredChangesIsOneRefresh();
    void ownChangesAreNotAnnouncedAgain();
};

void TestLiveUpdatesGui::initTestCase() {
    // This suite exists for PostgreSQL: it is never a silent SQLite run.
    qputenv("BIFROST_TEST_ENGINE", "postgresql");
    const QString problem = testdb::setupError();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(!CtlRunner::program().isEmpty(), "BIFROSTCTL is not set; run the suite through ctest");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("bifrost-admin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_liveupdates_gui"));
}

void TestLiveUpdatesGui::init() {
    QSettings().clear();
}

void TestLiveUpdatesGui::feedDeliversAnotherStoresCommittedChanges() {
    Database db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    auto other = Store::open(db.url(), nullptr);
    QVERIFY2(other, other ? "" : qPrintable(other.error().message));
    ChangeFeed *feed = db.store().changeFeed();
    QVERIFY(feed);
    QCOMPARE(db.store().changeFeed(), feed); // created once
    ChangeFeed *otherFeed = (*other)->changeFeed();
    QVERIFY(otherFeed);
    QSignalSpy heard(feed, &ChangeFeed::changed);
    QSignalSpy otherHeard(otherFeed, &ChangeFeed::changed);

    // The other store's change reaches this one, with what it was about.
    auto org = (*other)->addOrganization(QStringLiteral("Contoso"));
    QVERIFY(org);
    QTRY_COMPARE_WITH_TIMEOUT(heard.count(), 1, arrivalMs);
    auto notice = heard.takeFirst().first().value<ChangeNotice>();
    QCOMPARE(notice.action, QStringLiteral("organization.add"));
    QCOMPARE(notice.organizationId, org->id);
    QCOMPARE(notice.organizationName, QStringLiteral("Contoso"));
    QVERIFY(!notice.actor.isEmpty());

    const Integration halo = db.integration(QStringLiteral("HaloPSA"), haloSchema());
    QVERIFY(!QTest::currentTestFailed());
    // This store's own changes are not delivered to itself, but to the other one.
    QTRY_VERIFY_WITH_TIMEOUT(otherHeard.count() >= 1, arrivalMs);
    QCOMPARE(heard.count(), 0);

    // A write that rolls back sends nothing: the valid first change goes with the invalid second.
    auto refused =
        (*other)->setConfig(halo.id, QStringLiteral("Contoso"),
                            {ConfigChange::setText(QStringLiteral("url"), QStringLiteral("x")),
                             ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("0"))});
    QVERIFY(!refused);
    QVERIFY((*other)->setConfig(halo.id, QStringLiteral("Contoso"),
                                {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("45"))}));
    QTRY_COMPARE_WITH_TIMEOUT(heard.count(), 1, arrivalMs);
    notice = heard.takeFirst().first().value<ChangeNotice>();
    QCOMPARE(notice.action, QStringLiteral("config.set"));
    QCOMPARE(notice.integrationId, halo.id);
    QCOMPARE(notice.integrationName, QStringLiteral("HaloPSA"));
    QCOMPARE(notice.organizationId, org->id);
    QCOMPARE(notice.key, QStringLiteral("timeout"));

    // Nothing is delivered before the commit: inside the other store's transaction, the notice
    // waits until the transaction ends.
    QVERIFY((*other)->transaction([&]() -> Result<void> {
        if (auto done = (*other)->setConfig(
                halo.id, {}, {ConfigChange::setText(QStringLiteral("url"), QStringLiteral("a"))});
            !done)
            return done;
        QTest::qWait(300);
        if (heard.count() != 0)
            return Error::internal(QStringLiteral("a notice arrived before the commit"));
        return {};
    }));
    QTRY_COMPARE_WITH_TIMEOUT(heard.count(), 1, arrivalMs);
}

void TestLiveUpdatesGui::payloadCarriesNamesAndIdsNeverValues() {
    Database db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Integration halo = db.integration(QStringLiteral("HaloPSA"), haloSchema());
    QVERIFY(!QTest::currentTestFailed());

    // A listener of its own, the way any PostgreSQL client would hear the channel.
    testdb::Connection listener(db.url());
    QVERIFY2(listener.isOpen(), qPrintable(listener.error()));
    QSqlDatabase connection = listener.db();
    QSqlDriver *driver = connection.driver();
    QStringList payloads;
    connect(driver, &QSqlDriver::notification, this,
            [&payloads](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                payloads << payload.toString();
            });
    QVERIFY(driver->subscribeToNotification(QStringLiteral("bifrost_changes")));

    const QString value = QStringLiteral("https://never-in-a-notice.example.com/7f3a");
    CTL_EXPECT(db.ctl().run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("HaloPSA"),
                             QStringLiteral("url"), value}),
               0);
    QTRY_COMPARE_WITH_TIMEOUT(payloads.size(), 1, arrivalMs);
    const QString payload = payloads.first();
    QVERIFY2(!payload.contains(QStringLiteral("never-in-a-notice")), qPrintable(payload));
    auto notice = parseChangePayload(payload);
    QVERIFY2(notice, qPrintable(payload));
    QCOMPARE(notice->action, QStringLiteral("config.set"));
    QCOMPARE(notice->integrationId, halo.id);
    QCOMPARE(notice->integrationName, QStringLiteral("HaloPSA"));
    QCOMPARE(notice->key, QStringLiteral("url"));
    QVERIFY(notice->organizationId.isEmpty());
    QCOMPARE(notice->actor, db.lastActor());
}

void TestLiveUpdatesGui::foreignAndMalformedNoticesAreIgnored() {
    QVERIFY(!parseChangePayload(QStringLiteral("not json")));
    QVERIFY(!parseChangePayload(QStringLiteral("[1, 2]")));
    QVERIFY(!parseChangePayload(QStringLiteral("{\"integration_id\": \"x\"}")));
    QVERIFY(!parseChangePayload(QStringLiteral("{\"action\": 5}")));
    QVERIFY(!parseChangePayload(QStringLiteral("{\"action\": \"config.set\", \"key\": 5}")));
    ChangeNotice round;
    round.action = QStringLiteral("mapping.set");
    round.integrationId = QStringLiteral("i");
    round.organizationId = QStringLiteral("o");
    round.key = QStringLiteral("k");
    round.actor = QStringLiteral("alice");
    round.integrationName = QStringLiteral("HaloPSA");
    round.organizationName = QStringLiteral("Contoso \"Ltd\"");
    auto back = parseChangePayload(QString::fromUtf8(changePayload(round)));
    QVERIFY(back);
    QCOMPARE(back->organizationName, round.organizationName);
    QCOMPARE(back->actor, round.actor);

    Database db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    ChangeFeed *feed = db.store().changeFeed();
    QVERIFY(feed);
    QSignalSpy heard(feed, &ChangeFeed::changed);
    testdb::Connection raw(db.url());
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    QSqlQuery q(raw.db());
    for (const char *payload : {"garbage", "{\"action\": 7}", "{}", "{\"action\": \"organization.add\"}"})
        QVERIFY(q.exec(QStringLiteral("NOTIFY bifrost_changes, '%1'").arg(QString::fromUtf8(payload))));
    QTRY_COMPARE_WITH_TIMEOUT(heard.count(), 1, arrivalMs);
    QCOMPARE(heard.first().first().value<ChangeNotice>().action, QStringLiteral("organization.add"));
    QTest::qWait(200);
    QCOMPARE(heard.count(), 1);
}

void TestLiveUpdatesGui::sqliteHasNoFeed() {
    guitest::Fixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QVERIFY(!f.store().changeFeed());
}

void TestLiveUpdatesGui::windowShowsAValueChangedByBifrostctl() {
    Database db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Integration halo = db.integration(QStringLiteral("HaloPSA"), haloSchema());
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(db.store().addOrganization(QStringLiteral("Contoso")));
    QVERIFY(db.store().setConfig(halo.id, {},
                                 {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30"))}));

    MainWindow window(db.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openIntegration(halo.id));
    IntegrationPage *page = window.integrationPage();
    page->tabs()->setCurrentWidget(page->defaultsTab());
    auto *timeout = child<QLineEdit>(page->defaultsTab(), QStringLiteral("editor_timeout"));
    QVERIFY(timeout);
    QCOMPARE(timeout->text(), QStringLiteral("30"));

    CTL_EXPECT(db.ctl().run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("HaloPSA"),
                             QStringLiteral("timeout"), QStringLiteral("45")}),
               0);
    QTRY_COMPARE_WITH_TIMEOUT(timeout->text(), QStringLiteral("45"), arrivalMs);
    const QString actor = db.lastActor();
    QVERIFY(!actor.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(),
                              QStringLiteral("%1 changed HaloPSA").arg(actor), arrivalMs);

    // An override: the status bar names the organization.
    CTL_EXPECT(db.ctl().run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("HaloPSA"),
                             QStringLiteral("timeout"), QStringLiteral("50"), QStringLiteral("--org"),
                             QStringLiteral("Contoso")}),
               0);
    QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(),
                              QStringLiteral("%1 changed HaloPSA (Contoso)").arg(actor), arrivalMs);
    // The default did not change, and the window says nothing was typed.
    QCOMPARE(timeout->text(), QStringLiteral("45"));
    QVERIFY(!page->defaultsTab()->hasPendingEdits());
}

void TestLiveUpdatesGui::newOrganizationAndMappingAppear() {
    Database db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Integration halo = db.integration(QStringLiteral("HaloPSA"), haloSchema());
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(db.store().addOrganization(QStringLiteral("Contoso")));

    MainWindow window(db.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openIntegration(halo.id));
    IntegrationPage *page = window.integrationPage();
    page->tabs()->setCurrentWidget(page->organizationsTab());
    OrganizationStatusModel *orgs = page->organizationsTab()->model();
    QTRY_VERIFY(organizationRow(orgs, QStringLiteral("Contoso")).isValid());

    CTL_EXPECT(db.ctl().run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("Fabrikam")}), 0);
    QTRY_VERIFY_WITH_TIMEOUT(navigationNames(window).contains(QStringLiteral("Fabrikam")), arrivalMs);
    QTRY_VERIFY_WITH_TIMEOUT(organizationRow(orgs, QStringLiteral("Fabrikam")).isValid(), arrivalMs);

    CTL_EXPECT(db.ctl().run({QStringLiteral("mapping"), QStringLiteral("set"), QStringLiteral("HaloPSA"),
                             QStringLiteral("--org"), QStringLiteral("Contoso"),
                             QStringLiteral("--entity-id"), QStringLiteral("4711")}),
               0);
    QTRY_COMPARE_WITH_TIMEOUT(organizationRow(orgs, QStringLiteral("Contoso"))
                                  .siblingAtColumn(OrganizationStatusModel::EntityIdColumn)
                                  .data()
                                  .toString(),
                              QStringLiteral("4711"), arrivalMs);
}

void TestLiveUpdatesGui::unsavedEditStaysWhileAnotherKeyRefreshes() {
    Database db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Integration halo = db.integration(QStringLiteral("HaloPSA"), haloSchema());
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(
        db.store().setConfig(halo.id, {},
                             {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30")),
                              ConfigChange::setText(QStringLiteral("url"), QStringLiteral("https://a"))}));
    DefaultsTab tab(db.session());
    tab.setIntegration(halo.id);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto *timeout = child<QLineEdit>(&tab, QStringLiteral("editor_timeout"));
    auto *url = child<QLineEdit>(&tab, QStringLiteral("editor_url"));
    QVERIFY(timeout && url);

    // The admin is in the middle of typing (still in the field, nothing committed yet).
    focus(timeout);
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("99"));
    QVERIFY(tab.hasPendingEdits());

    CTL_EXPECT(db.ctl().run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("HaloPSA"),
                             QStringLiteral("url"), QStringLiteral("https://b")}),
               0);
    QTRY_COMPARE_WITH_TIMEOUT(url->text(), QStringLiteral("https://b"), arrivalMs);
    QCOMPARE(timeout->text(), QStringLiteral("99"));
    QVERIFY(timeout->hasFocus());
    QVERIFY(tab.hasPendingEdits());
    // Its stored value did not change: nothing to warn about, and the save goes through.
    const QModelIndex row = tab.form()->model()->index(
        tab.form()->model()->rowOfKey(QStringLiteral("timeout")), ConfigFormModel::ValueColumn);
    QVERIFY(!row.data(ConfigFormModel::ChangedUnderneathRole).toBool());
    REQUIRE_OK(tab.savePendingEdits());
    QCOMPARE(storedText(db.store(), halo.id, {}, QStringLiteral("timeout")), QStringLiteral("99"));
    QCOMPARE(storedText(db.store(), halo.id, {}, QStringLiteral("url")), QStringLiteral("https://b"));
}

void TestLiveUpdatesGui::editOfAKeyChangedUnderneathMeetsTheConflictCheck() {
    Database db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Integration halo = db.integration(QStringLiteral("HaloPSA"), haloSchema());
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(db.store().setConfig(halo.id, {},
                                 {ConfigChange::setText(QStringLiteral("timeout"), QStringLiteral("30"))}));
    DefaultsTab tab(db.session());
    tab.setIntegration(halo.id);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto *timeout = child<QLineEdit>(&tab, QStringLiteral("editor_timeout"));
    auto *status = child<QLabel>(&tab, QStringLiteral("status_timeout"));
    QVERIFY(timeout && status);
    ConfigFormModel *model = tab.form()->model();
    const QModelIndex row =
        model->index(model->rowOfKey(QStringLiteral("timeout")), ConfigFormModel::ValueColumn);

    // Typing, still in the field, when a colleague changes the same key.
    focus(timeout);
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("77"));
    CTL_EXPECT(db.ctl().run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("HaloPSA"),
                             QStringLiteral("timeout"), QStringLiteral("45")}),
               0);
    QTRY_COMPARE_WITH_TIMEOUT(row.data(ConfigFormModel::StoredValueRole).toString(), QStringLiteral("45"),
                              arrivalMs);
    QCOMPARE(timeout->text(), QStringLiteral("77"));
    QVERIFY(row.data(ConfigFormModel::IsPendingRole).toBool());
    QVERIFY(row.data(ConfigFormModel::ChangedUnderneathRole).toBool());
    QVERIFY2(status->text().contains(QStringLiteral("45")), qPrintable(status->text()));
    QVERIFY(status->property("changedUnderneath").toBool());

    // The save meets the conflict check: refused, the colleague's value is not overwritten
    // silently, and the edit stays.
    auto refused = tab.savePendingEdits();
    REQUIRE_ERROR(refused, ErrorCode::Conflict);
    QCOMPARE(storedText(db.store(), halo.id, {}, QStringLiteral("timeout")), QStringLiteral("45"));
    QCOMPARE(timeout->text(), QStringLiteral("77"));
    QVERIFY(!row.data(ConfigFormModel::ChangedUnderneathRole).toBool()); // now seen
    // Applying again overwrites knowingly.
    REQUIRE_OK(tab.savePendingEdits());
    QCOMPARE(storedText(db.store(), halo.id, {}, QStringLiteral("timeout")), QStringLiteral("77"));

    // A committed edit (the admin left the field) is kept and marked the same way.
    focus(timeout);
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("60"));
    QTest::keyClick(timeout, Qt::Key_Tab);
    QVERIFY(row.data(ConfigFormModel::IsPendingRole).toBool());
    CTL_EXPECT(db.ctl().run({QStringLiteral("config"), QStringLiteral("unset"), QStringLiteral("HaloPSA"),
                             QStringLiteral("timeout")}),
               0);
    QTRY_VERIFY_WITH_TIMEOUT(row.data(ConfigFormModel::ChangedUnderneathRole).toBool(), arrivalMs);
    QCOMPARE(timeout->text(), QStringLiteral("60"));
    REQUIRE_ERROR(tab.savePendingEdits(), ErrorCode::Conflict);
    QVERIFY(guitest::storedValue(db.store(), halo.id, {}, QStringLiteral("timeout")).isUndefined());
}

void TestLiveUpdatesGui::burstOfHundredChangesIsOneRefresh() {
    Database db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Integration halo = db.integration(QStringLiteral("HaloPSA"), haloSchema());
    QVERIFY(!QTest::currentTestFailed());
    QStringList orgArgs;
    for (int i = 1; i <= 100; ++i) {
        const QString name = QStringLiteral("Org %1").arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY(db.store().addOrganization(name));
        orgArgs << QStringLiteral("--org") << name;
    }
    MainWindow window(db.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openIntegration(halo.id));
    IntegrationPage *page = window.integrationPage();
    page->tabs()->setCurrentWidget(page->organizationsTab());
    OrganizationStatusModel *orgs = page->organizationsTab()->model();
    QTRY_COMPARE(orgs->rowCount(), 100);
    QSignalSpy configSignals(db.session(), &AdminSession::configChanged);
    QSignalSpy everything(db.session(), &AdminSession::everythingChanged);
    QSignalSpy resets(orgs, &QAbstractItemModel::modelReset);
    QSignalSpy rowsChanged(orgs, &QAbstractItemModel::dataChanged);

    // One bulk edit in another process: 100 overrides in one transaction, 100 notices.
    CTL_EXPECT(
        db.ctl().run(QStringList{QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("HaloPSA"),
                                 QStringLiteral("timeout"), QStringLiteral("5")} +
                     orgArgs),
        0);
    QTRY_COMPARE_WITH_TIMEOUT(organizationRow(orgs, QStringLiteral("Org 100"))
                                  .siblingAtColumn(OrganizationStatusModel::OverridesColumn)
                                  .data()
                                  .toString(),
                              QStringLiteral("1"), arrivalMs);
    // Every notice that is coming has come by now.
    QTest::qWait(3 * AdminSession::externalChangeDelayMs + 500);
    qInfo("100 changes: %lld configChanged, %lld model resets, %lld dataChanged",
          qlonglong(configSignals.count()), qlonglong(resets.count()), qlonglong(rowsChanged.count()));
    QVERIFY2(configSignals.count() >= 1 && configSignals.count() <= 2,
             qPrintable(QStringLiteral("%1 refreshes").arg(configSignals.count())));
    QCOMPARE(configSignals.first().first().toString(), halo.id);
    QCOMPARE(everything.count(), 0);
    QVERIFY(resets.count() + rowsChanged.count() <= 2);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("100")),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestLiveUpdatesGui::ownChangesAreNotAnnouncedAgain() {
    Database db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Integration halo = db.integration(QStringLiteral("HaloPSA"), haloSchema());
    QVERIFY(!QTest::currentTestFailed());
    DefaultsTab tab(db.session());
    tab.setIntegration(halo.id);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto *timeout = child<QLineEdit>(&tab, QStringLiteral("editor_timeout"));
    QVERIFY(timeout);
    QSignalSpy announced(db.session(), &AdminSession::externalChangesAnnounced);
    QSignalSpy configSignals(db.session(), &AdminSession::configChanged);

    focus(timeout);
    QTest::keyClicks(timeout, QStringLiteral("12"));
    REQUIRE_OK(tab.savePendingEdits());
    QCOMPARE(configSignals.count(), 1); // the command's own announcement
    QTest::qWait(3 * AdminSession::externalChangeDelayMs + 700);
    QCOMPARE(announced.count(), 0);
    QCOMPARE(configSignals.count(), 1);

    // The same wait is long enough for a colleague's change.
    CTL_EXPECT(db.ctl().run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("HaloPSA"),
                             QStringLiteral("timeout"), QStringLiteral("13")}),
               0);
    QTRY_COMPARE_WITH_TIMEOUT(announced.count(), 1, arrivalMs);
    QCOMPARE(configSignals.count(), 2);
    QCOMPARE(timeout->text(), QStringLiteral("13"));
}

QTEST_MAIN(TestLiveUpdatesGui)
#include "tst_liveupdates_gui.moc"
