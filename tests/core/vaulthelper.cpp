// A child process for tst_vault: one vault or keychain operation per run, so a crash (the
// BIFROST_VAULT_FAULT hook), a file-size limit, concurrent writers and a broken D-Bus address
// happen in a real, separate process. Test values only; nothing here is a real secret.
//
//   tst_vault_helper [--fsize-limit BYTES] COMMAND ARGS...
//     write PATH KEY VALUE          write-many PATH PREFIX COUNT
//     read PATH KEY                 keys PATH PREFIX
//     probe                         keychain-keys PREFIX
// The passphrase comes from BIFROST_VAULT_PASSPHRASE, the scrypt cost of a new vault from
// TEST_VAULT_LOG2N (default 10). Exit code: 0, or the error's code (1..5) with the message on
// stderr; 64 for a usage error.

#include "secrets/keychainsecretstore.h"
#include "secrets/vaultsecretstore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <sys/resource.h>

using namespace bifrost;

namespace {

int fail(const Error &error) {
    QTextStream(stderr) << error.message << Qt::endl;
    return int(error.code);
}

VaultSecretStore vaultAt(const QString &path) {
    crypto::ScryptParams params;
    bool ok = false;
    const int log2N = qEnvironmentVariableIntValue("TEST_VAULT_LOG2N", &ok);
    params.log2N = ok ? log2N : 10;
    return VaultSecretStore(
        path, [](bool) -> Result<QString> { return qEnvironmentVariable("BIFROST_VAULT_PASSPHRASE"); },
        params);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() >= 2 && args.at(0) == QStringLiteral("--fsize-limit")) {
        // A real "file too large" (EFBIG) from the kernel, the way a full disk or quota fails a
        // write: the limit applies to every file this process writes. SIGXFSZ would kill the
        // process instead, so it is ignored, as a daemon under a quota would see it.
        const rlim_t limit = args.at(1).toULongLong();
        const rlimit value{limit, limit};
        ::signal(SIGXFSZ, SIG_IGN);
        if (::setrlimit(RLIMIT_FSIZE, &value) != 0)
            return 64;
        args = args.mid(2);
    }
    const QString command = args.value(0);
    QTextStream out(stdout);
    if (command == QStringLiteral("write") && args.size() == 4) {
        auto vault = vaultAt(args.at(1));
        const auto written = vault.write(args.at(2), args.at(3));
        return written ? 0 : fail(written.error());
    }
    if (command == QStringLiteral("write-many") && args.size() == 4) {
        auto vault = vaultAt(args.at(1));
        const int count = args.at(3).toInt();
        for (int i = 0; i < count; ++i) {
            const QString key = args.at(2) + QString::number(i);
            if (const auto written = vault.write(key, QStringLiteral("v-") + key); !written)
                return fail(written.error());
        }
        return 0;
    }
    if (command == QStringLiteral("read") && args.size() == 3) {
        auto vault = vaultAt(args.at(1));
        const auto value = vault.read(args.at(2));
        if (!value)
            return fail(value.error());
        out << *value << Qt::endl;
        return 0;
    }
    if (command == QStringLiteral("keys") && args.size() == 3) {
        auto vault = vaultAt(args.at(1));
        const auto keys = vault.keys(args.at(2));
        if (!keys)
            return fail(keys.error());
        for (const QString &key : *keys)
            out << key << Qt::endl;
        return 0;
    }
    if (command == QStringLiteral("probe") && args.size() == 1) {
        KeychainSecretStore keychain;
        const auto probed = keychain.probe(std::chrono::milliseconds(5000));
        return probed ? 0 : fail(probed.error());
    }
    if (command == QStringLiteral("keychain-keys") && args.size() == 2) {
        KeychainSecretStore keychain(QStringLiteral("Bifrost Admin"), std::chrono::milliseconds(5000));
        const auto keys = keychain.keys(args.at(1));
        if (!keys)
            return fail(keys.error());
        for (const QString &key : *keys)
            out << key << Qt::endl;
        return 0;
    }
    QTextStream(stderr) << "usage: tst_vault_helper [--fsize-limit BYTES] write|write-many|read|keys|probe|"
                           "keychain-keys ARGS..."
                        << Qt::endl;
    return 64;
}
