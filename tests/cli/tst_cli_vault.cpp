// bifrostctl end to end: the encrypted vault backend. --secrets vault with the passphrase from
// BIFROST_VAULT_PASSPHRASE, from stdin (--passphrase-stdin, followed by a --stdin value in the same
// input) or, with neither and no terminal, a clear refusal; the backend recorded in the database
// and an explicit choice that contradicts it; the keychain's error naming the vault; `secrets
// migrate` both ways against the real keychain, and failures part-way that leave the source
// intact; 20 concurrent gets on a vault-backed database.
//
// The suite links the core library only to look into the vault file the way bifrostctl would
// (which entries it holds); every command runs through the real bifrostctl.
#include "clitest.h"
#include "secrets/vaultsecretstore.h"

#include <QDir>

#include <memory>

using namespace clitest;
using namespace Qt::StringLiterals;

namespace {

const QString vaultPassphrase = u"vault-passphrase-for-tests"_s;

} // namespace

class TestCliVault : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { env.cleanup(); }

    void vaultWithEnvironmentPassphrase();
    void vaultWithPassphraseStdin();
    void newVaultNeedsLongPassphrase();
    void wrongPassphraseAndDamagedFile();
    void noPassphraseWithoutTerminal();
    void recordedBackendIsUsed();
    void explicitMismatchRefused();
    void keychainUnreachableNamesVault();
    void migrateBothWays();
    void migrateFailureLeavesSource();
    void concurrentGets();

private:
    QString vaultPath() const { return env.path(u"bifrost.vault"_s); }
    // A runner on the test database with extra environment variables.
    CtlRunner runner(const QList<QPair<QString, QString>> &vars = {}) const {
        CtlRunner r(env.dbPath());
        for (const auto &[name, value] : vars)
            r.environment().insert(name, value);
        return r;
    }
    CtlRunner vaultRunner() const { return runner({{u"BIFROST_VAULT_PASSPHRASE"_s, vaultPassphrase}}); }
    // Runs bifrostctl in a new session, so it has no controlling terminal to prompt on, whatever
    // terminal the suite itself runs in.
    CtlResult runWithoutTerminal(const QStringList &args);
    // `get` of every scope of the populated database, secrets included: compare with QVERIFY only.
    QByteArray allGets(const CtlRunner &r) const;
    // The entries of this database that the vault file holds.
    QStringList vaultEntries() const;
    QString recordedBackend() const {
        return sqlColumn(env.dbPath(), u"SELECT value FROM meta WHERE key = 'secret_backend'"_s)
            .value(0)
            .toString();
    }
    bool vaultContains(const QString &value) const {
        QFile f(vaultPath());
        return f.open(QIODevice::ReadOnly) && f.readAll().contains(value.toUtf8());
    }
    // Makes the populated database keep its secrets in the vault (set up through the real CLI).
    bool populateInVault(CliEnv::Populated &data);

    CliEnv env;
};

void TestCliVault::initTestCase() {
    QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
             "no D-Bus session: run the suite through scripts/with-keyring");
}

void TestCliVault::init() {
    QVERIFY2(env.init(), "BIFROSTCTL is not set or no temporary folder");
    // The suite decides the backend and the passphrase of every command itself.
    env.clearSecretEnvironment();
}

CtlResult TestCliVault::runWithoutTerminal(const QStringList &args) {
    CtlRunner r = env.ctl();
    r.setWithoutTerminal(true);
    return r.run(args);
}

QByteArray TestCliVault::allGets(const CtlRunner &r) const {
    QByteArray all;
    for (const QStringList &args : QList<QStringList>{{u"get"_s, u"halo"_s},
                                                      {u"get"_s, u"halo"_s, u"--org"_s, u"Acme"_s},
                                                      {u"get"_s, u"halo"_s, u"--org"_s, u"Globex"_s},
                                                      {u"get"_s, u"ninja"_s, u"--org"_s, u"Initech"_s}}) {
        const CtlResult result = r.run(args);
        all += QByteArray::number(result.exitCode) + '\n' + result.out + result.err;
    }
    return all;
}

QStringList TestCliVault::vaultEntries() const {
    bifrost::VaultSecretStore vault(vaultPath(),
                                    [](bool) -> bifrost::Result<QString> { return vaultPassphrase; });
    if (!vault.exists())
        return {};
    auto keys = vault.keys(env.databaseId() + u'/');
    if (!keys) {
        qWarning("cannot list the vault: %s", qPrintable(keys.error().message));
        return {u"<unreadable>"_s};
    }
    return *keys;
}

bool TestCliVault::populateInVault(CliEnv::Populated &data) {
    // The first command on the new database records the vault; the rest follow the record.
    env.ctl().environment().insert(u"BIFROST_VAULT_PASSPHRASE"_s, vaultPassphrase);
    const bool done = env.ok({"--secrets", "vault", "org", "list"}) && env.populate(data);
    env.ctl().environment().remove(u"BIFROST_VAULT_PASSPHRASE"_s);
    return done;
}

void TestCliVault::vaultWithEnvironmentPassphrase() {
    CtlRunner r = vaultRunner();
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(
        env.setSchema("halo", R"([{"key": "token", "type": "secret"}, {"key": "url", "type": "string"}])"));
    const QString token = newSecret("vault-token");
    const CtlResult set =
        r.run({u"--secrets"_s, u"vault"_s, u"config"_s, u"set"_s, u"halo"_s, u"token"_s, u"--stdin"_s},
              token.toUtf8());
    CLI_EXPECT_OK(set);
    QVERIFY(QFileInfo::exists(vaultPath()));
    QCOMPARE(QFileInfo(vaultPath()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QCOMPARE(recordedBackend(), u"vault"_s);
    const CtlResult got = r.run({u"--secrets"_s, u"vault"_s, u"get"_s, u"halo"_s});
    CLI_EXPECT_OK(got);
    QVERIFY2(got.json().object()["config"_L1]["token"_L1].toString() == token,
             "get does not return the secret");
    QCOMPARE(vaultEntries().size(), 1);
    QVERIFY2(!vaultContains(token), "the vault file holds the secret in clear");
    QVERIFY2(!env.databaseFiles().contains(token.toUtf8()), "the secret reached the SQLite file");
    QCOMPARE(env.keychainEntries(), 0);
    const CtlResult masked = r.run({u"config"_s, u"list"_s, u"halo"_s});
    CLI_EXPECT_OK(masked);
    QVERIFY(!masked.out.contains(token.toUtf8()));
}

void TestCliVault::vaultWithPassphraseStdin() {
    QVERIFY(env.ok({"integration", "create", "halo"}));
    // The passphrase line comes first, whoever reads stdin first: here `schema set --file -`,
    // which reads its document before it opens the database.
    const CtlResult schema =
        env.run({"--secrets", "vault", "--passphrase-stdin", "schema", "set", "halo", "--file", "-"},
                vaultPassphrase.toUtf8() + "\n" +
                    R"([{"key": "token", "type": "secret"}, {"key": "n", "type": "int"}])");
    CLI_EXPECT_OK(schema);
    QVERIFY(env.ok({"org", "add", "Acme"}));
    const QString token = newSecret("stdin-token");
    const QString acme = newSecret("stdin-acme");
    CLI_EXPECT_OK(
        env.run({"--secrets", "vault", "--passphrase-stdin", "config", "set", "halo", "token", "--stdin"},
                vaultPassphrase.toUtf8() + "\n" + token.toUtf8() + "\n"));
    // \r\n line ends, as from a Windows editor, and a value that spans lines.
    const QString multi = acme + u"\nsecond line"_s;
    CLI_EXPECT_OK(
        env.run({"--passphrase-stdin", "config", "set", "halo", "token", "--stdin", "--org", "Acme"},
                vaultPassphrase.toUtf8() + "\r\n" + multi.toUtf8()));
    const CtlResult got = env.run({"--passphrase-stdin", "get", "halo"}, vaultPassphrase.toUtf8() + "\n");
    CLI_EXPECT_OK(got);
    QVERIFY2(got.json().object()["config"_L1]["token"_L1].toString() == token, "the default secret differs");
    const CtlResult gotAcme =
        env.run({"--passphrase-stdin", "get", "halo", "--org", "Acme"}, vaultPassphrase.toUtf8());
    CLI_EXPECT_OK(gotAcme);
    QVERIFY2(gotAcme.json().object()["config"_L1]["token"_L1].toString() == multi, "the override differs");
    // A plain value after the passphrase line.
    CLI_EXPECT_OK(env.run({"--passphrase-stdin", "config", "set", "halo", "n", "--stdin"},
                          vaultPassphrase.toUtf8() + "\n7\n"));
    const CtlResult withN = env.run({"--passphrase-stdin", "get", "halo"}, vaultPassphrase.toUtf8() + "\n");
    CLI_EXPECT_OK(withN);
    QCOMPARE(withN.json().object()["config"_L1]["n"_L1].toInt(), 7);
    // Stdin that ends before the passphrase line.
    const CtlResult none = env.run({"--passphrase-stdin", "get", "halo"});
    CLI_EXPECT_FAIL(none, 2);
    QVERIFY2(none.errText().contains(u"--passphrase-stdin"_s), qPrintable(none.errText()));
}

void TestCliVault::newVaultNeedsLongPassphrase() {
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.setSchema("halo", R"([{"key": "token", "type": "secret"}])"));
    const QString token = newSecret("short");
    const CtlResult r =
        env.run({"--secrets", "vault", "--passphrase-stdin", "config", "set", "halo", "token", "--stdin"},
                "short\n" + token.toUtf8());
    CLI_EXPECT_FAIL(r, 2);
    QVERIFY2(r.errText().contains(u"at least 8 characters"_s), qPrintable(r.errText()));
    QVERIFY(!QFileInfo::exists(vaultPath()));
    QVERIFY(!r.err.contains(token.toUtf8()));
    QVERIFY(sqlColumn(env.dbPath(), u"SELECT count(*) FROM config_values"_s).value(0).toInt() == 0);
}

void TestCliVault::wrongPassphraseAndDamagedFile() {
    CliEnv::Populated data;
    QVERIFY(populateInVault(data));
    const QByteArray before = allGets(vaultRunner());
    const QString wrong = newSecret("wrong-passphrase");
    for (const Args &args : QList<Args>{{"get", "halo"}, {"config", "list", "halo", "--reveal"}}) {
        const CtlResult r = runner({{u"BIFROST_VAULT_PASSPHRASE"_s, wrong}}).run(args.list());
        CLI_EXPECT_FAIL(r, 2);
        QVERIFY2(r.errText().contains(u"wrong passphrase"_s), qPrintable(r.errText()));
        QVERIFY(!r.err.contains(wrong.toUtf8()));
        QVERIFY(!r.err.contains(data.token.toUtf8()));
    }
    // A secret write with the wrong passphrase changes nothing.
    const CtlResult write = runner({{u"BIFROST_VAULT_PASSPHRASE"_s, wrong}})
                                .run({u"config"_s, u"set"_s, u"halo"_s, u"token"_s, u"--stdin"_s}, "new");
    CLI_EXPECT_FAIL(write, 2);
    QVERIFY2(allGets(vaultRunner()) == before, "a refused passphrase changed something");

    // One flipped byte in the sealed data: the file is damaged, never half-read.
    QFile f(vaultPath());
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() - 5] = char(bytes.at(bytes.size() - 5) ^ 0x01);
    QVERIFY(f.seek(0));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();
    const CtlResult damaged = vaultRunner().run({u"get"_s, u"halo"_s});
    CLI_EXPECT_FAIL(damaged, 5);
    QVERIFY2(damaged.errText().contains(vaultPath()), qPrintable(damaged.errText()));
}

void TestCliVault::noPassphraseWithoutTerminal() {
    CliEnv::Populated data;
    QVERIFY(populateInVault(data));
    const CtlResult r = runWithoutTerminal({u"get"_s, u"halo"_s});
    CLI_EXPECT_FAIL(r, 2);
    QVERIFY2(r.errText().contains(u"--passphrase-stdin"_s), qPrintable(r.errText()));
    QVERIFY2(r.errText().contains(u"BIFROST_VAULT_PASSPHRASE"_s), qPrintable(r.errText()));
    // Commands that touch no secret never ask.
    const CtlResult list = runWithoutTerminal({u"config"_s, u"list"_s, u"halo"_s});
    CLI_EXPECT_OK(list);
    CLI_EXPECT_OK(runWithoutTerminal({u"org"_s, u"list"_s}));
}

void TestCliVault::recordedBackendIsUsed() {
    CliEnv::Populated data;
    QVERIFY(populateInVault(data));
    QCOMPARE(recordedBackend(), u"vault"_s);
    QCOMPARE(env.keychainEntries(), 0);
    QCOMPARE(vaultEntries().size(), 2);
    // No --secrets, no BIFROST_SECRETS: the record decides.
    const CtlResult got = vaultRunner().run({u"get"_s, u"halo"_s, u"--org"_s, u"Acme"_s});
    CLI_EXPECT_OK(got);
    QVERIFY2(got.json().object()["config"_L1]["token"_L1].toString() == data.acmeToken,
             "the override differs");
    // BIFROST_SECRETS=vault agrees with the record.
    CtlRunner fromEnv = vaultRunner();
    fromEnv.environment().insert(u"BIFROST_SECRETS"_s, u"vault"_s);
    CLI_EXPECT_OK(fromEnv.run({u"get"_s, u"halo"_s}));
}

void TestCliVault::explicitMismatchRefused() {
    CliEnv::Populated data;
    QVERIFY(populateInVault(data));
    const QByteArray before = env.snapshot();
    CtlRunner fromEnv = vaultRunner();
    fromEnv.environment().insert(u"BIFROST_SECRETS"_s, u"keychain"_s);
    for (const CtlResult &r : {vaultRunner().run({u"--secrets"_s, u"keychain"_s, u"get"_s, u"halo"_s}),
                               fromEnv.run({u"get"_s, u"halo"_s}), fromEnv.run({u"org"_s, u"list"_s})}) {
        CLI_EXPECT_FAIL(r, 2);
        QVERIFY2(r.errText().contains(
                     u"this database keeps its secrets in the vault; use --secrets vault, or move "
                     "them with `bifrostctl secrets migrate --to keychain`"_s),
                 qPrintable(r.errText()));
    }
    QCOMPARE(recordedBackend(), u"vault"_s);
    CLI_EXPECT_UNCHANGED(before, env.snapshot());
    const CtlResult bogus = env.run({"--secrets", "plaintext", "org", "list"});
    CLI_EXPECT_FAIL(bogus, 2);

    // A database with no secret yet takes the explicit choice, and records it.
    env.cleanup();
    QVERIFY(env.init());
    QVERIFY(env.ok({"--secrets", "vault", "org", "add", "Acme"}));
    QCOMPARE(recordedBackend(), u"vault"_s);
    QVERIFY(!QFileInfo::exists(vaultPath())); // no secret, no vault file, no passphrase asked
    QVERIFY(env.ok({"--secrets", "keychain", "org", "list"}));
    QCOMPARE(recordedBackend(), u"keychain"_s);
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.setSchema("halo", R"([{"key": "token", "type": "secret"}])"));
    QVERIFY(env.setSecret("halo", "token", newSecret("kc")));
    const CtlResult refused = vaultRunner().run({u"--secrets"_s, u"vault"_s, u"get"_s, u"halo"_s});
    CLI_EXPECT_FAIL(refused, 2);
    QVERIFY2(refused.errText().contains(u"secrets migrate --to vault"_s), qPrintable(refused.errText()));
}

void TestCliVault::keychainUnreachableNamesVault() {
    CtlRunner broken = runner({{u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s},
                               {u"BIFROST_KEYCHAIN_TIMEOUT_MS"_s, u"3000"_s}});
    QVERIFY(env.ok({"integration", "create", "halo"}));
    QVERIFY(env.setSchema("halo", R"([{"key": "token", "type": "secret"}])"));
    const QString token = newSecret("offline");
    const CtlResult r =
        broken.run({u"config"_s, u"set"_s, u"halo"_s, u"token"_s, u"--stdin"_s}, token.toUtf8());
    CLI_EXPECT_FAIL(r, 5);
    QVERIFY2(r.errText().contains(u"--secrets vault"_s), qPrintable(r.errText()));
    QVERIFY(!r.err.contains(token.toUtf8()));

    // The way out works with no keychain at all.
    broken.environment().insert(u"BIFROST_VAULT_PASSPHRASE"_s, vaultPassphrase);
    CLI_EXPECT_OK(
        broken.run({u"--secrets"_s, u"vault"_s, u"config"_s, u"set"_s, u"halo"_s, u"token"_s, u"--stdin"_s},
                   token.toUtf8()));
    const CtlResult got = broken.run({u"get"_s, u"halo"_s});
    CLI_EXPECT_OK(got);
    QVERIFY2(got.json().object()["config"_L1]["token"_L1].toString() == token, "the vault lost the secret");
    const CtlResult doctor = broken.run({u"doctor"_s});
    CLI_EXPECT_OK(doctor);
}

void TestCliVault::migrateBothWays() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    QCOMPARE(env.keychainEntries(), 2);
    CtlRunner r = vaultRunner();
    const QByteArray gets = allGets(r);
    QVERIFY(gets.contains(data.token.toUtf8()) && gets.contains(data.acmeToken.toUtf8()));
    const QByteArray revealed = env.listing();

    const CtlResult toVault = r.run({u"secrets"_s, u"migrate"_s, u"--to"_s, u"vault"_s});
    CLI_EXPECT_OK(toVault);
    QCOMPARE(toVault.outText(),
             u"Moved 2 secret(s) from the keychain to the encrypted vault %1.\n"_s.arg(vaultPath()));
    QCOMPARE(recordedBackend(), u"vault"_s);
    QCOMPARE(env.keychainEntries(), 0);
    QCOMPARE(vaultEntries().size(), 2);
    QVERIFY2(allGets(r) == gets, "get differs after the move to the vault");
    QVERIFY2(!vaultContains(data.token), "the vault holds a secret in clear");
    env.ctl().environment().insert(u"BIFROST_VAULT_PASSPHRASE"_s, vaultPassphrase);
    QVERIFY2(env.listing() == revealed, "config list differs after the move");
    env.ctl().environment().remove(u"BIFROST_VAULT_PASSPHRASE"_s);
    CLI_EXPECT_OK(r.run({u"doctor"_s}));

    const CtlResult again = r.run({u"secrets"_s, u"migrate"_s, u"--to"_s, u"vault"_s});
    CLI_EXPECT_FAIL(again, 2);
    QVERIFY2(again.errText().contains(u"already in"_s), qPrintable(again.errText()));

    const CtlResult toKeychain = r.run({u"secrets"_s, u"migrate"_s, u"--to"_s, u"keychain"_s});
    CLI_EXPECT_OK(toKeychain);
    QCOMPARE(toKeychain.outText(),
             u"Moved 2 secret(s) from the encrypted vault %1 to the keychain.\n"_s.arg(vaultPath()));
    QCOMPARE(recordedBackend(), u"keychain"_s);
    QCOMPARE(env.keychainEntries(), 2);
    QVERIFY(vaultEntries().isEmpty());
    QVERIFY2(allGets(env.ctl()) == gets, "get differs after the move back to the keychain");
    QVERIFY2(env.listing() == revealed, "config list differs after the move back");
    CLI_EXPECT_OK(env.run({"doctor"}));

    CLI_EXPECT_FAIL(env.run({"secrets", "migrate", "--to", "keychain"}), 2);
    CLI_EXPECT_FAIL(env.run({"secrets", "migrate", "--to", "elsewhere"}), 2);
    CLI_EXPECT_FAIL(env.run({"secrets", "migrate"}), 2);
}

void TestCliVault::migrateFailureLeavesSource() {
    CliEnv::Populated data;
    QVERIFY(env.populate(data));
    CtlRunner r = vaultRunner();
    const QByteArray gets = allGets(r);
    // A vault file that exists (a round trip there and back), so the failures below happen on
    // the first secret written to it, not when it is created.
    CLI_EXPECT_OK(r.run({u"secrets"_s, u"migrate"_s, u"--to"_s, u"vault"_s}));
    CLI_EXPECT_OK(r.run({u"secrets"_s, u"migrate"_s, u"--to"_s, u"keychain"_s}));
    QVERIFY(QFileInfo::exists(vaultPath()));
    const QByteArray vaultBefore = [&] {
        QFile f(vaultPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    // 1. The vault cannot be written: its temporary file's name is taken by a folder.
    QVERIFY(QDir().mkdir(vaultPath() + u".tmp"_s));
    const CtlResult blocked = r.run({u"secrets"_s, u"migrate"_s, u"--to"_s, u"vault"_s});
    CLI_EXPECT_FAIL(blocked, 5);
    QVERIFY2(blocked.errText().contains(u"nothing was moved"_s), qPrintable(blocked.errText()));
    QCOMPARE(recordedBackend(), u"keychain"_s);
    QCOMPARE(env.keychainEntries(), 2);
    QVERIFY2(allGets(r) == gets, "a failed move changed what get returns");
    QVERIFY(QDir(vaultPath() + u".tmp"_s).removeRecursively());

    // 2. The process dies while it writes the first secret into the vault (after the fsync of
    // the temporary file, before the rename).
    CtlRunner dying = vaultRunner();
    dying.environment().insert(u"BIFROST_VAULT_FAULT"_s, u"kill-before-rename"_s);
    const CtlResult killed = dying.run({u"secrets"_s, u"migrate"_s, u"--to"_s, u"vault"_s});
    QCOMPARE(killed.exitCode, -1);
    QCOMPARE(recordedBackend(), u"keychain"_s);
    QCOMPARE(env.keychainEntries(), 2);
    QVERIFY2(allGets(r) == gets, "a crashed move changed what get returns");
    {
        QFile f(vaultPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readAll() == vaultBefore, "the crash changed the vault file");
    }
    QVERIFY(vaultEntries().isEmpty());

    // 3. Retried, the move completes.
    CLI_EXPECT_OK(r.run({u"secrets"_s, u"migrate"_s, u"--to"_s, u"vault"_s}));
    QCOMPARE(env.keychainEntries(), 0);
    QVERIFY2(allGets(r) == gets, "get differs after the retried move");

    // 4. Back to a keychain that does not answer: the vault keeps everything.
    CtlRunner broken = vaultRunner();
    broken.environment().insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    broken.environment().insert(u"BIFROST_KEYCHAIN_TIMEOUT_MS"_s, u"3000"_s);
    const CtlResult offline = broken.run({u"secrets"_s, u"migrate"_s, u"--to"_s, u"keychain"_s});
    CLI_EXPECT_FAIL(offline, 5);
    QCOMPARE(recordedBackend(), u"vault"_s);
    QCOMPARE(vaultEntries().size(), 2);
    QVERIFY2(allGets(r) == gets, "a failed move back changed what get returns");
}

void TestCliVault::concurrentGets() {
    CliEnv::Populated data;
    QVERIFY(populateInVault(data));
    CtlRunner r = vaultRunner();
    const CtlResult reference = r.run({u"get"_s, u"halo"_s, u"--org"_s, u"Acme"_s});
    CLI_EXPECT_OK(reference);
    constexpr int lanes = 20;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < lanes; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(r.environment());
        p->start(CtlRunner::program(), {u"--db"_s, env.dbPath(), u"get"_s, u"halo"_s, u"--org"_s, u"Acme"_s});
        processes.push_back(std::move(p));
    }
    int succeeded = 0;
    for (auto &p : processes) {
        QVERIFY(p->waitForStarted(30000));
        p->closeWriteChannel();
        QVERIFY(p->waitForFinished(120000));
        const QByteArray out = p->readAllStandardOutput();
        const QByteArray err = p->readAllStandardError();
        if (p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0 && err.isEmpty() &&
            out == reference.out)
            ++succeeded;
        else
            qWarning("a concurrent get exited %d: %s", p->exitCode(), redact(err).constData());
    }
    QCOMPARE(succeeded, lanes);
}

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_cli_vault.moc"
