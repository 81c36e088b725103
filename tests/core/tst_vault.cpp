// The vault backend against real files, and the keychain additions (listing, probe) against the
// real Secret Service: run under scripts/with-keyring. Crashes, file-size limits, concurrent
// writers and a broken D-Bus address happen in real child processes (tst_vault_helper). Values
// here are test values; still, no test prints one (QVERIFY on comparisons, not QCOMPARE).

#include "coretestutil.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/vaultsecretstore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>
#include <sys/stat.h>

using namespace bifrost;

namespace {

const QString passphrase = QStringLiteral("correct horse battery"); // a test value

crypto::ScryptParams fastParams() {
    crypto::ScryptParams params;
    params.log2N = 10;
    return params;
}

// Counts how often a vault asks for its passphrase, and whether it said it was creating.
struct Asker {
    QString answer = passphrase;
    int calls = 0;
    QList<bool> creating;

    VaultSecretStore::PassphraseProvider provider() {
        return [this](bool isNew) -> Result<QString> {
            ++calls;
            creating << isNew;
            return answer;
        };
    }
};

struct Vault {
    Asker asker;
    std::unique_ptr<VaultSecretStore> store;
};

std::unique_ptr<Vault> openVault(const QString &path, const QString &answer = passphrase,
                                 const crypto::ScryptParams &params = fastParams()) {
    auto vault = std::make_unique<Vault>();
    vault->asker.answer = answer;
    vault->store = std::make_unique<VaultSecretStore>(path, vault->asker.provider(), params);
    return vault;
}

void writeBytes(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QString out;
    QString err;
};

QProcessEnvironment helperEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BIFROST_VAULT_PASSPHRASE"), passphrase);
    env.insert(QStringLiteral("TEST_VAULT_LOG2N"), QStringLiteral("10"));
    env.remove(QStringLiteral("BIFROST_VAULT_FAULT"));
    return env;
}

QProcess *startHelper(const QStringList &args, const QProcessEnvironment &env, QObject *parent) {
    auto *process = new QProcess(parent);
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(VAULT_HELPER), args);
    return process;
}

Run finish(QProcess *process) {
    Run run;
    if (!process->waitForFinished(120000)) {
        process->kill();
        process->waitForFinished();
    }
    run.exitCode = process->exitCode();
    run.status = process->exitStatus();
    run.out = QString::fromUtf8(process->readAllStandardOutput());
    run.err = QString::fromUtf8(process->readAllStandardError());
    return run;
}

Run runHelper(const QStringList &args, const QProcessEnvironment &env = helperEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VAULT_HELPER), args);
    if (!process.waitForStarted(30000))
        return {};
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

int fileMode(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace

class TstVault : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();

    void roundTripAcrossObjects();
    void roundTripWithDefaultParams();
    void missingVaultAsksForNothing();
    void newVaultNeedsLongPassphrase();
    void wrongPassphrase();
    void tamperedFileIsRefused();
    void truncatedFileIsRefused();
    void unknownVersionIsRefused();
    void notAVaultIsRefused();
    void keyIsDerivedAgainOnlyWhenSaltChanges();
    void crashBeforeRenameKeepsOldVault();
    void writeFailingForLackOfSpaceKeepsOldVault();
    void concurrentWritersLoseNothing();
    void fileModeIs0600();
    void noSecretInClear();
    void descriptionAndDefaultPath();

    void keychainKeysListsWrittenEntries();
    void keychainProbeSucceeds();
    void keychainUnreachableNamesVault();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TstVault::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("bifrost.vault"));
}

void TstVault::roundTripAcrossObjects() {
    // Two objects on one file behave like two processes: each has its own key and lock.
    auto a = openVault(m_path);
    REQUIRE_OK(a->store->write(QStringLiteral("db1/one"), QStringLiteral("value one")));
    REQUIRE_OK(a->store->write(QStringLiteral("db1/two"), QStringLiteral("välue twö ✓")));
    REQUIRE_OK(a->store->write(QStringLiteral("db2/three"), QStringLiteral("value three")));
    REQUIRE_OK(a->store->write(QStringLiteral("db1/empty"), QString()));
    QCOMPARE(a->asker.calls, 1);
    QCOMPARE(a->asker.creating, QList<bool>{true});
    QVERIFY(a->store->exists());

    auto b = openVault(m_path);
    const auto one = b->store->read(QStringLiteral("db1/one"));
    REQUIRE_OK(one);
    QVERIFY(*one == QStringLiteral("value one"));
    QCOMPARE(b->asker.creating, QList<bool>{false});
    const auto many = b->store->readMany({QStringLiteral("db1/two"), QStringLiteral("db2/three"),
                                          QStringLiteral("db1/missing"), QStringLiteral("db1/empty")});
    REQUIRE_OK(many);
    QCOMPARE(many->size(), 3);
    QVERIFY(many->value(QStringLiteral("db1/two")) == QStringLiteral("välue twö ✓"));
    QVERIFY(many->value(QStringLiteral("db2/three")) == QStringLiteral("value three"));
    QVERIFY(many->contains(QStringLiteral("db1/empty")));
    QVERIFY(!many->contains(QStringLiteral("db1/missing")));
    REQUIRE_ERROR(b->store->read(QStringLiteral("db1/missing")), ErrorCode::NotFound);

    const auto db1 = b->store->keys(QStringLiteral("db1/"));
    REQUIRE_OK(db1);
    QCOMPARE(*db1, (QStringList{QStringLiteral("db1/empty"), QStringLiteral("db1/one"),
                                QStringLiteral("db1/two")}));
    const auto all = b->store->keys(QString());
    REQUIRE_OK(all);
    QCOMPARE(all->size(), 4);

    // Changes from one object are seen by the other, and overwrite/remove work both ways.
    REQUIRE_OK(b->store->remove(QStringLiteral("db1/two")));
    REQUIRE_OK(b->store->write(QStringLiteral("db1/one"), QStringLiteral("value one, changed")));
    REQUIRE_ERROR(a->store->read(QStringLiteral("db1/two")), ErrorCode::NotFound);
    const auto changed = a->store->read(QStringLiteral("db1/one"));
    REQUIRE_OK(changed);
    QVERIFY(*changed == QStringLiteral("value one, changed"));
    REQUIRE_OK(a->store->remove(QStringLiteral("db1/never-there")));
    REQUIRE_OK(a->store->write(QStringLiteral("db2/four"), QStringLiteral("value four")));
    const auto db2 = b->store->keys(QStringLiteral("db2/"));
    REQUIRE_OK(db2);
    QCOMPARE(*db2, (QStringList{QStringLiteral("db2/four"), QStringLiteral("db2/three")}));
    // Each object derived its key once.
    QCOMPARE(a->asker.calls, 1);
    QCOMPARE(b->asker.calls, 1);
    // The temporary file never outlives a write.
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".tmp")));
}

void TstVault::roundTripWithDefaultParams() {
    auto a = openVault(m_path, passphrase, crypto::ScryptParams());
    REQUIRE_OK(a->store->write(QStringLiteral("k"), QStringLiteral("default cost")));
    const QByteArray bytes = coretest::fileBytes(m_path);
    QVERIFY(bytes.size() > 17);
    QCOMPARE(int(quint8(bytes.at(14))), 17); // log2N stored in the header
    QCOMPARE(int(quint8(bytes.at(15))), 8);
    QCOMPARE(int(quint8(bytes.at(16))), 1);
    // A reader with other defaults still opens it: the header's parameters win.
    auto b = openVault(m_path, passphrase, fastParams());
    const auto value = b->store->read(QStringLiteral("k"));
    REQUIRE_OK(value);
    QVERIFY(*value == QStringLiteral("default cost"));
}

void TstVault::missingVaultAsksForNothing() {
    auto a = openVault(m_path);
    REQUIRE_ERROR(a->store->read(QStringLiteral("k")), ErrorCode::NotFound);
    const auto keys = a->store->keys(QString());
    REQUIRE_OK(keys);
    QVERIFY(keys->isEmpty());
    const auto many = a->store->readMany({QStringLiteral("k")});
    REQUIRE_OK(many);
    QVERIFY(many->isEmpty());
    REQUIRE_OK(a->store->remove(QStringLiteral("k")));
    QCOMPARE(a->asker.calls, 0);
    QVERIFY(!QFile::exists(m_path));
    // unlock() creates the (empty) vault with the new passphrase.
    REQUIRE_OK(a->store->unlock());
    QCOMPARE(a->asker.creating, QList<bool>{true});
    QVERIFY(QFile::exists(m_path));
    auto b = openVault(m_path, QStringLiteral("another passphrase"));
    REQUIRE_ERROR(b->store->unlock(), ErrorCode::InvalidInput);

    // A provider that fails (no terminal, no variable) passes its error through.
    VaultSecretStore refusing(m_dir->filePath(QStringLiteral("other.vault")), [](bool) -> Result<QString> {
        return Error::invalid(QStringLiteral("no passphrase given"), QStringLiteral("passphrase"));
    });
    const auto written = refusing.write(QStringLiteral("k"), QStringLiteral("v"));
    REQUIRE_ERROR(written, ErrorCode::InvalidInput);
    QCOMPARE(written.error().message, QStringLiteral("no passphrase given"));
}

void TstVault::newVaultNeedsLongPassphrase() {
    auto shortOne = openVault(m_path, QStringLiteral("1234567"));
    const auto refused = shortOne->store->write(QStringLiteral("k"), QStringLiteral("v"));
    REQUIRE_ERROR(refused, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().field, QStringLiteral("passphrase"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("at least 8 characters")),
             qPrintable(refused.error().message));
    QVERIFY(!QFile::exists(m_path));
    // Characters, not bytes: eight non-ASCII characters are enough.
    auto eight = openVault(m_path, QStringLiteral("äöüßéèêë"));
    REQUIRE_OK(eight->store->write(QStringLiteral("k"), QStringLiteral("v")));
    // The rule is for new vaults only; an existing one opens with what it was created with.
    QVERIFY(QFile::remove(m_path));
    auto created = openVault(m_path, QStringLiteral("12345678"));
    REQUIRE_OK(created->store->write(QStringLiteral("k"), QStringLiteral("v")));
}

void TstVault::wrongPassphrase() {
    auto a = openVault(m_path);
    REQUIRE_OK(a->store->write(QStringLiteral("k"), QStringLiteral("v")));
    const QByteArray before = coretest::fileBytes(m_path);
    const QString wrong = QStringLiteral("not the passphrase");
    auto b = openVault(m_path, wrong);
    const auto read = b->store->read(QStringLiteral("k"));
    REQUIRE_ERROR(read, ErrorCode::InvalidInput);
    QCOMPARE(read.error().field, QStringLiteral("passphrase"));
    QVERIFY2(read.error().message.contains(m_path), qPrintable(read.error().message));
    QVERIFY(!read.error().message.contains(wrong));
    REQUIRE_ERROR(b->store->write(QStringLiteral("k"), QStringLiteral("other")), ErrorCode::InvalidInput);
    REQUIRE_ERROR(b->store->keys(QString()), ErrorCode::InvalidInput);
    REQUIRE_ERROR(b->store->remove(QStringLiteral("k")), ErrorCode::InvalidInput);
    QVERIFY(coretest::fileBytes(m_path) == before);
    // A failed attempt caches nothing: the next call asks again.
    const int calls = b->asker.calls;
    b->asker.answer = passphrase;
    const auto value = b->store->read(QStringLiteral("k"));
    REQUIRE_OK(value);
    QCOMPARE(b->asker.calls, calls + 1);
}

void TstVault::tamperedFileIsRefused() {
    auto a = openVault(m_path);
    REQUIRE_OK(a->store->write(QStringLiteral("db/one"), QStringLiteral("first value")));
    REQUIRE_OK(a->store->write(QStringLiteral("db/two"), QStringLiteral("second value")));
    const QByteArray good = coretest::fileBytes(m_path);
    const int size = int(good.size());
    struct Where {
        int offset;
        const char *what;
    };
    const Where offsets[] = {
        {0, "magic"},          {13, "version"},    {14, "log2N"},           {17, "reserved"},
        {18, "salt"},          {33, "salt end"},   {34, "check"},           {50, "nonce"},
        {62, "length"},        {65, "length low"}, {66, "digest"},          {81, "digest end"},
        {82, "body start"},    {size / 2, "body"}, {size - 17, "body end"}, {size - 16, "tag start"},
        {size - 1, "tag end"},
    };
    for (const Where &where : offsets) {
        for (const char mask : {char(0x01), char(0x80)}) {
            QByteArray bad = good;
            bad[where.offset] = char(bad[where.offset] ^ mask);
            CALL(writeBytes(m_path, bad));
            auto reader = openVault(m_path);
            const QString context =
                QStringLiteral("%1 (offset %2)").arg(QLatin1String(where.what)).arg(where.offset);
            const auto read = reader->store->read(QStringLiteral("db/one"));
            QVERIFY2(!read.ok(), qPrintable(context + QStringLiteral(": read accepted")));
            // Damage, never "wrong passphrase".
            QVERIFY2(read.error().code == ErrorCode::External,
                     qPrintable(context + QStringLiteral(": ") + read.error().message));
            QVERIFY2(read.error().message.contains(m_path),
                     qPrintable(context + QStringLiteral(": ") + read.error().message));
            QVERIFY2(!reader->store->readMany({QStringLiteral("db/one"), QStringLiteral("db/two")}).ok(),
                     qPrintable(context));
            QVERIFY2(!reader->store->keys(QString()).ok(), qPrintable(context));
            // Writing to it is refused too and leaves the bytes as they are.
            QVERIFY2(!reader->store->write(QStringLiteral("db/three"), QStringLiteral("v")).ok(),
                     qPrintable(context));
            QVERIFY2(coretest::fileBytes(m_path) == bad, qPrintable(context));
            // The object that had it open before is refused as well.
            QVERIFY2(!a->store->read(QStringLiteral("db/one")).ok(), qPrintable(context));
        }
    }
    CALL(writeBytes(m_path, good));
    auto reader = openVault(m_path);
    REQUIRE_OK(reader->store->read(QStringLiteral("db/one")));
}

void TstVault::truncatedFileIsRefused() {
    auto a = openVault(m_path);
    REQUIRE_OK(a->store->write(QStringLiteral("db/one"), QStringLiteral("first value")));
    const QByteArray good = coretest::fileBytes(m_path);
    const int size = int(good.size());
    for (const int length : {0, 1, 5, 11, 12, 13, 14, 40, 81, 82, 83, size - 16, size - 1}) {
        CALL(writeBytes(m_path, good.left(length)));
        auto reader = openVault(m_path);
        const auto read = reader->store->read(QStringLiteral("db/one"));
        const QString context = QStringLiteral("length %1: ").arg(length);
        QVERIFY2(!read.ok(), qPrintable(context + QStringLiteral("accepted")));
        QVERIFY2(read.error().code == ErrorCode::External, qPrintable(context + read.error().message));
        QVERIFY2(read.error().message.contains(m_path), qPrintable(context + read.error().message));
        QVERIFY2(read.error().message.contains(QStringLiteral("truncated")),
                 qPrintable(context + read.error().message));
        QCOMPARE(reader->asker.calls, 0); // refused before any passphrase is asked for
    }
    // Extra bytes at the end are damage too.
    CALL(writeBytes(m_path, good + QByteArray("x")));
    auto reader = openVault(m_path);
    const auto read = reader->store->read(QStringLiteral("db/one"));
    REQUIRE_ERROR(read, ErrorCode::External);
    QVERIFY2(read.error().message.contains(QStringLiteral("damaged")), qPrintable(read.error().message));
}

void TstVault::unknownVersionIsRefused() {
    auto a = openVault(m_path);
    REQUIRE_OK(a->store->write(QStringLiteral("k"), QStringLiteral("v")));
    QByteArray bytes = coretest::fileBytes(m_path);
    bytes[12] = 0;
    bytes[13] = 2;
    CALL(writeBytes(m_path, bytes));
    auto reader = openVault(m_path);
    const auto read = reader->store->read(QStringLiteral("k"));
    REQUIRE_ERROR(read, ErrorCode::External);
    QVERIFY2(read.error().message.contains(QStringLiteral("format version 2")),
             qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(QStringLiteral("newer")), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(m_path), qPrintable(read.error().message));
    bytes[13] = 0;
    CALL(writeBytes(m_path, bytes));
    REQUIRE_ERROR(reader->store->read(QStringLiteral("k")), ErrorCode::External);
    QCOMPARE(reader->asker.calls, 0);
}

void TstVault::notAVaultIsRefused() {
    CALL(
        writeBytes(m_path, QByteArray("{\"entries\": {\"k\": \"v\"}} and some more text to be long enough")));
    auto reader = openVault(m_path);
    const auto read = reader->store->read(QStringLiteral("k"));
    REQUIRE_ERROR(read, ErrorCode::External);
    QVERIFY2(read.error().message.contains(QStringLiteral("not a Bifrost Admin vault")),
             qPrintable(read.error().message));
    // Nothing overwrites a file that is not a vault.
    REQUIRE_ERROR(reader->store->write(QStringLiteral("k"), QStringLiteral("v")), ErrorCode::External);
    QVERIFY(coretest::fileBytes(m_path).startsWith("{\"entries\""));
}

void TstVault::keyIsDerivedAgainOnlyWhenSaltChanges() {
    auto a = openVault(m_path);
    REQUIRE_OK(a->store->write(QStringLiteral("k"), QStringLiteral("from a")));
    auto b = openVault(m_path);
    REQUIRE_OK(b->store->write(QStringLiteral("k"), QStringLiteral("from b")));
    const auto seen = a->store->read(QStringLiteral("k"));
    REQUIRE_OK(seen);
    QVERIFY(*seen == QStringLiteral("from b"));
    QCOMPARE(a->asker.calls, 1);
    // A new vault at the same path (new salt): the old key no longer fits, so it asks again.
    QVERIFY(QFile::remove(m_path));
    auto c = openVault(m_path);
    REQUIRE_OK(c->store->write(QStringLiteral("k"), QStringLiteral("from c")));
    const auto again = a->store->read(QStringLiteral("k"));
    REQUIRE_OK(again);
    QVERIFY(*again == QStringLiteral("from c"));
    QCOMPARE(a->asker.calls, 2);
    QCOMPARE(a->asker.creating, (QList<bool>{true, false}));
}

void TstVault::crashBeforeRenameKeepsOldVault() {
    auto a = openVault(m_path);
    REQUIRE_OK(a->store->write(QStringLiteral("k"), QStringLiteral("old value")));
    REQUIRE_OK(a->store->write(QStringLiteral("other"), QStringLiteral("kept")));
    const QByteArray before = coretest::fileBytes(m_path);

    QProcessEnvironment env = helperEnvironment();
    env.insert(QStringLiteral("BIFROST_VAULT_FAULT"), QStringLiteral("kill-before-rename"));
    const Run crashed =
        runHelper({QStringLiteral("write"), m_path, QStringLiteral("k"), QStringLiteral("new value")}, env);
    QCOMPARE(crashed.status, QProcess::CrashExit);
    // The crash came after the new file was complete: the temporary file is a whole vault...
    const QString tmp = m_path + QStringLiteral(".tmp");
    QVERIFY(QFile::exists(tmp));
    auto tmpReader = openVault(tmp);
    const auto inTmp = tmpReader->store->read(QStringLiteral("k"));
    REQUIRE_OK(inTmp);
    QVERIFY(*inTmp == QStringLiteral("new value"));
    // ...but it is not trusted: the vault is the old file, byte for byte, and opens as before.
    QVERIFY(coretest::fileBytes(m_path) == before);
    auto reader = openVault(m_path);
    const auto value = reader->store->read(QStringLiteral("k"));
    REQUIRE_OK(value);
    QVERIFY(*value == QStringLiteral("old value"));
    const auto keys = reader->store->keys(QString());
    REQUIRE_OK(keys);
    QCOMPARE(*keys, (QStringList{QStringLiteral("k"), QStringLiteral("other")}));

    // The next writer replaces the leftover temporary file and finishes normally.
    const Run next =
        runHelper({QStringLiteral("write"), m_path, QStringLiteral("k"), QStringLiteral("newer value")});
    QCOMPARE(next.status, QProcess::NormalExit);
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    QVERIFY(!QFile::exists(tmp));
    const auto newer = reader->store->read(QStringLiteral("k"));
    REQUIRE_OK(newer);
    QVERIFY(*newer == QStringLiteral("newer value"));
    REQUIRE_OK(reader->store->read(QStringLiteral("other")));
}

void TstVault::writeFailingForLackOfSpaceKeepsOldVault() {
    auto a = openVault(m_path);
    REQUIRE_OK(a->store->write(QStringLiteral("k"), QStringLiteral("old value")));
    const QByteArray before = coretest::fileBytes(m_path);
    // The child may write files of at most the current vault's size plus a little: the new vault,
    // with a 64 KiB value, hits EFBIG part-way through PATH.tmp.
    const QString limit = QString::number(before.size() + 100);
    const QString big(64 * 1024, QLatin1Char('x'));
    const Run failed = runHelper({QStringLiteral("--fsize-limit"), limit, QStringLiteral("write"), m_path,
                                  QStringLiteral("big"), big});
    QCOMPARE(failed.status, QProcess::NormalExit);
    QVERIFY2(failed.exitCode == int(ErrorCode::External), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(m_path), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(QStringLiteral("previous vault file is unchanged")), qPrintable(failed.err));
    QVERIFY(coretest::fileBytes(m_path) == before);
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".tmp")));
    auto reader = openVault(m_path);
    const auto value = reader->store->read(QStringLiteral("k"));
    REQUIRE_OK(value);
    QVERIFY(*value == QStringLiteral("old value"));
    REQUIRE_ERROR(reader->store->read(QStringLiteral("big")), ErrorCode::NotFound);
    // With the limit lifted, the same write goes through.
    const Run ok = runHelper({QStringLiteral("write"), m_path, QStringLiteral("big"), big});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    const auto stored = reader->store->read(QStringLiteral("big"));
    REQUIRE_OK(stored);
    QVERIFY(*stored == big);
}

void TstVault::concurrentWritersLoseNothing() {
    auto a = openVault(m_path);
    REQUIRE_OK(a->store->write(QStringLiteral("seed"), QStringLiteral("seed value")));
    constexpr int writers = 6;
    constexpr int perWriter = 8;
    QObject parent;
    QList<QProcess *> processes;
    for (int i = 0; i < writers; ++i)
        processes << startHelper(
            {QStringLiteral("write-many"), m_path, QStringLiteral("w%1/").arg(i), QString::number(perWriter)},
            helperEnvironment(), &parent);
    // Meanwhile this process writes too.
    for (int i = 0; i < perWriter; ++i)
        REQUIRE_OK(a->store->write(QStringLiteral("main/%1").arg(i), QStringLiteral("v-main/%1").arg(i)));
    for (QProcess *process : std::as_const(processes)) {
        const Run run = finish(process);
        QCOMPARE(run.status, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    auto reader = openVault(m_path);
    const auto keys = reader->store->keys(QString());
    REQUIRE_OK(keys);
    QCOMPARE(keys->size(), 1 + perWriter + writers * perWriter);
    QStringList wanted;
    for (int i = 0; i < writers; ++i) {
        for (int j = 0; j < perWriter; ++j)
            wanted << QStringLiteral("w%1/%2").arg(i).arg(j);
    }
    const auto values = reader->store->readMany(wanted);
    REQUIRE_OK(values);
    QCOMPARE(values->size(), wanted.size());
    for (const QString &key : std::as_const(wanted))
        QVERIFY(values->value(key) == QStringLiteral("v-") + key);
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".tmp")));
}

void TstVault::fileModeIs0600() {
    // Even with a permissive umask, the vault and its lock file are private to the user.
    const mode_t old = ::umask(0);
    auto a = openVault(m_path);
    const auto written = a->store->write(QStringLiteral("k"), QStringLiteral("v"));
    ::umask(old);
    REQUIRE_OK(written);
    QCOMPARE(fileMode(m_path), 0600);
    QCOMPARE(fileMode(m_path + QStringLiteral(".lock")), 0600);
    // A rewrite keeps it so, even over a leftover temporary file with a wide mode.
    const QString tmp = m_path + QStringLiteral(".tmp");
    CALL(writeBytes(tmp, QByteArray("leftover")));
    QVERIFY(::chmod(QFile::encodeName(tmp).constData(), 0644) == 0);
    REQUIRE_OK(a->store->write(QStringLiteral("k"), QStringLiteral("v2")));
    QCOMPARE(fileMode(m_path), 0600);
}

void TstVault::noSecretInClear() {
    auto a = openVault(m_path);
    const QString key = QStringLiteral("db/the-key-name-is-private-too");
    const QString value = QStringLiteral("CLEARTEXT-MARKER-7d1f0a sëcret");
    REQUIRE_OK(a->store->write(key, value));
    REQUIRE_OK(a->store->write(QStringLiteral("db/other"), value + value));
    const QByteArray bytes = coretest::fileBytes(m_path);
    QVERIFY(!coretest::containsText(bytes, value));
    QVERIFY(!coretest::containsText(bytes, QStringLiteral("CLEARTEXT-MARKER")));
    QVERIFY(!coretest::containsText(bytes, key));
    QVERIFY(!coretest::containsText(bytes, passphrase));
    QVERIFY(!coretest::containsText(bytes, QStringLiteral("entries")));
    QVERIFY(!coretest::containsText(coretest::fileBytes(m_path + QStringLiteral(".lock")), value));
}

void TstVault::descriptionAndDefaultPath() {
    auto a = openVault(m_path);
    QCOMPARE(a->store->description(), QStringLiteral("encrypted vault ") + m_path);
    QCOMPARE(a->store->backendName(), QStringLiteral("vault"));
    QCOMPARE(a->store->path(), m_path);
    qunsetenv("BIFROST_VAULT");
    QCOMPARE(VaultSecretStore::defaultPathFor(QStringLiteral("/srv/bifrost/admin.db")),
             QStringLiteral("/srv/bifrost/admin.vault"));
    QCOMPARE(VaultSecretStore::defaultPathFor(QStringLiteral("/srv/bifrost/my.data.db")),
             QStringLiteral("/srv/bifrost/my.data.vault"));
    qputenv("BIFROST_VAULT", "/elsewhere/secrets.vault");
    QCOMPARE(VaultSecretStore::defaultPathFor(QStringLiteral("/srv/bifrost/admin.db")),
             QStringLiteral("/elsewhere/secrets.vault"));
    qunsetenv("BIFROST_VAULT");
}

void TstVault::keychainKeysListsWrittenEntries() {
    KeychainSecretStore keychain;
    const QString prefix =
        QStringLiteral("tst-vault-%1/").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QStringList mine{prefix + QStringLiteral("a"), prefix + QStringLiteral("b/c"),
                           prefix + QStringLiteral("z")};
    for (const QString &key : mine)
        REQUIRE_OK(keychain.write(key, QStringLiteral("value of ") + key));
    // Similar names outside the prefix, and the same key under another service, are not listed.
    const QString outside = prefix.chopped(1) + QStringLiteral("x/a");
    REQUIRE_OK(keychain.write(outside, QStringLiteral("v")));
    KeychainSecretStore otherService(QStringLiteral("Bifrost Admin tst_vault other"));
    REQUIRE_OK(otherService.write(prefix + QStringLiteral("other-service"), QStringLiteral("v")));

    const auto keys = keychain.keys(prefix);
    REQUIRE_OK(keys);
    QCOMPARE(*keys, mine);
    // Another process sees the same list.
    const Run child = runHelper({QStringLiteral("keychain-keys"), prefix});
    QVERIFY2(child.exitCode == 0, qPrintable(child.err));
    QCOMPARE(child.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), mine);
    const auto other = otherService.keys(prefix);
    REQUIRE_OK(other);
    QCOMPARE(*other, QStringList{prefix + QStringLiteral("other-service")});

    for (const QString &key : mine)
        REQUIRE_OK(keychain.remove(key));
    REQUIRE_OK(keychain.remove(outside));
    REQUIRE_OK(otherService.remove(prefix + QStringLiteral("other-service")));
    const auto after = keychain.keys(prefix);
    REQUIRE_OK(after);
    QVERIFY(after->isEmpty());
}

void TstVault::keychainProbeSucceeds() {
    KeychainSecretStore keychain;
    REQUIRE_OK(keychain.probe(std::chrono::milliseconds(10000)));
    // The probe cleans up after itself. Other suites running at the same time probe the same
    // keychain, so a probe entry listed now may be theirs, still in flight: every entry listed right
    // after our probe must be gone within a bounded time. Ours, if left behind, never goes.
    const auto listed = keychain.keys(QStringLiteral("bifrost-probe/"));
    REQUIRE_OK(listed);
    QStringList remaining = *listed;
    QDeadlineTimer deadline(std::chrono::seconds(15));
    while (!remaining.isEmpty() && !deadline.hasExpired()) {
        QTest::qWait(100);
        const auto now = keychain.keys(QStringLiteral("bifrost-probe/"));
        REQUIRE_OK(now);
        const QSet<QString> still(now->cbegin(), now->cend());
        remaining.removeIf([&still](const QString &key) { return !still.contains(key); });
    }
    QVERIFY2(remaining.isEmpty(), qPrintable(QStringLiteral("probe entries left in the keychain: ") +
                                             remaining.join(QStringLiteral(", "))));
    const Run child = runHelper({QStringLiteral("probe")});
    QVERIFY2(child.exitCode == 0, qPrintable(child.err));
}

void TstVault::keychainUnreachableNamesVault() {
    // QtDBus keeps its session bus connection for the life of the process, so a session bus that
    // is not there is set up in a child process.
    QProcessEnvironment env = helperEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + m_dir->filePath(QStringLiteral("no-bus")));
    for (const QStringList &args : {QStringList{QStringLiteral("probe")},
                                    QStringList{QStringLiteral("keychain-keys"), QStringLiteral("x/")}}) {
        const Run run = runHelper(args, env);
        QCOMPARE(run.status, QProcess::NormalExit);
        QVERIFY2(run.exitCode == int(ErrorCode::External),
                 qPrintable(args.first() + QStringLiteral(": ") + run.err));
        QVERIFY2(run.err.contains(QStringLiteral("not reachable")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("--secrets vault (or BIFROST_SECRETS=vault)")),
                 qPrintable(run.err));
    }
}

QTEST_GUILESS_MAIN(TstVault)
#include "tst_vault.moc"
