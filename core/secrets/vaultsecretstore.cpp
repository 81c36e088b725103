#include "vaultsecretstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bifrost {

// One vault file as read from disk: the header fields and the sealed entries, checked for shape
// and header integrity but not yet decrypted.
struct VaultFile {
    crypto::ScryptParams params;
    QByteArray header; // the additional data of the seal
    QByteArray salt;
    QByteArray check;
    QByteArray nonce;
    QByteArray sealed;
};

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Vault)
};

// Version 1 layout; see the class comment in vaultsecretstore.h.
constexpr char magic[] = "BIFROSTVAULT";
constexpr int magicSize = 12;
constexpr quint16 formatVersion = 1;
constexpr int versionOffset = magicSize;                      // u16
constexpr int paramsOffset = versionOffset + 2;               // u8 log2N, u8 r, u8 p, u8 zero
constexpr int saltOffset = paramsOffset + 4;                  // crypto::saltSize
constexpr int checkOffset = saltOffset + crypto::saltSize;    // crypto::checkSize
constexpr int nonceOffset = checkOffset + crypto::checkSize;  // crypto::nonceSize
constexpr int lengthOffset = nonceOffset + crypto::nonceSize; // u32 sealed length
constexpr int digestOffset = lengthOffset + 4;                // SHA-256 of the bytes before it
constexpr int digestSize = 16;
constexpr int headerSize = digestOffset + digestSize;
// Far above any real vault; a length field beyond it is damage, not a reason to allocate.
constexpr quint32 maximumSealedSize = 256u * 1024u * 1024u;

QByteArray headerDigest(const QByteArray &bytes) {
    return QCryptographicHash::hash(bytes.left(digestOffset), QCryptographicHash::Sha256).left(digestSize);
}

QString systemError(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

Error damaged(const QString &path, const QString &why) {
    return Error::external(
        Text::tr("the vault file %1 is damaged or was changed (%2); nothing was read from it. "
                 "Restore it from a backup, or point BIFROST_VAULT at the right file")
            .arg(path, why));
}

Error truncated(const QString &path, qint64 size, qint64 expected) {
    return Error::external(
        Text::tr("the vault file %1 is truncated (%2 of %3 bytes); nothing was read from it. "
                 "Restore it from a backup")
            .arg(path)
            .arg(size)
            .arg(expected));
}

Error wrongPassphrase(const QString &path) {
    return Error::invalid(
        Text::tr("wrong passphrase for the vault %1; enter the passphrase the vault was "
                 "created with (BIFROST_VAULT_PASSPHRASE, --passphrase-stdin or the prompt)")
            .arg(path),
        QStringLiteral("passphrase"));
}

Result<VaultFile> parse(const QString &path, const QByteArray &bytes) {
    const qint64 size = bytes.size();
    if (size < magicSize) {
        if (QByteArray(magic, magicSize).startsWith(bytes))
            return truncated(path, size, headerSize);
        return Error::external(
            Text::tr(
                "%1 is not a Bifrost Admin vault file (no vault header); point BIFROST_VAULT at the vault, "
                "or move this file away to start a new vault")
                .arg(path));
    }
    if (!bytes.startsWith(QByteArray(magic, magicSize)))
        return Error::external(
            Text::tr(
                "%1 is not a Bifrost Admin vault file (no vault header); point BIFROST_VAULT at the vault, "
                "or move this file away to start a new vault")
                .arg(path));
    if (size < versionOffset + 2)
        return truncated(path, size, headerSize);
    const quint16 version = qFromBigEndian<quint16>(bytes.constData() + versionOffset);
    if (version > formatVersion)
        return Error::external(
            Text::tr("the vault file %1 has format version %2, but this version of Bifrost Admin "
                     "reads version %3 at most; open it with a newer Bifrost Admin")
                .arg(path)
                .arg(version)
                .arg(formatVersion));
    if (version != formatVersion)
        return damaged(path, Text::tr("unknown format version %1").arg(version));
    if (size < headerSize)
        return truncated(path, size, headerSize);
    VaultFile file;
    file.header = bytes.left(headerSize);
    if (!crypto::equalConstantTime(headerDigest(file.header), file.header.mid(digestOffset, digestSize)))
        return damaged(path, Text::tr("the header checksum does not match"));
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + paramsOffset);
    file.params.log2N = p[0];
    file.params.r = p[1];
    file.params.p = p[2];
    if (p[3] != 0)
        return damaged(path, Text::tr("a reserved header byte is set"));
    if (auto ok = file.params.check(); !ok)
        return damaged(path, ok.error().message);
    file.salt = bytes.mid(saltOffset, crypto::saltSize);
    file.check = bytes.mid(checkOffset, crypto::checkSize);
    file.nonce = bytes.mid(nonceOffset, crypto::nonceSize);
    const quint32 sealedSize = qFromBigEndian<quint32>(bytes.constData() + lengthOffset);
    if (sealedSize < quint32(crypto::tagSize) || sealedSize > maximumSealedSize)
        return damaged(path, Text::tr("impossible length %1").arg(sealedSize));
    const qint64 expected = qint64(headerSize) + sealedSize;
    if (size < expected)
        return truncated(path, size, expected);
    if (size > expected)
        return damaged(path, Text::tr("%1 bytes after the end").arg(size - expected));
    file.sealed = bytes.mid(headerSize);
    return file;
}

QByteArray makeHeader(const crypto::ScryptParams &params, const QByteArray &salt, const QByteArray &check,
                      const QByteArray &nonce, quint32 sealedSize) {
    QByteArray header(headerSize, '\0');
    char *d = header.data();
    std::memcpy(d, magic, magicSize);
    qToBigEndian<quint16>(formatVersion, d + versionOffset);
    d[paramsOffset] = char(params.log2N);
    d[paramsOffset + 1] = char(params.r);
    d[paramsOffset + 2] = char(params.p);
    std::memcpy(d + saltOffset, salt.constData(), crypto::saltSize);
    std::memcpy(d + checkOffset, check.constData(), crypto::checkSize);
    std::memcpy(d + nonceOffset, nonce.constData(), crypto::nonceSize);
    qToBigEndian<quint32>(sealedSize, d + lengthOffset);
    const QByteArray digest = headerDigest(header);
    std::memcpy(d + digestOffset, digest.constData(), digestSize);
    return header;
}

// The whole file, or nullopt when there is none. Reads need no lock: writers replace the file by
// rename, so an open descriptor always sees one complete version.
Result<std::optional<QByteArray>> readWhole(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(path))
            return std::optional<QByteArray>();
        return Error::external(Text::tr("cannot read the vault file %1 (%2); check its permissions")
                                   .arg(path, file.errorString()));
    }
    if (file.size() > qint64(headerSize) + maximumSealedSize)
        return damaged(path, Text::tr("the file is %1 bytes, far larger than any vault").arg(file.size()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::external(Text::tr("cannot read the vault file %1 (%2)").arg(path, file.errorString()));
    return std::optional<QByteArray>(std::move(bytes));
}

// An exclusive flock on PATH.lock for one read-modify-write. The lock file is never deleted:
// removing it would let two processes lock two different inodes.
class WriteLock {
public:
    ~WriteLock() {
        if (m_fd >= 0) {
            ::flock(m_fd, LOCK_UN);
            ::close(m_fd);
        }
    }
    Result<void> acquire(const QString &vaultPath) {
        const QByteArray lockPath = QFile::encodeName(vaultPath + QStringLiteral(".lock"));
        m_fd = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0)
            return Error::external(
                Text::tr("cannot lock the vault %1: cannot open %2 (%3); check that the folder "
                         "exists and is writable")
                    .arg(vaultPath, QFile::decodeName(lockPath), systemError(errno)));
        // Blocks while another process writes; writers hold it for one small file write.
        int rc = 0;
        do
            rc = ::flock(m_fd, LOCK_EX);
        while (rc != 0 && errno == EINTR);
        if (rc != 0)
            return Error::external(
                Text::tr("cannot lock the vault %1 (%2)").arg(vaultPath, systemError(errno)));
        return {};
    }

private:
    int m_fd = -1;
};

bool writeAll(int fd, const QByteArray &bytes) {
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

// PATH.tmp (0600), fsync, rename over PATH, fsync the folder. Until the rename PATH is the old,
// complete file; on any error the temporary file is removed and PATH is untouched.
Result<void> replaceFile(const QString &path, const QByteArray &bytes) {
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = QFile::encodeName(path + QStringLiteral(".tmp"));
    const auto failure = [&](const QString &step, int error) {
        ::unlink(temporary.constData());
        return Error::external(
            Text::tr("cannot save the vault %1: %2 failed (%3); the previous vault file is "
                     "unchanged. Free disk space or fix the folder's permissions and try again")
                .arg(path, step, systemError(error)));
    };
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return failure(Text::tr("creating %1").arg(QFile::decodeName(temporary)), errno);
    // A leftover PATH.tmp from a crash may have had another mode; O_CREAT does not change it.
    if (::fchmod(fd, 0600) != 0 || !writeAll(fd, bytes) || ::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return failure(Text::tr("writing %1").arg(QFile::decodeName(temporary)), error);
    }
    if (::close(fd) != 0)
        return failure(Text::tr("writing %1").arg(QFile::decodeName(temporary)), errno);
    // Fault injection for tests only (tst_vault): dies like a crash or power loss would, with
    // the new file complete on disk and the rename not done.
    if (qgetenv("BIFROST_VAULT_FAULT") == "kill-before-rename")
        ::raise(SIGKILL);
    if (::rename(temporary.constData(), target.constData()) != 0)
        return failure(Text::tr("renaming %1").arg(QFile::decodeName(temporary)), errno);
    // The rename is durable only once the folder is synced. A failure here is not reported: the
    // new file is already in place and complete, and there is nothing to undo.
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dirFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

int characterCount(const QString &text) {
    int count = 0;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (!it->isLowSurrogate())
            ++count;
    }
    return count;
}

} // namespace

struct VaultSecretStore::Unlocked {
    crypto::DerivedKey key;
    crypto::ScryptParams params;
    QByteArray salt;
    QByteArray check;

    bool matches(const VaultFile &file) const {
        return file.params.log2N == params.log2N && file.params.r == params.r && file.params.p == params.p &&
               file.salt == salt && crypto::equalConstantTime(file.check, check);
    }
};

VaultSecretStore::VaultSecretStore(QString path, PassphraseProvider provider,
                                   crypto::ScryptParams paramsForNewVault)
    : m_path(std::move(path))
    , m_provider(std::move(provider))
    , m_newParams(paramsForNewVault) {}

VaultSecretStore::~VaultSecretStore() = default;

QString VaultSecretStore::defaultPathFor(const QString &databasePath) {
    QString fromEnvironment = qEnvironmentVariable("BIFROST_VAULT");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QFileInfo info(databasePath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".vault");
}

QString VaultSecretStore::description() const {
    return Text::tr("encrypted vault %1").arg(m_path);
}

bool VaultSecretStore::exists() const {
    return QFileInfo::exists(m_path);
}

Result<QString> VaultSecretStore::askPassphrase(bool creating) {
    if (!m_provider)
        return Error::invalid(Text::tr("the vault %1 needs a passphrase; set BIFROST_VAULT_PASSPHRASE or use "
                                       "--passphrase-stdin")
                                  .arg(m_path),
                              QStringLiteral("passphrase"));
    auto passphrase = m_provider(creating);
    if (!passphrase)
        return passphrase.error();
    if (passphrase->isEmpty())
        return Error::invalid(Text::tr("the vault passphrase is empty; enter the vault's passphrase"),
                              QStringLiteral("passphrase"));
    if (creating && characterCount(*passphrase) < minimumPassphraseLength) {
        crypto::wipe(*passphrase);
        return Error::invalid(Text::tr("the passphrase for the new vault %1 is too short: use at least %2 "
                                       "characters")
                                  .arg(m_path)
                                  .arg(minimumPassphraseLength),
                              QStringLiteral("passphrase"));
    }
    return passphrase;
}

// Makes m_unlocked the key of `file`: kept when the file still has the salt and parameters it
// was derived for, else derived again from `passphrase` or, without one, a freshly asked one.
// The passphrase is wiped either way.
Result<void> VaultSecretStore::keyFor(const VaultFile &file, QString *given) {
    QString passphrase;
    if (given)
        std::swap(passphrase, *given);
    if (m_unlocked && m_unlocked->matches(file)) {
        crypto::wipe(passphrase);
        return {};
    }
    if (!given) {
        auto asked = askPassphrase(false);
        if (!asked)
            return asked.error();
        std::swap(passphrase, *asked);
    }
    auto key = crypto::deriveKey(passphrase, file.salt, file.params);
    crypto::wipe(passphrase);
    if (!key)
        return key.error();
    if (!crypto::equalConstantTime(key->check(), file.check))
        return wrongPassphrase(m_path);
    adopt(std::move(*key), file.params, file.salt);
    return {};
}

void VaultSecretStore::adopt(crypto::DerivedKey key, const crypto::ScryptParams &params,
                             const QByteArray &salt) {
    auto unlocked = std::make_unique<Unlocked>();
    unlocked->check = key.check();
    unlocked->key = std::move(key);
    unlocked->params = params;
    unlocked->salt = salt;
    m_unlocked = std::move(unlocked);
}

Result<QJsonObject> VaultSecretStore::decrypt(const VaultFile &file) {
    if (auto ok = keyFor(file); !ok)
        return ok.error();
    auto plain = crypto::open(m_unlocked->key, file.nonce, file.sealed, file.header);
    if (!plain)
        return damaged(m_path, Text::tr("authentication failed"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*plain, &parseError);
    crypto::wipe(*plain);
    if (!document.isObject() || !document.object().value(QStringLiteral("entries")).isObject())
        return damaged(m_path, Text::tr("the decrypted contents are not a vault"));
    return document.object().value(QStringLiteral("entries")).toObject();
}

// The entries of the vault on disk, or empty when there is no vault file yet (`missing` set).
Result<QJsonObject> VaultSecretStore::load(bool *missing) {
    auto bytes = readWhole(m_path);
    if (!bytes)
        return bytes.error();
    if (missing)
        *missing = !bytes->has_value();
    if (!bytes->has_value())
        return QJsonObject();
    auto file = parse(m_path, **bytes);
    if (!file)
        return file.error();
    return decrypt(*file);
}

Result<void> VaultSecretStore::unlock() {
    if (m_unlocked)
        return {};
    bool missing = false;
    if (auto entries = load(&missing); !entries)
        return entries.error();
    if (!missing)
        return {};
    // A new vault: ask (twice, in the provider) before taking the lock, so no other writer waits
    // on a person typing.
    auto passphrase = askPassphrase(true);
    if (!passphrase)
        return passphrase.error();
    WriteLock lock;
    if (auto locked = lock.acquire(m_path); !locked) {
        crypto::wipe(*passphrase);
        return locked.error();
    }
    // Another process may have created it meanwhile: then this passphrase must open that one.
    auto bytes = readWhole(m_path);
    if (!bytes) {
        crypto::wipe(*passphrase);
        return bytes.error();
    }
    if (bytes->has_value()) {
        auto file = parse(m_path, **bytes);
        if (!file) {
            crypto::wipe(*passphrase);
            return file.error();
        }
        if (auto ok = keyFor(*file, &*passphrase); !ok)
            return ok.error();
        if (auto entries = decrypt(*file); !entries) {
            m_unlocked.reset();
            return entries.error();
        }
        return {};
    }
    auto salt = crypto::randomBytes(crypto::saltSize);
    if (!salt) {
        crypto::wipe(*passphrase);
        return salt.error();
    }
    auto key = crypto::deriveKey(*passphrase, *salt, m_newParams);
    crypto::wipe(*passphrase);
    if (!key)
        return key.error();
    adopt(std::move(*key), m_newParams, *salt);
    if (auto saved = save(QJsonObject()); !saved) {
        m_unlocked.reset();
        return saved.error();
    }
    return {};
}

Result<void> VaultSecretStore::save(const QJsonObject &entries) {
    auto nonce = crypto::randomBytes(crypto::nonceSize);
    if (!nonce)
        return nonce.error();
    QJsonObject root;
    root.insert(QStringLiteral("entries"), entries);
    QByteArray plain = QJsonDocument(root).toJson(QJsonDocument::Compact);
    const QByteArray header = makeHeader(m_unlocked->params, m_unlocked->salt, m_unlocked->check, *nonce,
                                         quint32(plain.size() + crypto::tagSize));
    auto sealed = crypto::seal(m_unlocked->key, *nonce, plain, header);
    crypto::wipe(plain);
    if (!sealed)
        return sealed.error();
    return replaceFile(m_path, header + *sealed);
}

Result<void> VaultSecretStore::change(const std::function<bool(QJsonObject &)> &apply) {
    if (auto ok = unlock(); !ok)
        return ok.error();
    WriteLock lock;
    if (auto locked = lock.acquire(m_path); !locked)
        return locked.error();
    // Re-read under the lock: another process may have written since this one last looked.
    auto entries = load(nullptr);
    if (!entries)
        return entries.error();
    if (!apply(*entries))
        return {};
    return save(*entries);
}

Result<QString> VaultSecretStore::read(const QString &key) {
    return readOne(
        key, Text::tr("the secret %1 is missing from the vault %2; set the value again").arg(key, m_path));
}

Result<QHash<QString, QString>> VaultSecretStore::readMany(const QStringList &keys) {
    QHash<QString, QString> values;
    // No vault file means no secrets yet: nothing to unlock, so no passphrase is asked for.
    auto entries = load(nullptr);
    if (!entries)
        return entries.error();
    for (const QString &key : keys) {
        const auto found = entries->constFind(key);
        if (found != entries->constEnd() && found->isString())
            values.insert(key, found->toString());
    }
    return values;
}

Result<void> VaultSecretStore::write(const QString &key, const QString &value) {
    return change([&](QJsonObject &entries) {
        entries.insert(key, value);
        return true;
    });
}

Result<void> VaultSecretStore::remove(const QString &key) {
    // Nothing to remove from a vault that does not exist, and no reason to create one for it.
    if (!m_unlocked && !exists())
        return {};
    return change([&](QJsonObject &entries) {
        if (!entries.contains(key))
            return false;
        entries.remove(key);
        return true;
    });
}

Result<QStringList> VaultSecretStore::keys(const QString &prefix) {
    QStringList found;
    auto entries = load(nullptr);
    if (!entries)
        return entries.error();
    for (auto it = entries->constBegin(); it != entries->constEnd(); ++it) {
        if (it.key().startsWith(prefix))
            found << it.key();
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace bifrost
