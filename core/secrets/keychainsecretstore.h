#pragma once

#include "secretstore.h"

#include <chrono>

namespace bifrost {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Each call runs a QtKeychain job in a local event loop with a timeout; a
// job that times out is left to finish on its own and delete itself, never deleted under it.
class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Bifrost Admin"),
                                 std::chrono::milliseconds timeout = defaultTimeout());

    QString backendName() const override { return QStringLiteral("keychain"); }
    QString description() const override;

    Result<QString> read(const QString &key) override;
    Result<void> write(const QString &key, const QString &value) override;
    Result<void> remove(const QString &key) override;
    Result<QHash<QString, QString>> readMany(const QStringList &keys) override;
    // Lists entries through the Secret Service D-Bus API (SearchItems on the attributes QtKeychain
    // writes); External on platforms or sessions where that is not available.
    Result<QStringList> keys(const QString &prefix) override;

    // Whether a keychain answers, by a real round trip: writes, reads back and deletes a probe
    // entry within `timeout`. The error is the one a secret write would give, naming the vault as
    // the way out.
    Result<void> probe(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));

    // 15 s, or BIFROST_KEYCHAIN_TIMEOUT_MS: long enough for an unlock prompt, short enough that a
    // hung daemon does not hang a script.
    static std::chrono::milliseconds defaultTimeout();

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace bifrost
