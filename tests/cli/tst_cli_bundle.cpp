// bifrostctl export and import end to end: the real binary on real SQLite files with the real
// keychain (scripts/with-keyring), the bundle passphrase on stdin (--passphrase-stdin) with the
// default scrypt cost. A round trip must give the same `get` for every (integration,
// organization); a refused import must change nothing; no secret value may appear on stdout,
// stderr or in the bundle file. Each test function starts on new temporary databases.
#include "clitest.h"

#include <QFileInfo>

#include <sys/stat.h>

using namespace clitest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray passphrase = "a long bundle passphrase";

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool isMode0600(const QString &path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & 07777) == 0600;
}

// No registered secret value in this output or file.
bool leaksNothing(const QByteArray &bytes) {
    for (const QByteArray &s : std::as_const(sensitive())) {
        if (bytes.contains(s))
            return false;
    }
    return true;
}

} // namespace

#define EXPECT_NO_LEAK(result)                                                                               \
    do {                                                                                                     \
        const CtlResult &l_ = (result);                                                                      \
        QVERIFY2(leaksNothing(l_.out) && leaksNothing(l_.err), "a secret value was printed");                \
    } while (false)

class TestCliBundle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(a.init() && b.init(), "BIFROSTCTL is not set or no temporary folder"); }
    void cleanup() {
        a.cleanup();
        b.cleanup();
    }

    void roundTripGivesTheSameGet();
    void dryRunPrintsThePlanAndChangesNothing();
    void conflictsAndTheirOptions();
    void replaceAndMergeFromTheCommandLine();
    void wrongOrMissingPassphrase();
    void refusedBundles();
    void tamperedFileChangesNothing();
    void exportFileRules();
    void exportUsageErrors();
    void noSecretsListsTheCommandsToFillThem();
    void jsonReport();
    void vaultAndBundlePassphrasesOnStdin();

private:
    // The snapshot of b's database, new and empty, as after a user's first command there: the
    // snapshot reads the database's rows and does not create it.
    QByteArray emptyTarget() {
        if (!b.ok({"org", "list"}))
            return "(b's database could not be created)";
        return b.snapshot(true);
    }
    // A populated "halo" and "ninja" (clitest.h) plus OAuth settings with a client secret.
    bool populate() {
        clientSecret = newSecret("client-secret");
        return a.populate(secrets) &&
               a.ok({"oauth", "set", "halo", "--flow", "authorization_code", "--authorize-url",
                     "https://login.example.com/authorize", "--token-url", "https://login.example.com/token",
                     "--client-id", "client-1", "--scopes", "openid offline_access", "--client-secret-stdin"},
                    clientSecret.toUtf8());
    }
    CtlResult exportTo(const QString &file, const Args &more = Args{}) {
        return a.run(Args{"export", "--out", file, "--passphrase-stdin"} + more, passphrase + '\n');
    }
    CtlResult importInto(CliEnv &env, const QString &file, const Args &more = Args{},
                         const QByteArray &input = passphrase + '\n') {
        return env.run(Args{"import", file, "--passphrase-stdin"} + more, input);
    }
    // `get` of every integration in every scope, stdout and stderr (secrets revealed: compare
    // with QVERIFY only).
    QByteArray everyGet(const CliEnv &env, const QStringList &integrations, const QStringList &orgs) {
        QByteArray all;
        for (const QString &i : integrations) {
            for (const QString &org : QStringList{QString()} + orgs) {
                const CtlResult r = env.run(org.isEmpty() ? Args{"get", i} : Args{"get", i, "--org", org});
                all += "$ get " + i.toUtf8() + ' ' + org.toUtf8() + " -> " + QByteArray::number(r.exitCode) +
                       '\n' + r.out + r.err;
            }
        }
        return all;
    }

    CliEnv a, b;
    CliEnv::Populated secrets;
    QString clientSecret;
};

void TestCliBundle::roundTripGivesTheSameGet() {
    QVERIFY(populate());
    const QString file = a.path(QStringLiteral("bundle.json"));
    const CtlResult exported = exportTo(file);
    CLI_EXPECT_OK(exported);
    EXPECT_NO_LEAK(exported);
    QVERIFY2(
        exported.outText().contains(u"Exported 2 integration(s), 3 organization(s) and 3 secret value(s)"_s),
        exported.out.constData());
    QVERIFY(isMode0600(file));
    QVERIFY2(leaksNothing(fileBytes(file)), "a secret value is in the bundle in clear");

    const CtlResult imported = importInto(b, file);
    CLI_EXPECT_OK(imported);
    EXPECT_NO_LEAK(imported);
    QVERIFY2(imported.outText().contains(u"create integration \"halo\""_s), imported.out.constData());
    QVERIFY2(imported.outText().contains(u"create organization \"Initech\""_s), imported.out.constData());

    const QStringList integrations{u"halo"_s, u"ninja"_s};
    const QStringList orgs{u"Acme"_s, u"Globex"_s, u"Initech"_s};
    const QByteArray before = everyGet(a, integrations, orgs), after = everyGet(b, integrations, orgs);
    QVERIFY(before.contains("\"integration_id\""));
    QVERIFY2(before == after, firstDifference(before, after).constData());
    for (const QString &i : integrations) {
        const QByteArray schemaA = a.run({"schema", "show", i, "--json"}).out;
        QVERIFY(!schemaA.isEmpty());
        QCOMPARE(b.run({"schema", "show", i, "--json"}).out, schemaA);
    }
    QCOMPARE(b.run({"org", "list"}).out, a.run({"org", "list"}).out); // names and ids
    QVERIFY(b.databaseFiles().size() > 0 && leaksNothing(b.databaseFiles()));
}

void TestCliBundle::dryRunPrintsThePlanAndChangesNothing() {
    QVERIFY(populate());
    const QString file = a.path(QStringLiteral("bundle.json"));
    CLI_EXPECT_OK(exportTo(file));
    const QByteArray before = emptyTarget();
    const CtlResult dry = importInto(b, file, {"--dry-run"});
    CLI_EXPECT_OK(dry);
    EXPECT_NO_LEAK(dry);
    CLI_EXPECT_UNCHANGED(before, b.snapshot(true));
    QVERIFY2(dry.out.endsWith("Nothing was changed (dry run).\n"), dry.out.constData());

    const CtlResult real = importInto(b, file);
    CLI_EXPECT_OK(real);
    // The same lines, then the plan's counts (dry run) or the summary (import).
    QList<QByteArray> planned = dry.out.split('\n'), applied = real.out.split('\n');
    planned.removeLast(); // ""
    planned.removeLast(); // Nothing was changed
    planned.removeLast(); // Plan: ...
    applied.removeLast(); // ""
    applied.removeLast(); // Imported ...
    QVERIFY(!planned.isEmpty());
    QCOMPARE(planned, applied);
}

void TestCliBundle::conflictsAndTheirOptions() {
    QVERIFY(populate());
    const QString file = a.path(QStringLiteral("bundle.json"));
    CLI_EXPECT_OK(exportTo(file));
    CLI_EXPECT_OK(importInto(b, file));
    const QByteArray before = b.snapshot(true);
    for (const Args &more : {Args{}, Args{"--dry-run"}}) {
        const CtlResult again = importInto(b, file, more);
        CLI_EXPECT_FAIL(again, 4);
        for (const char *word : {"\"halo\"", "\"ninja\"", "--on-conflict", "skip", "replace", "merge"})
            QVERIFY2(again.err.contains(word), again.err.constData());
    }
    CLI_EXPECT_UNCHANGED(before, b.snapshot(true));
    CLI_EXPECT_FAIL(importInto(b, file, {"--on-conflict", "overwrite"}), 2);
    const CtlResult skipped = importInto(b, file, {"--on-conflict", "skip"});
    CLI_EXPECT_OK(skipped);
    QVERIFY2(skipped.out.contains("skip integration \"halo\""), skipped.out.constData());
    CLI_EXPECT_UNCHANGED(before, b.snapshot(true));
}

void TestCliBundle::replaceAndMergeFromTheCommandLine() {
    QVERIFY(populate());
    const QString file = a.path(QStringLiteral("bundle.json"));
    CLI_EXPECT_OK(exportTo(file));
    // Here: halo with a value of its own, a local field and another timeout.
    QVERIFY(b.ok({"integration", "create", "halo"}));
    QVERIFY(
        b.setSchema("halo", R"([{"key": "timeout", "type": "int"}, {"key": "local", "type": "string"}])"));
    QVERIFY(b.ok({"config", "set", "halo", "timeout", "99"}));
    QVERIFY(b.ok({"config", "set", "halo", "local", "mine"}));

    const CtlResult merged = importInto(b, file, {"--on-conflict", "merge"});
    CLI_EXPECT_OK(merged);
    EXPECT_NO_LEAK(merged);
    QVERIFY2(merged.out.contains(
                 "skip value halo: timeout (default): a different value is set here; merge keeps it"),
             merged.out.constData());
    QVERIFY2(merged.out.contains("create field halo: url"), merged.out.constData());
    QJsonObject got = b.json({"get", "halo"}).object();
    QCOMPARE(got["config"_L1]["timeout"_L1].toInt(), 99);
    QCOMPARE(got["config"_L1]["local"_L1].toString(), u"mine"_s);
    QCOMPARE(got["config"_L1]["region"_L1].toString(), u"eu"_s);
    QVERIFY(got["config"_L1]["token"_L1].toString() == secrets.token);

    const CtlResult replaced = importInto(b, file, {"--on-conflict", "replace"});
    CLI_EXPECT_OK(replaced);
    QVERIFY2(replaced.out.contains("remove field halo: local"), replaced.out.constData());
    QVERIFY2(replaced.out.contains("change value halo: timeout (default)"), replaced.out.constData());
    const QStringList orgs{u"Acme"_s, u"Globex"_s, u"Initech"_s};
    // The ids of halo differ (replace keeps the integration here); everything else is the bundle's.
    QByteArray want = everyGet(a, {u"halo"_s}, orgs), have = everyGet(b, {u"halo"_s}, orgs);
    want.replace(a.integrationId("halo").toUtf8(), "ID");
    have.replace(b.integrationId("halo").toUtf8(), "ID");
    QVERIFY2(want == have, firstDifference(want, have).constData());
}

void TestCliBundle::wrongOrMissingPassphrase() {
    QVERIFY(populate());
    const QString file = a.path(QStringLiteral("bundle.json"));
    CLI_EXPECT_OK(exportTo(file));
    const QByteArray before = emptyTarget();
    const CtlResult wrong = importInto(b, file, {}, "not the passphrase\n");
    CLI_EXPECT_FAIL(wrong, 2);
    QVERIFY2(wrong.err.contains("wrong passphrase"), wrong.err.constData());
    // No line on stdin, and no terminal to ask on.
    const CtlResult none = importInto(b, file, {}, {});
    CLI_EXPECT_FAIL(none, 2);
    const CtlResult noTerminal = b.run({"import", file});
    CLI_EXPECT_FAIL(noTerminal, 2);
    QVERIFY2(noTerminal.err.contains("--passphrase-stdin"), noTerminal.err.constData());
    CLI_EXPECT_UNCHANGED(before, b.snapshot(true));
    QVERIFY(!wrong.err.contains("not the passphrase"));
}

void TestCliBundle::refusedBundles() {
    QVERIFY(populate());
    const QString file = a.path(QStringLiteral("bundle.json"));
    CLI_EXPECT_OK(exportTo(file));
    const QByteArray before = emptyTarget();

    QJsonObject doc = QJsonDocument::fromJson(fileBytes(file)).object();
    doc.insert(u"version"_s, 7);
    QVERIFY(writeBytes(b.path(u"newer.json"_s), QJsonDocument(doc).toJson()));
    const CtlResult newer = importInto(b, b.path(u"newer.json"_s));
    CLI_EXPECT_FAIL(newer, 2);
    QVERIFY2(newer.err.contains("newer Bifrost Admin") && newer.err.contains("version 7"),
             newer.err.constData());

    QVERIFY(writeBytes(b.path(u"broken.json"_s), fileBytes(file).left(300)));
    const CtlResult broken = importInto(b, b.path(u"broken.json"_s));
    CLI_EXPECT_FAIL(broken, 2);
    QVERIFY2(broken.err.contains("not valid JSON") && broken.err.contains("line ") &&
                 broken.err.contains("column "),
             broken.err.constData());

    QVERIFY(writeBytes(b.path(u"other.json"_s), R"({"hello": "world"})"));
    CLI_EXPECT_FAIL(importInto(b, b.path(u"other.json"_s)), 2);
    CLI_EXPECT_FAIL(importInto(b, b.path(u"missing.json"_s)), 3);
    // Larger than any bundle: refused before it is read (a sparse file, so the test writes little).
    {
        QFile huge(b.path(u"huge.json"_s));
        QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(qint64(257) * 1024 * 1024));
    }
    const CtlResult huge = importInto(b, b.path(u"huge.json"_s));
    CLI_EXPECT_FAIL(huge, 2);
    QVERIFY2(huge.err.contains("larger than any Bifrost bundle"), huge.err.constData());
    CLI_EXPECT_UNCHANGED(before, b.snapshot(true));
}

void TestCliBundle::tamperedFileChangesNothing() {
    QVERIFY(populate());
    const QString file = a.path(QStringLiteral("bundle.json"));
    CLI_EXPECT_OK(exportTo(file));
    const QByteArray bytes = fileBytes(file);
    const QByteArray before = emptyTarget();
    // A few spots: the header, an integration's description, the ciphertext, the last bytes.
    for (qsizetype offset : {qsizetype(20), bytes.indexOf("HaloPSA tickets") + 2,
                             bytes.indexOf("\"ciphertext\"") + 30, bytes.size() - 8}) {
        QByteArray changed = bytes;
        changed[offset] = char(changed[offset] ^ 0x01);
        const QString path = b.path(u"tampered.json"_s);
        QVERIFY(writeBytes(path, changed));
        const CtlResult r = importInto(b, path);
        CLI_EXPECT_FAIL(r, 2);
        EXPECT_NO_LEAK(r);
    }
    CLI_EXPECT_UNCHANGED(before, b.snapshot(true));
}

void TestCliBundle::exportFileRules() {
    QVERIFY(populate());
    const QString file = a.path(QStringLiteral("bundle.json"));
    QVERIFY(writeBytes(file, "keep me"));
    const CtlResult refused = exportTo(file);
    CLI_EXPECT_FAIL(refused, 4);
    QVERIFY2(refused.err.contains("--force"), refused.err.constData());
    QCOMPARE(fileBytes(file), QByteArray("keep me"));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    CLI_EXPECT_OK(exportTo(file, {"--force"}));
    QVERIFY(fileBytes(file).startsWith("{"));
    QVERIFY(isMode0600(file));
    // No temporary file left beside it.
    QCOMPARE(QDir(a.dirPath()).entryList({u"*.tmp*"_s}, QDir::Files | QDir::Hidden).size(), 0);
    // One integration only.
    const QString one = a.path(u"one.json"_s);
    const CtlResult single = exportTo(one, {"--integration", "ninja"});
    CLI_EXPECT_OK(single);
    QVERIFY2(single.out.contains("1 integration(s), 1 organization(s)"), single.out.constData());
}

void TestCliBundle::exportUsageErrors() {
    QVERIFY(populate());
    CLI_EXPECT_FAIL(a.run({"export"}), 2);
    CLI_EXPECT_FAIL(a.run({"export", "--out", a.path(u"x.json"_s), "--no-secrets", "--include-tokens"}), 2);
    const CtlResult shortPass =
        a.run({"export", "--out", a.path(u"x.json"_s), "--passphrase-stdin"}, "short\n");
    CLI_EXPECT_FAIL(shortPass, 2);
    CLI_EXPECT_FAIL(exportTo(a.path(u"x.json"_s), {"--integration", "nope"}), 3);
    const CtlResult noTerminal = a.run({"export", "--out", a.path(u"x.json"_s)});
    CLI_EXPECT_FAIL(noTerminal, 2);
    QVERIFY2(noTerminal.err.contains("--passphrase-stdin"), noTerminal.err.constData());
    QVERIFY(!QFileInfo::exists(a.path(u"x.json"_s)));
}

void TestCliBundle::noSecretsListsTheCommandsToFillThem() {
    QVERIFY(populate());
    const QString file = a.path(QStringLiteral("open.json"));
    const CtlResult exported = a.run({"export", "--out", file, "--no-secrets"});
    CLI_EXPECT_OK(exported);
    QVERIFY2(exported.out.contains("without secret values"), exported.out.constData());
    QVERIFY(leaksNothing(fileBytes(file)));
    const CtlResult imported = b.run({"import", file});
    CLI_EXPECT_OK(imported);
    const QString out = imported.outText();
    QVERIFY2(out.contains(u"Secrets to fill in"_s), imported.out.constData());
    QVERIFY2(out.contains(u"  halo: token (default): bifrostctl config set halo token --stdin"_s),
             imported.out.constData());
    QVERIFY2(out.contains(u"  halo: token (Acme): bifrostctl config set halo token --org Acme --stdin"_s),
             imported.out.constData());
    QVERIFY2(out.contains(u"  halo: OAuth client secret: bifrostctl oauth set halo --client-secret-stdin"_s),
             imported.out.constData());
    // The printed command works as written.
    QVERIFY(b.setSecret("halo", "token", secrets.acmeToken, "Acme"));
    QVERIFY(b.json({"get", "halo", "--org", "Acme"})["config"_L1]["token"_L1].toString() ==
            secrets.acmeToken);
}

void TestCliBundle::jsonReport() {
    QVERIFY(populate());
    const QString file = a.path(QStringLiteral("bundle.json"));
    CLI_EXPECT_OK(exportTo(file));
    const CtlResult dry = importInto(b, file, {"--dry-run", "--json"});
    CLI_EXPECT_OK(dry);
    const QJsonObject report = dry.json().object();
    QCOMPARE(report["applied"_L1].toBool(true), false);
    QCOMPARE(report["counts"_L1]["create"_L1].toInt(), 5); // 3 organizations, 2 integrations
    QCOMPARE(report["secrets_to_fill"_L1].toArray().size(), 0);
    const QJsonArray changes = report["changes"_L1].toArray();
    QCOMPARE(changes.size(), 5);
    QCOMPARE(changes.at(0)["object"_L1].toString(), u"organization"_s);
    QCOMPARE(changes.at(0)["kind"_L1].toString(), u"create"_s);
    const CtlResult real = importInto(b, file, {"--json"});
    CLI_EXPECT_OK(real);
    QJsonObject applied = real.json().object();
    QCOMPARE(applied["applied"_L1].toBool(), true);
    applied.remove(u"applied"_s);
    QJsonObject planned = report;
    planned.remove(u"applied"_s);
    CLI_EXPECT_JSON(applied, planned);
}

void TestCliBundle::vaultAndBundlePassphrasesOnStdin() {
    CLI_SQLITE_ONLY("the vault backend (a team database keeps its secrets in team_secrets)");
    // The vault's line first, then the bundle's (docs/cli.md).
    const QByteArray vaultPass = "vault passphrase one\n";
    const QString token = newSecret("vault-token");
    QVERIFY(a.ok({"--secrets", "vault", "--passphrase-stdin", "integration", "create", "halo"}, vaultPass));
    QVERIFY(a.setSchema("halo", R"([{"key": "token", "type": "secret"}])"));
    QVERIFY(a.ok({"--secrets", "vault", "--passphrase-stdin", "config", "set", "halo", "token", "--stdin"},
                 vaultPass + token.toUtf8()));
    const QString file = a.path(u"bundle.json"_s);
    const CtlResult exported =
        a.run({"--secrets", "vault", "--passphrase-stdin", "export", "--out", file, "--passphrase-stdin"},
              vaultPass + passphrase + '\n');
    CLI_EXPECT_OK(exported);
    // Into a keychain database.
    CLI_EXPECT_OK(importInto(b, file));
    QVERIFY(b.json({"get", "halo"})["config"_L1]["token"_L1].toString() == token);
    QVERIFY(leaksNothing(fileBytes(file)));
}

QTEST_GUILESS_MAIN(TestCliBundle)
#include "tst_cli_bundle.moc"
