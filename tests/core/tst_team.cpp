// Team and the team secret store on a real PostgreSQL cluster (scripts/with-postgres), each admin
// connected as their own non-superuser login role so that grants and row-level security apply,
// and the real keychain (scripts/with-keyring) caching personal keys.
#include "coretestutil.h"
#include "secrets/crypto.h"
#include "store/store.h"
#include "team/team.h"
#include "testdatabase.h"

#include <QTemporaryDir>

#include <memory>

using namespace bifrost;

namespace {

// One admin's view: a Store connected as their role, their Team and its secret store.
struct Admin {
    QString role;
    QString passphrase;
    int asked = 0;
    std::unique_ptr<Store> store;
    std::unique_ptr<team::Team> team;
    std::unique_ptr<SecretStore> secrets;

    bool open(const QString &location) {
        auto opened = Store::open(location, nullptr);
        if (!opened) {
            qWarning("cannot open %s: %s", qPrintable(location), qPrintable(opened.error().message));
            return false;
        }
        store = std::move(*opened);
        team = std::make_unique<team::Team>(*store, [this](const QString &, bool) -> Result<QString> {
            ++asked;
            return passphrase;
        });
        secrets = team::makeTeamSecretStore(*store, *team);
        store->setSecretStore(secrets.get());
        return true;
    }
    QString key(const QString &ref) const { return store->secretKeyFor(ref); }
};

struct Fixture {
    QTemporaryDir dir;
    QString superUrl;
    QString prefix;

    bool setUp() {
        superUrl = testdb::fresh(dir.path());
        if (superUrl.isEmpty())
            return false;
        auto migrated = Store::open(superUrl, nullptr);
        if (!migrated)
            return false;
        migrated->reset();
        prefix = testdb::Connection(superUrl)
                     .scalar(QStringLiteral("SELECT value FROM team_state WHERE name = 'role_prefix'"))
                     .toString();
        return !prefix.isEmpty();
    }

    // A new login role; `owner`: granted the owner group by the "database administrator" and
    // connected. Other admins connect (openAs) once they are members: before that the database
    // does not let them read anything.
    bool admin(Admin &a, const char *name, const QString &passphrase, bool owner = false) {
        a.role = testdb::createRole(QString::fromLatin1(name));
        a.passphrase = passphrase;
        if (a.role.isEmpty())
            return false;
        if (owner && !testdb::Connection(superUrl).exec(
                         QStringLiteral("GRANT %1_owner TO %2 WITH ADMIN OPTION").arg(prefix, a.role)))
            return false;
        return !owner || a.open(testdb::as(superUrl, a.role));
    }
    bool openAs(Admin &a) const { return a.open(testdb::as(superUrl, a.role)); }

    QVariant scalar(const QString &sql) const { return testdb::Connection(superUrl).scalar(sql); }
};

// The raw row of one secret, decrypted with `key` (what a former member holding an old data key
// could try with a copy of the table).
Result<QByteArray> openWith(const crypto::DerivedKey &key, const QString &superUrl, const QString &entry) {
    testdb::Connection c(superUrl);
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT nonce, ciphertext FROM team_secrets WHERE key = ?"));
    q.addBindValue(entry);
    if (!q.exec() || !q.next())
        return Error::notFound(QStringLiteral("no row"));
    return crypto::open(key, QByteArray::fromBase64(q.value(0).toString().toLatin1()),
                        QByteArray::fromBase64(q.value(1).toString().toLatin1()), entry.toUtf8());
}

} // namespace

class TestTeam : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        qputenv("BIFROST_TEST_ENGINE", "postgresql");
        const QString problem = testdb::setupError();
        QVERIFY2(problem.isEmpty(),
                 qPrintable(problem + QStringLiteral("; run under scripts/with-postgres")));
    }

    void firstUseInitializesAndSecretsRoundTrip() {
        Fixture f;
        QVERIFY(f.setUp());
        Admin alice;
        QVERIFY(f.admin(alice, "alice", QStringLiteral("alice-passphrase"), true));
        auto ready = alice.team->initialized();
        REQUIRE_OK(ready);
        QVERIFY(!*ready);
        REQUIRE_OK(alice.secrets->write(alice.key(QStringLiteral("a")), QStringLiteral("value-a")));
        QCOMPARE(alice.asked, 1);
        ready = alice.team->initialized();
        QVERIFY(ready.ok() && *ready);
        auto role = alice.team->myRole();
        QVERIFY(role.ok() && *role == team::Role::Owner);
        auto members = alice.team->members();
        REQUIRE_OK(members);
        QCOMPARE(members->size(), 1);
        QVERIFY(members->at(0).holdsKey);
        REQUIRE_OK(alice.secrets->write(alice.key(QStringLiteral("b")), QStringLiteral("value-b")));
        auto many = alice.secrets->readMany({alice.key(QStringLiteral("a")), alice.key(QStringLiteral("b")),
                                             alice.key(QStringLiteral("missing"))});
        REQUIRE_OK(many);
        QCOMPARE(many->size(), 2);
        QVERIFY(many->value(alice.key(QStringLiteral("b"))) == QStringLiteral("value-b"));
        REQUIRE_ERROR(alice.secrets->read(alice.key(QStringLiteral("missing"))), ErrorCode::NotFound);
        auto keys = alice.secrets->keys(alice.store->secretKeyPrefix());
        REQUIRE_OK(keys);
        QCOMPARE(keys->size(), 2);
        // A write inside a Store transaction that rolls back is gone with it.
        auto failed = alice.store->transaction([&]() -> Result<void> {
            if (auto w = alice.secrets->write(alice.key(QStringLiteral("c")), QStringLiteral("value-c")); !w)
                return w;
            return Error::conflict(QStringLiteral("rolled back on purpose"));
        });
        QVERIFY(!failed.ok());
        REQUIRE_ERROR(alice.secrets->read(alice.key(QStringLiteral("c"))), ErrorCode::NotFound);
        REQUIRE_OK(alice.secrets->remove(alice.key(QStringLiteral("a"))));
        REQUIRE_ERROR(alice.secrets->read(alice.key(QStringLiteral("a"))), ErrorCode::NotFound);
        const QByteArray all = testdb::contents(f.superUrl);
        QVERIFY(!all.contains("value-b"));
        QVERIFY(!all.contains("alice-passphrase"));

        // A second process of alice's: the keychain holds her personal key, nothing is asked.
        Admin again;
        again.passphrase = QStringLiteral("wrong, and never asked");
        QVERIFY(again.open(testdb::as(f.superUrl, alice.role)));
        auto read = again.secrets->read(alice.key(QStringLiteral("b")));
        REQUIRE_OK(read);
        QVERIFY(*read == QStringLiteral("value-b"));
        QCOMPARE(again.asked, 0);
        REQUIRE_ERROR(again.team->initialize(), ErrorCode::Conflict);
    }

    void rolesAndLastOwner() {
        Fixture f;
        QVERIFY(f.setUp());
        Admin alice, bob, carol;
        QVERIFY(f.admin(alice, "alice", QStringLiteral("alice-passphrase"), true));
        QVERIFY(f.admin(bob, "bob", QStringLiteral("bob-initial-pass")));
        QVERIFY(f.admin(carol, "carol", QStringLiteral("unused")));
        REQUIRE_OK(alice.team->dataKey());
        REQUIRE_OK(alice.team->addMember(bob.role, team::Role::Editor, bob.passphrase));
        REQUIRE_OK(alice.team->addMember(carol.role, team::Role::Viewer, QString()));
        QVERIFY(f.openAs(bob));
        QVERIFY(f.openAs(carol));
        REQUIRE_ERROR(alice.team->addMember(carol.role, team::Role::Viewer, QString()), ErrorCode::Conflict);
        REQUIRE_ERROR(alice.team->addMember(QStringLiteral("no_such_role_x"), team::Role::Viewer, QString()),
                      ErrorCode::NotFound);
        REQUIRE_ERROR(alice.team->addMember(testdb::createRole(QStringLiteral("eve")), team::Role::Editor,
                                            QStringLiteral("short")),
                      ErrorCode::InvalidInput);
        REQUIRE_OK(alice.secrets->write(alice.key(QStringLiteral("s")), QStringLiteral("shared")));
        auto byBob = bob.secrets->read(alice.key(QStringLiteral("s")));
        REQUIRE_OK(byBob);
        QVERIFY(*byBob == QStringLiteral("shared"));
        auto byCarol = carol.secrets->read(alice.key(QStringLiteral("s")));
        REQUIRE_ERROR(byCarol, ErrorCode::InvalidInput);
        QVERIFY(byCarol.error().message.contains(QStringLiteral("viewers cannot read secret values")));
        REQUIRE_ERROR(carol.team->dataKey(), ErrorCode::InvalidInput);
        // Editors cannot change the team: the Team refuses, and so does the database.
        REQUIRE_ERROR(bob.team->removeMember(carol.role), ErrorCode::InvalidInput);
        REQUIRE_ERROR(bob.team->rotateKey(), ErrorCode::InvalidInput);
        // The last owner stays.
        REQUIRE_ERROR(alice.team->removeMember(alice.role), ErrorCode::Conflict);
        REQUIRE_ERROR(alice.team->setRole(alice.role, team::Role::Editor, QString()), ErrorCode::Conflict);
        REQUIRE_OK(alice.team->setRole(bob.role, team::Role::Owner, QString()));
        REQUIRE_OK(alice.team->setRole(alice.role, team::Role::Editor, QString()));
        auto aliceRole = alice.team->myRole();
        QVERIFY(aliceRole.ok() && *aliceRole == team::Role::Editor);
        QVERIFY(f.scalar(QStringLiteral("SELECT count(*) FROM history WHERE action LIKE 'team.%'")).toInt() >=
                5);
    }

    void removedAdminCannotDecryptAfterRotation() {
        Fixture f;
        QVERIFY(f.setUp());
        Admin alice, bob;
        QVERIFY(f.admin(alice, "alice", QStringLiteral("alice-passphrase"), true));
        QVERIFY(f.admin(bob, "bob", QStringLiteral("bob-initial-pass")));
        REQUIRE_OK(alice.team->dataKey());
        REQUIRE_OK(alice.team->addMember(bob.role, team::Role::Editor, bob.passphrase));
        QVERIFY(f.openAs(bob));
        const QString before = alice.key(QStringLiteral("before"));
        REQUIRE_OK(alice.secrets->write(before, QStringLiteral("written before")));
        // Everything bob could have kept while he was a member: the data key itself.
        auto bobKey = bob.team->dataKey();
        REQUIRE_OK(bobKey);
        const crypto::DerivedKey oldKey = crypto::DerivedKey::fromBytes((*bobKey)->bytes());
        QVERIFY(openWith(oldKey, f.superUrl, before).ok());

        REQUIRE_OK(alice.team->removeMember(bob.role));
        auto rotated = alice.team->rotateKey();
        REQUIRE_OK(rotated);
        QCOMPARE(*rotated, 1);
        const QString after = alice.key(QStringLiteral("after"));
        REQUIRE_OK(alice.secrets->write(after, QStringLiteral("written after")));
        auto opened = openWith(oldKey, f.superUrl, after);
        QVERIFY2(!opened.ok(), "the old data key decrypts a secret written after the rotation");
        QVERIFY2(!openWith(oldKey, f.superUrl, before).ok(),
                 "the old data key still decrypts a re-encrypted secret");
        // bob's own client no longer gets anything; alice reads both.
        Admin bobAgain;
        bobAgain.passphrase = bob.passphrase;
        // Without a group, the database does not even let him open it; if it did, no key.
        if (bobAgain.open(testdb::as(f.superUrl, bob.role)))
            QVERIFY(!bobAgain.secrets->read(after).ok());
        auto readBefore = alice.secrets->read(before);
        auto readAfter = alice.secrets->read(after);
        QVERIFY(readBefore.ok() && *readBefore == QStringLiteral("written before"));
        QVERIFY(readAfter.ok() && *readAfter == QStringLiteral("written after"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM team_keys")).toInt(), 1);
    }

    void rotationIsOneTransaction() {
        Fixture f;
        QVERIFY(f.setUp());
        Admin alice;
        QVERIFY(f.admin(alice, "alice", QStringLiteral("alice-passphrase"), true));
        constexpr int count = 20;
        for (int i = 0; i < count; ++i)
            REQUIRE_OK(alice.secrets->write(alice.key(QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0'))),
                                            QStringLiteral("value %1").arg(i)));
        testdb::Connection admin(f.superUrl);
        const QVariantList rows = admin.column(QStringLiteral(
            "SELECT key || key_version || nonce || ciphertext FROM team_secrets ORDER BY key"));
        QCOMPARE(rows.size(), count);
        // The last secret fails to update, after nineteen have been re-encrypted.
        QVERIFY(admin.exec(
            QStringLiteral("CREATE FUNCTION refuse_last() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "IF NEW.key = (SELECT max(key) FROM team_secrets) THEN RAISE EXCEPTION 'injected "
                           "failure'; END IF; "
                           "RETURN NEW; END $$")));
        QVERIFY(admin.exec(QStringLiteral("CREATE TRIGGER refuse_last BEFORE UPDATE ON team_secrets FOR EACH "
                                          "ROW EXECUTE FUNCTION refuse_last()")));
        REQUIRE_ERROR(alice.team->rotateKey(), ErrorCode::External);
        QCOMPARE(
            admin.column(QStringLiteral("SELECT key || key_version || nonce || ciphertext FROM team_secrets "
                                        "ORDER BY key")),
            rows);
        QCOMPARE(admin.scalar(QStringLiteral("SELECT value FROM team_state WHERE name = 'key_version'"))
                     .toString(),
                 QStringLiteral("1"));
        // The old key still works, in this process and in a new one.
        Admin again;
        QVERIFY(again.open(testdb::as(f.superUrl, alice.role)));
        QStringList keys;
        for (int i = 0; i < count; ++i)
            keys << alice.key(QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0')));
        auto all = again.secrets->readMany(keys);
        REQUIRE_OK(all);
        QCOMPARE(all->size(), count);
        REQUIRE_OK(alice.secrets->read(keys.last()));
        QVERIFY(admin.exec(QStringLiteral("DROP TRIGGER refuse_last ON team_secrets")));
        auto rotated = alice.team->rotateKey();
        REQUIRE_OK(rotated);
        QCOMPARE(*rotated, count);
        QCOMPARE(
            admin.scalar(QStringLiteral("SELECT count(*) FROM team_secrets WHERE key_version = 2")).toInt(),
            count);
        // The other process notices the new version and unwraps it without asking.
        auto reread = again.secrets->readMany(keys);
        REQUIRE_OK(reread);
        QCOMPARE(reread->size(), count);
        QCOMPARE(again.asked, 0);
    }

    void wrongPassphraseAndPassphraseChange() {
        Fixture f;
        QVERIFY(f.setUp());
        Admin alice, bob;
        QVERIFY(f.admin(alice, "alice", QStringLiteral("alice-passphrase"), true));
        QVERIFY(f.admin(bob, "bob", QStringLiteral("bob-initial-pass")));
        REQUIRE_OK(alice.team->dataKey());
        REQUIRE_OK(alice.team->addMember(bob.role, team::Role::Editor, bob.passphrase));
        QVERIFY(f.openAs(bob));
        bob.passphrase = QStringLiteral("not bob's passphrase");
        auto wrong = bob.team->dataKey();
        REQUIRE_ERROR(wrong, ErrorCode::InvalidInput);
        QCOMPARE(wrong.error().field, QStringLiteral("passphrase"));
        bob.passphrase = QStringLiteral("bob-initial-pass");
        REQUIRE_OK(bob.team->dataKey());
        bob.passphrase = QStringLiteral("bob-new-passphrase");
        REQUIRE_OK(bob.team->changePassphrase());
        const QVariant salt =
            f.scalar(QStringLiteral("SELECT kdf_salt FROM team_keys WHERE admin = '%1'").arg(bob.role));
        QVERIFY(salt.isValid());
    }

    void sqliteIsRefused() {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("bifrost.db")), nullptr);
        REQUIRE_OK(store);
        team::Team t(**store, [](const QString &, bool) -> Result<QString> { return QStringLiteral("x"); });
        auto ready = t.initialized();
        REQUIRE_ERROR(ready, ErrorCode::InvalidInput);
        QVERIFY(ready.error().message.contains(QStringLiteral("team mode needs a PostgreSQL database")));
    }
};

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
