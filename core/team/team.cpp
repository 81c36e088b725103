#include "team.h"

#include "secrets/keychainsecretstore.h"
#include "secrets/vaultsecretstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QVariant>

#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <optional>

namespace bifrost::team {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Team)
};

constexpr int publicKeySize = 32; // X25519

QString b64(const QByteArray &bytes) {
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QVariant &text) {
    return QByteArray::fromBase64(text.toString().toLatin1());
}

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A PostgreSQL identifier, quoted: admin names come from users.
QString quoted(const QString &identifier) {
    QString text = identifier;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

Error needsPostgres() {
    return Error::invalid(Text::tr("team mode needs a PostgreSQL database; move with bifrostctl migrate"),
                          QStringLiteral("db"));
}

Error viewerError() {
    return Error::invalid(Text::tr("viewers cannot read secret values; ask an owner for the editor role"),
                          QStringLiteral("role"));
}

// --- X25519 key pairs: the data key is wrapped to each holder's public key, so an owner can
// rewrap a new data key for every holder without knowing their passphrases. ------------------

struct KeyPair {
    QByteArray privateKey;
    QByteArray publicKey;
    ~KeyPair() { crypto::wipe(privateKey); }
};

Error cryptoFailure(const char *what) {
    return Error::internal(QStringLiteral("team key cryptography failed (%1)").arg(QLatin1String(what)));
}

Result<KeyPair> generateKeyPair() {
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr);
    EVP_PKEY *key = nullptr;
    const bool made = ctx && EVP_PKEY_keygen_init(ctx) == 1 && EVP_PKEY_keygen(ctx, &key) == 1;
    EVP_PKEY_CTX_free(ctx);
    if (!made)
        return cryptoFailure("keygen");
    KeyPair pair;
    pair.privateKey.resize(crypto::keySize);
    pair.publicKey.resize(publicKeySize);
    size_t privateLength = size_t(pair.privateKey.size());
    size_t publicLength = size_t(pair.publicKey.size());
    const bool read =
        EVP_PKEY_get_raw_private_key(key, reinterpret_cast<unsigned char *>(pair.privateKey.data()),
                                     &privateLength) == 1 &&
        EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                                    &publicLength) == 1;
    EVP_PKEY_free(key);
    if (!read)
        return cryptoFailure("raw key");
    return pair;
}

// X25519(private, peer) -> HKDF-SHA256 with both public keys as salt: the key that seals one
// wrapped data key.
Result<crypto::DerivedKey> agreedKey(const QByteArray &privateKey, const QByteArray &peerPublic,
                                     const QByteArray &salt) {
    EVP_PKEY *mine = EVP_PKEY_new_raw_private_key(
        EVP_PKEY_X25519, nullptr, reinterpret_cast<const unsigned char *>(privateKey.constData()),
        size_t(privateKey.size()));
    EVP_PKEY *peer = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_X25519, nullptr, reinterpret_cast<const unsigned char *>(peerPublic.constData()),
        size_t(peerPublic.size()));
    QByteArray shared(32, '\0');
    size_t sharedLength = size_t(shared.size());
    EVP_PKEY_CTX *ctx = mine && peer ? EVP_PKEY_CTX_new(mine, nullptr) : nullptr;
    const bool derived =
        ctx && EVP_PKEY_derive_init(ctx) == 1 && EVP_PKEY_derive_set_peer(ctx, peer) == 1 &&
        EVP_PKEY_derive(ctx, reinterpret_cast<unsigned char *>(shared.data()), &sharedLength) == 1;
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(mine);
    EVP_PKEY_free(peer);
    if (!derived) {
        crypto::wipe(shared);
        return cryptoFailure("agreement");
    }
    static const QByteArray info("bifrost team key wrap v1");
    QByteArray out(crypto::keySize, '\0');
    size_t outLength = size_t(out.size());
    EVP_PKEY_CTX *kdf = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr);
    const bool expanded =
        kdf && EVP_PKEY_derive_init(kdf) == 1 && EVP_PKEY_CTX_set_hkdf_md(kdf, EVP_sha256()) == 1 &&
        EVP_PKEY_CTX_set1_hkdf_salt(kdf, reinterpret_cast<const unsigned char *>(salt.constData()),
                                    int(salt.size())) == 1 &&
        EVP_PKEY_CTX_set1_hkdf_key(kdf, reinterpret_cast<const unsigned char *>(shared.constData()),
                                   int(shared.size())) == 1 &&
        EVP_PKEY_CTX_add1_hkdf_info(kdf, reinterpret_cast<const unsigned char *>(info.constData()),
                                    int(info.size())) == 1 &&
        EVP_PKEY_derive(kdf, reinterpret_cast<unsigned char *>(out.data()), &outLength) == 1;
    EVP_PKEY_CTX_free(kdf);
    crypto::wipe(shared);
    if (!expanded) {
        crypto::wipe(out);
        return cryptoFailure("hkdf");
    }
    crypto::DerivedKey key = crypto::DerivedKey::fromBytes(out);
    crypto::wipe(out);
    return key;
}

// The data key wrapped to one holder's public key (ECIES: an ephemeral key pair per wrap).
struct Wrapped {
    QByteArray ephemeralPublic;
    QByteArray nonce;
    QByteArray sealed;
};

QByteArray wrapAad(const QString &databaseId, const QString &admin, int version) {
    return QStringLiteral("bifrost team data key|%1|%2|%3").arg(databaseId, admin).arg(version).toUtf8();
}

QByteArray privateAad(const QString &databaseId, const QString &admin) {
    return QStringLiteral("bifrost team private key|%1|%2").arg(databaseId, admin).toUtf8();
}

Result<Wrapped> wrapFor(const QByteArray &recipientPublic, const crypto::DerivedKey &dataKey,
                        const QByteArray &aad) {
    auto ephemeral = generateKeyPair();
    if (!ephemeral)
        return ephemeral.error();
    auto kek = agreedKey(ephemeral->privateKey, recipientPublic, ephemeral->publicKey + recipientPublic);
    if (!kek)
        return kek.error();
    auto nonce = crypto::randomBytes(crypto::nonceSize);
    if (!nonce)
        return nonce.error();
    auto sealed = crypto::seal(*kek, *nonce, dataKey.bytes(), aad);
    if (!sealed)
        return sealed.error();
    return Wrapped{ephemeral->publicKey, *nonce, *sealed};
}

Result<crypto::DerivedKey> unwrapWith(const QByteArray &privateKey, const QByteArray &publicKey,
                                      const Wrapped &wrapped, const QByteArray &aad) {
    auto kek = agreedKey(privateKey, wrapped.ephemeralPublic, wrapped.ephemeralPublic + publicKey);
    if (!kek)
        return kek.error();
    auto opened = crypto::open(*kek, wrapped.nonce, wrapped.sealed, aad);
    if (!opened)
        return opened.error();
    crypto::DerivedKey key = crypto::DerivedKey::fromBytes(*opened);
    crypto::wipe(*opened);
    if (!key.isValid())
        return cryptoFailure("data key size");
    return key;
}

// One holder's row of team_keys, as written.
struct KeyRow {
    QByteArray publicKey;
    QByteArray salt;
    crypto::ScryptParams params;
    QByteArray privateNonce;
    QByteArray sealedPrivate;
    int version = 0;
    Wrapped wrapped;
};

// A new key pair for `admin` under `passphrase`, holding `dataKey`.
Result<KeyRow> newKeyRow(const QString &databaseId, const QString &admin, const QString &passphrase,
                         const crypto::DerivedKey &dataKey, int version, crypto::DerivedKey *personalOut) {
    auto pair = generateKeyPair();
    if (!pair)
        return pair.error();
    KeyRow row;
    row.publicKey = pair->publicKey;
    auto salt = crypto::randomBytes(crypto::saltSize);
    if (!salt)
        return salt.error();
    row.salt = *salt;
    auto personal = crypto::deriveKey(passphrase, row.salt, row.params);
    if (!personal)
        return personal.error();
    auto nonce = crypto::randomBytes(crypto::nonceSize);
    if (!nonce)
        return nonce.error();
    row.privateNonce = *nonce;
    auto sealed = crypto::seal(*personal, row.privateNonce, pair->privateKey, privateAad(databaseId, admin));
    if (!sealed)
        return sealed.error();
    row.sealedPrivate = *sealed;
    row.version = version;
    auto wrapped = wrapFor(row.publicKey, dataKey, wrapAad(databaseId, admin, version));
    if (!wrapped)
        return wrapped.error();
    row.wrapped = *wrapped;
    if (personalOut)
        *personalOut = std::move(*personal);
    return row;
}

} // namespace

// --- Team ------------------------------------------------------------------------------------

struct Team::Private {
    Store *store = nullptr;
    PassphraseProvider passphrase;
    QString me; // session_user, read once
    QString rolePrefix;
    crypto::DerivedKey personal; // the unlocked personal key, once known
    crypto::DerivedKey dataKey;
    int keyVersion = 0;
    std::unique_ptr<KeychainSecretStore> keychain;

    QSqlDatabase db() const { return QSqlDatabase::database(store->connectionName(), false); }

    // Runs one statement with `params` bound in order; the error names the database, never a
    // value (values here are ciphertexts and keys).
    Result<QSqlQuery> run(const QString &sql, const QVariantList &params = {}) const {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        // Not prepared: GRANT and REVOKE cannot be, and a prepared statement that fails leaves a
        // DEALLOCATE behind that the aborted transaction refuses (Qt then warns on stderr). The
        // driver quotes every value (PQescapeStringConn); none of them is a secret in clear.
        if (!q.exec(withValues(sql, params)))
            return sqlError(q);
        return q;
    }

    QString withValues(const QString &sql, const QVariantList &params) const {
        if (params.isEmpty())
            return sql;
        QString text;
        qsizetype next = 0;
        for (const QChar c : sql) {
            if (c != QLatin1Char('?') || next >= params.size()) {
                text += c;
                continue;
            }
            const QVariant &value = params.at(next++);
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            text += db().driver()->formatValue(field);
        }
        return text;
    }

    Error sqlError(const QSqlQuery &q) const {
        const QSqlError e = q.lastError();
        const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        // 42501: insufficient_privilege. The database enforces the roles; say which role is needed.
        if (e.nativeErrorCode() == QLatin1String("42501"))
            return Error::external(Text::tr("the database refused this to %1 (%2); ask a team owner for a "
                                            "role that allows it")
                                       .arg(me.isEmpty() ? Text::tr("this login") : me, text.trimmed()));
        return Error::external(Text::tr("database error in %1: %2").arg(store->path(), text.trimmed()));
    }

    Result<void> requirePostgres() {
        if (!store->isPostgres())
            return needsPostgres();
        if (me.isEmpty()) {
            auto q = run(QStringLiteral("SELECT session_user"));
            if (!q)
                return q.error();
            if (!q->next())
                return Error::internal(QStringLiteral("no session user"));
            me = q->value(0).toString();
        }
        return {};
    }

    Result<QString> state(const QString &name) {
        auto q = run(QStringLiteral("SELECT value FROM team_state WHERE name = ?"), {name});
        if (!q)
            return q.error();
        return q->next() ? q->value(0).toString() : QString();
    }

    Result<void> setState(const QString &name, const QString &value) {
        auto q = run(QStringLiteral("INSERT INTO team_state (name, value) VALUES (?, ?)"
                                    " ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                     {name, value});
        if (!q)
            return q.error();
        return {};
    }

    Result<QString> groupRole(Role role) {
        if (rolePrefix.isEmpty()) {
            auto prefix = state(QStringLiteral("role_prefix"));
            if (!prefix)
                return prefix.error();
            if (prefix->isEmpty())
                return Error::external(
                    Text::tr("the database %1 has no team roles recorded; open it once as a "
                             "role with CREATEROLE so the migration creates them")
                        .arg(store->path()));
            rolePrefix = *prefix;
        }
        return QString(rolePrefix + QLatin1Char('_') + roleName(role));
    }

    Result<std::optional<Role>> roleOf(const QString &admin) {
        auto q = run(QStringLiteral("SELECT role FROM team_members WHERE admin = ?"), {admin});
        if (!q)
            return q.error();
        if (!q->next())
            return std::optional<Role>();
        auto role = parseRole(q->value(0).toString());
        if (!role)
            return role.error();
        return std::optional<Role>(*role);
    }

    Result<void> requireOwner() {
        auto role = roleOf(me);
        if (!role)
            return role.error();
        if (!*role || **role != Role::Owner)
            return Error::invalid(Text::tr("only team owners can change the team, and %1 is %2; ask an owner")
                                      .arg(me, *role ? roleName(**role) : Text::tr("not a member")),
                                  QStringLiteral("role"));
        return {};
    }

    Result<void> requireRole(const QString &name) {
        auto q = run(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ? AND rolcanlogin"), {name});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::notFound(
                Text::tr("there is no PostgreSQL login role \"%1\"; create it first (CREATE "
                         "ROLE ... LOGIN) and run the command again")
                    .arg(name));
        return {};
    }

    // Revokes every team group from `admin`, then grants `role`'s (owners with admin option, so
    // that they can manage the team in turn).
    Result<void> setGroup(const QString &admin, std::optional<Role> role) {
        // The new group first: an owner demoting themselves still holds the admin option then.
        if (role) {
            auto group = groupRole(*role);
            if (!group)
                return group.error();
            const QString sql = *role == Role::Owner ? QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION")
                                                     : QStringLiteral("GRANT %1 TO %2");
            if (auto granted = run(sql.arg(quoted(*group), quoted(admin))); !granted)
                return granted.error();
        }
        for (Role r : {Role::Owner, Role::Editor, Role::Viewer}) {
            if (role && r == *role)
                continue;
            auto group = groupRole(r);
            if (!group)
                return group.error();
            // Only direct memberships: revoking one that does not exist makes PostgreSQL print a
            // warning on stderr.
            auto member =
                run(QStringLiteral("SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                                   " JOIN pg_roles u ON u.oid = m.member"
                                   " WHERE g.rolname = ? AND u.rolname = ?"),
                    {*group, admin});
            if (!member)
                return member.error();
            if (!member->next())
                continue;
            if (auto revoked = run(QStringLiteral("REVOKE %1 FROM %2").arg(quoted(*group), quoted(admin)));
                !revoked)
                return revoked.error();
        }
        return {};
    }

    Result<void> insertKeyRow(const QString &admin, const KeyRow &row) {
        auto q =
            run(QStringLiteral("INSERT INTO team_keys (admin, public_key, kdf_salt, kdf_log2n, kdf_r, kdf_p,"
                               " private_nonce, private_key, key_version, wrap_public, wrap_nonce,"
                               " wrapped_key, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {admin, b64(row.publicKey), b64(row.salt), row.params.log2N, row.params.r, row.params.p,
                 b64(row.privateNonce), b64(row.sealedPrivate), row.version, b64(row.wrapped.ephemeralPublic),
                 b64(row.wrapped.nonce), b64(row.wrapped.sealed), nowText()});
        if (!q)
            return q.error();
        return {};
    }

    QString keychainKey() const { return QStringLiteral("team/%1/%2").arg(store->databaseId(), me); }

    KeychainSecretStore &keychainStore() {
        if (!keychain)
            keychain = std::make_unique<KeychainSecretStore>();
        return *keychain;
    }

    // The personal key is worth keeping: the passphrase is then asked once per machine. A
    // keychain that cannot be reached only means asking again next time.
    void rememberPersonal() {
        QString text = b64(personal.bytes());
        (void)keychainStore().write(keychainKey(), text);
        crypto::wipe(text);
    }

    Result<void> unlock();

    // The key row of an admin who is given the key (added as editor or owner, or promoted from
    // viewer): the current data key wrapped under the initial passphrase an owner chose. The
    // passphrase is checked before the owner's own key is unlocked.
    Result<KeyRow> initialKeyRow(Team &team, const QString &admin, const QString &initialPassphrase) {
        if (initialPassphrase.size() < VaultSecretStore::minimumPassphraseLength)
            return Error::invalid(
                Text::tr("the initial passphrase of %1 is too short: use at least %2 characters")
                    .arg(admin)
                    .arg(VaultSecretStore::minimumPassphraseLength),
                QStringLiteral("passphrase"));
        auto key = team.dataKey();
        if (!key)
            return key.error();
        return newKeyRow(store->databaseId(), admin, initialPassphrase, **key, keyVersion, nullptr);
    }
};

Team::Team(Store &store, PassphraseProvider passphrase)
    : d(std::make_unique<Private>()) {
    d->store = &store;
    d->passphrase = std::move(passphrase);
}

Team::~Team() = default;

QString roleName(Role role) {
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Viewer:
        break;
    }
    return QStringLiteral("viewer");
}

Result<Role> parseRole(const QString &text) {
    if (text == QLatin1String("owner"))
        return Role::Owner;
    if (text == QLatin1String("editor"))
        return Role::Editor;
    if (text == QLatin1String("viewer"))
        return Role::Viewer;
    return Error::invalid(Text::tr("unknown role \"%1\"; use owner, editor or viewer").arg(text),
                          QStringLiteral("role"));
}

Result<bool> Team::initialized() {
    if (auto pg = d->requirePostgres(); !pg)
        return pg.error();
    auto version = d->state(QStringLiteral("key_version"));
    if (!version)
        return version.error();
    return !version->isEmpty();
}

Result<void> Team::initialize() {
    if (auto pg = d->requirePostgres(); !pg)
        return pg;
    auto already = initialized();
    if (!already)
        return already.error();
    if (*already)
        return Error::conflict(
            Text::tr("the team of %1 is already set up; see `bifrostctl team list`").arg(d->store->path()));
    auto owner = d->groupRole(Role::Owner);
    if (!owner)
        return owner.error();
    // Whoever sets the team up must be allowed to be its owner: a member of the owner group
    // (granted by a database administrator), or a role that may grant it to itself.
    auto rights = d->run(QStringLiteral("SELECT r.rolsuper OR r.rolcreaterole,"
                                        " EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = ?)"
                                        " FROM pg_roles r WHERE r.rolname = session_user"),
                         {*owner});
    if (!rights)
        return rights.error();
    const bool mayGrant = rights->next() && rights->value(0).toBool();
    if (!rights->value(1).toBool())
        return Error::external(Text::tr("the role %1 does not exist; open the database once as a role with "
                                        "CREATEROLE so that the migration creates the team roles")
                                   .arg(*owner));
    auto member = d->run(QStringLiteral("SELECT pg_has_role(session_user, ?, 'MEMBER')"), {*owner});
    if (!member)
        return member.error();
    const bool isMember = member->next() && member->value(0).toBool();
    if (!isMember && !mayGrant)
        return Error::invalid(Text::tr("%1 may not own this team; a database administrator must first run "
                                       "GRANT %2 TO %1 WITH ADMIN OPTION")
                                  .arg(d->me, *owner),
                              QStringLiteral("role"));

    // Asked before the transaction: nobody waits on the writer lock while a passphrase is typed.
    auto passphrase = d->passphrase(
        Text::tr("New team passphrase for %1 on %2: ").arg(d->me, d->store->location().display()), true);
    if (!passphrase)
        return passphrase.error();
    if (passphrase->size() < VaultSecretStore::minimumPassphraseLength)
        return Error::invalid(Text::tr("the new passphrase is too short: use at least %1 characters")
                                  .arg(VaultSecretStore::minimumPassphraseLength),
                              QStringLiteral("passphrase"));
    auto keyBytes = crypto::randomBytes(crypto::keySize);
    if (!keyBytes)
        return keyBytes.error();
    crypto::DerivedKey dataKey = crypto::DerivedKey::fromBytes(*keyBytes);
    crypto::wipe(*keyBytes);
    crypto::DerivedKey personal;
    auto row = newKeyRow(d->store->databaseId(), d->me, *passphrase, dataKey, 1, &personal);
    crypto::wipe(*passphrase);
    if (!row)
        return row.error();

    auto done = d->store->transaction([&]() -> Result<void> {
        auto again = initialized();
        if (!again)
            return again.error();
        if (*again)
            return Error::conflict(
                Text::tr("another admin set up the team of %1 meanwhile; run the command again")
                    .arg(d->store->path()));
        if (!isMember) {
            if (auto granted = d->setGroup(d->me, Role::Owner); !granted)
                return granted;
        }
        if (auto q = d->run(QStringLiteral("INSERT INTO team_members (admin, role, added_at, added_by)"
                                           " VALUES (?, 'owner', ?, ?)"),
                            {d->me, nowText(), d->me});
            !q)
            return q.error();
        if (auto inserted = d->insertKeyRow(d->me, *row); !inserted)
            return inserted;
        if (auto set = d->setState(QStringLiteral("key_version"), QStringLiteral("1")); !set)
            return set;
        if (auto set = d->setState(QStringLiteral("key_check"), b64(dataKey.check())); !set)
            return set;
        return d->store->recordTeamChange(QStringLiteral("team.init"),
                                          Text::tr("set up the team with %1 as owner").arg(d->me));
    });
    if (!done)
        return done;
    d->personal = std::move(personal);
    d->dataKey = std::move(dataKey);
    d->keyVersion = 1;
    d->rememberPersonal();
    return {};
}

Result<QList<Member>> Team::members() {
    if (auto pg = d->requirePostgres(); !pg)
        return pg.error();
    auto myRole = d->roleOf(d->me);
    if (!myRole)
        return myRole.error();
    // Only owners see every key row (row-level security shows others their own): for them the
    // list says exactly who holds the current key.
    QSet<QString> holders;
    const bool exact = *myRole && **myRole == Role::Owner;
    if (exact) {
        auto keys =
            d->run(QStringLiteral("SELECT k.admin FROM team_keys k JOIN team_state s"
                                  " ON s.name = 'key_version' AND k.key_version = CAST(s.value AS INTEGER)"));
        if (!keys)
            return keys.error();
        while (keys->next())
            holders.insert(keys->value(0).toString());
    }
    auto q =
        d->run(QStringLiteral("SELECT admin, role, added_at, added_by FROM team_members ORDER BY admin"));
    if (!q)
        return q.error();
    QList<Member> list;
    while (q->next()) {
        Member m;
        m.admin = q->value(0).toString();
        auto role = parseRole(q->value(1).toString());
        m.role = role ? *role : Role::Viewer;
        m.addedAt = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
        m.addedBy = q->value(3).toString();
        m.holdsKey = exact ? holders.contains(m.admin) : m.role != Role::Viewer;
        list << m;
    }
    return list;
}

Result<Role> Team::myRole() {
    if (auto pg = d->requirePostgres(); !pg)
        return pg.error();
    auto role = d->roleOf(d->me);
    if (!role)
        return role.error();
    if (!*role)
        return Error::notFound(Text::tr("%1 is not a member of this team; ask a team owner to add you with "
                                        "`bifrostctl team add %1 --role editor`")
                                   .arg(d->me));
    return **role;
}

Result<void> Team::Private::unlock() {
    auto versionText = state(QStringLiteral("key_version"));
    if (!versionText)
        return versionText.error();
    const int version = versionText->toInt();
    auto role = roleOf(me);
    if (!role)
        return role.error();
    if (!*role)
        return Error::notFound(Text::tr("%1 is not a member of this team; ask a team owner to add you with "
                                        "`bifrostctl team add %1 --role editor`")
                                   .arg(me));
    if (**role == Role::Viewer)
        return viewerError();
    auto q = run(
        QStringLiteral("SELECT public_key, kdf_salt, kdf_log2n, kdf_r, kdf_p, private_nonce, private_key,"
                       " key_version, wrap_public, wrap_nonce, wrapped_key FROM team_keys WHERE admin = ?"),
        {me});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(Text::tr("%1 holds no team key; ask a team owner to set your role again with "
                                        "`bifrostctl team role %1 editor`")
                                   .arg(me));
    const QByteArray publicKey = unb64(q->value(0));
    const QByteArray salt = unb64(q->value(1));
    crypto::ScryptParams params;
    params.log2N = q->value(2).toInt();
    params.r = q->value(3).toInt();
    params.p = q->value(4).toInt();
    const QByteArray privateNonce = unb64(q->value(5));
    const QByteArray sealedPrivate = unb64(q->value(6));
    const int rowVersion = q->value(7).toInt();
    const Wrapped wrapped{unb64(q->value(8)), unb64(q->value(9)), unb64(q->value(10))};
    if (rowVersion != version)
        return Error::conflict(Text::tr("the team key of %1 is at version %2 but yours at %3; ask a team "
                                        "owner to run `bifrostctl team rotate`")
                                   .arg(store->path())
                                   .arg(version)
                                   .arg(rowVersion));
    if (auto checked = params.check(); !checked)
        return checked;
    const QByteArray aad = privateAad(store->databaseId(), me);

    // The personal key: known already, else the keychain's copy, else from the passphrase.
    std::optional<QByteArray> privateKey;
    auto tryPersonal = [&]() {
        auto opened = crypto::open(personal, privateNonce, sealedPrivate, aad);
        if (opened)
            privateKey = *opened;
    };
    if (personal.isValid())
        tryPersonal();
    if (!privateKey) {
        auto cached = keychainStore().read(keychainKey());
        if (cached) {
            QByteArray bytes = QByteArray::fromBase64(cached->toLatin1());
            personal = crypto::DerivedKey::fromBytes(bytes);
            crypto::wipe(bytes);
            if (personal.isValid())
                tryPersonal();
            // A stale copy (the passphrase changed on another machine) is replaced below.
        }
    }
    if (!privateKey) {
        auto typed = passphrase(
            Text::tr("Team passphrase for %1 on %2: ").arg(me, store->location().display()), false);
        if (!typed)
            return typed.error();
        auto derived = crypto::deriveKey(*typed, salt, params);
        crypto::wipe(*typed);
        if (!derived)
            return derived.error();
        personal = std::move(*derived);
        tryPersonal();
        if (!privateKey) {
            personal = crypto::DerivedKey();
            return Error::invalid(Text::tr("wrong team passphrase for %1; try again").arg(me),
                                  QStringLiteral("passphrase"));
        }
        rememberPersonal();
    }
    auto key = unwrapWith(*privateKey, publicKey, wrapped, wrapAad(store->databaseId(), me, version));
    crypto::wipe(*privateKey);
    if (!key)
        return Error::external(
            Text::tr("the team key of %1 stored for %2 cannot be unwrapped; ask a team owner "
                     "to set your role again")
                .arg(store->path(), me));
    auto check = state(QStringLiteral("key_check"));
    if (!check)
        return check.error();
    if (!crypto::equalConstantTime(key->check(), QByteArray::fromBase64(check->toLatin1())))
        return Error::external(
            Text::tr("the team key of %1 does not match its check value; ask a team owner to rotate the key")
                .arg(store->path()));
    dataKey = std::move(*key);
    keyVersion = version;
    return {};
}

Result<const crypto::DerivedKey *> Team::dataKey() {
    if (auto pg = d->requirePostgres(); !pg)
        return pg.error();
    auto versionText = d->state(QStringLiteral("key_version"));
    if (!versionText)
        return versionText.error();
    if (versionText->isEmpty()) {
        if (auto made = initialize(); !made)
            return made.error();
        return &d->dataKey;
    }
    // A rotation by another process since we unlocked: unwrap the new key (the personal key
    // is still known, so nothing is asked).
    if (d->dataKey.isValid() && d->keyVersion == versionText->toInt())
        return &d->dataKey;
    if (auto unlocked = d->unlock(); !unlocked)
        return unlocked.error();
    return &d->dataKey;
}

Result<void> Team::addMember(const QString &admin, Role role, const QString &initialPassphrase) {
    if (auto pg = d->requirePostgres(); !pg)
        return pg;
    if (admin.trimmed().isEmpty())
        return Error::invalid(Text::tr("team add needs the PostgreSQL login role of the new admin"),
                              QStringLiteral("admin"));
    if (auto owner = d->requireOwner(); !owner)
        return owner;
    if (auto exists = d->requireRole(admin); !exists)
        return exists;
    auto current = d->roleOf(admin);
    if (!current)
        return current.error();
    if (*current)
        return Error::conflict(Text::tr("%1 is already a team member (%2); change the role with `bifrostctl "
                                        "team role %1 ROLE`")
                                   .arg(admin, roleName(**current)));
    std::optional<KeyRow> row;
    if (role != Role::Viewer) {
        auto made = d->initialKeyRow(*this, admin, initialPassphrase);
        if (!made)
            return made.error();
        row = std::move(*made);
    }
    return d->store->transaction([&]() -> Result<void> {
        if (auto q = d->run(QStringLiteral("INSERT INTO team_members (admin, role, added_at, added_by)"
                                           " VALUES (?, ?, ?, ?)"),
                            {admin, roleName(role), nowText(), d->me});
            !q)
            return q.error();
        if (row) {
            if (auto inserted = d->insertKeyRow(admin, *row); !inserted)
                return inserted;
        }
        if (auto granted = d->setGroup(admin, role); !granted)
            return granted;
        return d->store->recordTeamChange(QStringLiteral("team.add"),
                                          Text::tr("added %1 as %2").arg(admin, roleName(role)));
    });
}

Result<void> Team::setRole(const QString &admin, Role role, const QString &initialPassphrase) {
    if (auto pg = d->requirePostgres(); !pg)
        return pg;
    if (auto owner = d->requireOwner(); !owner)
        return owner;
    auto current = d->roleOf(admin);
    if (!current)
        return current.error();
    if (!*current)
        return Error::notFound(
            Text::tr("%1 is not a team member; add them with `bifrostctl team add %1 --role ROLE`")
                .arg(admin));
    if (**current == role)
        return {};
    std::optional<KeyRow> row;
    if (**current == Role::Viewer) {
        auto made = d->initialKeyRow(*this, admin, initialPassphrase);
        if (!made)
            return made.error();
        row = std::move(*made);
    }
    return d->store->transaction([&]() -> Result<void> {
        if (**current == Role::Owner) {
            auto owners = d->run(QStringLiteral("SELECT count(*) FROM team_members WHERE role = 'owner'"));
            if (!owners)
                return owners.error();
            if (owners->next() && owners->value(0).toInt() <= 1)
                return Error::conflict(
                    Text::tr("%1 is the last owner of the team; make another admin owner first").arg(admin));
        }
        if (auto q = d->run(QStringLiteral("UPDATE team_members SET role = ? WHERE admin = ?"),
                            {roleName(role), admin});
            !q)
            return q.error();
        // A viewer never holds the data key.
        if (role == Role::Viewer) {
            if (auto q = d->run(QStringLiteral("DELETE FROM team_keys WHERE admin = ?"), {admin}); !q)
                return q.error();
        }
        if (row) {
            if (auto inserted = d->insertKeyRow(admin, *row); !inserted)
                return inserted;
        }
        if (auto granted = d->setGroup(admin, role); !granted)
            return granted;
        return d->store->recordTeamChange(
            QStringLiteral("team.role"),
            Text::tr("changed the role of %1 from %2 to %3").arg(admin, roleName(**current), roleName(role)));
    });
}

Result<void> Team::removeMember(const QString &admin) {
    if (auto pg = d->requirePostgres(); !pg)
        return pg;
    if (auto owner = d->requireOwner(); !owner)
        return owner;
    return d->store->transaction([&]() -> Result<void> {
        auto current = d->roleOf(admin);
        if (!current)
            return current.error();
        if (!*current)
            return Error::notFound(
                Text::tr("%1 is not a team member; see `bifrostctl team list`").arg(admin));
        if (**current == Role::Owner) {
            auto owners = d->run(QStringLiteral("SELECT count(*) FROM team_members WHERE role = 'owner'"));
            if (!owners)
                return owners.error();
            if (owners->next() && owners->value(0).toInt() <= 1)
                return Error::conflict(
                    Text::tr(
                        "%1 is the last owner of the team and cannot be removed; make another admin owner "
                        "first")
                        .arg(admin));
        }
        if (auto q = d->run(QStringLiteral("DELETE FROM team_keys WHERE admin = ?"), {admin}); !q)
            return q.error();
        if (auto q = d->run(QStringLiteral("DELETE FROM team_members WHERE admin = ?"), {admin}); !q)
            return q.error();
        if (auto revoked = d->setGroup(admin, std::nullopt); !revoked)
            return revoked;
        return d->store->recordTeamChange(QStringLiteral("team.remove"),
                                          Text::tr("removed %1 (%2)").arg(admin, roleName(**current)));
    });
}

Result<int> Team::rotateKey() {
    if (auto pg = d->requirePostgres(); !pg)
        return pg.error();
    if (auto owner = d->requireOwner(); !owner)
        return owner.error();
    if (auto key = dataKey(); !key)
        return key.error();
    auto newBytes = crypto::randomBytes(crypto::keySize);
    if (!newBytes)
        return newBytes.error();
    crypto::DerivedKey newKey = crypto::DerivedKey::fromBytes(*newBytes);
    crypto::wipe(*newBytes);
    int newVersion = 0;
    auto count = d->store->transaction([&]() -> Result<int> {
        // Under the writer lock: a rotation by another owner since we unlocked is seen here.
        auto versionText = d->state(QStringLiteral("key_version"));
        if (!versionText)
            return versionText.error();
        if (versionText->toInt() != d->keyVersion)
            return Error::conflict(Text::tr(
                "another owner rotated the team key meanwhile; nothing was changed, run the command again"));
        newVersion = d->keyVersion + 1;
        struct Sealed {
            QString key;
            QByteArray nonce;
            QByteArray ciphertext;
        };
        QList<Sealed> all;
        {
            auto q = d->run(
                QStringLiteral("SELECT key, key_version, nonce, ciphertext FROM team_secrets ORDER BY key"));
            if (!q)
                return q.error();
            while (q->next()) {
                if (q->value(1).toInt() != d->keyVersion)
                    return Error::external(Text::tr("the secret %1 is sealed with key version %2, not the "
                                                    "current %3; nothing was changed")
                                               .arg(q->value(0).toString())
                                               .arg(q->value(1).toInt())
                                               .arg(d->keyVersion));
                all << Sealed{q->value(0).toString(), unb64(q->value(2)), unb64(q->value(3))};
            }
        }
        for (const Sealed &s : std::as_const(all)) {
            const QByteArray aad = s.key.toUtf8();
            auto plain = crypto::open(d->dataKey, s.nonce, s.ciphertext, aad);
            if (!plain)
                return Error::external(
                    Text::tr("the secret %1 does not decrypt with the current team key; nothing was changed")
                        .arg(s.key));
            auto nonce = crypto::randomBytes(crypto::nonceSize);
            if (!nonce)
                return nonce.error();
            auto sealed = crypto::seal(newKey, *nonce, *plain, aad);
            crypto::wipe(*plain);
            if (!sealed)
                return sealed.error();
            if (auto q =
                    d->run(QStringLiteral("UPDATE team_secrets SET key_version = ?, nonce = ?, ciphertext = ?"
                                          " WHERE key = ?"),
                           {newVersion, b64(*nonce), b64(*sealed), s.key});
                !q)
                return q.error();
        }
        // Every remaining holder gets the new key, wrapped to their public key.
        QList<std::pair<QString, QByteArray>> holders;
        {
            auto q = d->run(QStringLiteral("SELECT admin, public_key FROM team_keys ORDER BY admin"));
            if (!q)
                return q.error();
            while (q->next())
                holders.append({q->value(0).toString(), unb64(q->value(1))});
        }
        for (const auto &[admin, publicKey] : std::as_const(holders)) {
            auto wrapped = wrapFor(publicKey, newKey, wrapAad(d->store->databaseId(), admin, newVersion));
            if (!wrapped)
                return wrapped.error();
            if (auto q = d->run(
                    QStringLiteral("UPDATE team_keys SET key_version = ?, wrap_public = ?, wrap_nonce = ?,"
                                   " wrapped_key = ?, updated_at = ? WHERE admin = ?"),
                    {newVersion, b64(wrapped->ephemeralPublic), b64(wrapped->nonce), b64(wrapped->sealed),
                     nowText(), admin});
                !q)
                return q.error();
        }
        if (auto set = d->setState(QStringLiteral("key_version"), QString::number(newVersion)); !set)
            return set.error();
        if (auto set = d->setState(QStringLiteral("key_check"), b64(newKey.check())); !set)
            return set.error();
        if (auto recorded = d->store->recordTeamChange(
                QStringLiteral("team.rotate"),
                Text::tr("rotated the team key to version %1: %n secret(s) re-encrypted for %2 key holder(s)",
                         nullptr, int(all.size()))
                    .arg(newVersion)
                    .arg(holders.size()));
            !recorded)
            return recorded.error();
        return int(all.size());
    });
    if (!count)
        return count;
    d->dataKey = std::move(newKey);
    d->keyVersion = newVersion;
    return count;
}

Result<void> Team::changePassphrase() {
    if (auto pg = d->requirePostgres(); !pg)
        return pg;
    // Unlocking proves the current passphrase (or the keychain's copy of its key).
    if (auto key = dataKey(); !key)
        return key.error();
    auto q =
        d->run(QStringLiteral("SELECT private_nonce, private_key FROM team_keys WHERE admin = ?"), {d->me});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(Text::tr("%1 holds no team key").arg(d->me));
    const QByteArray aad = privateAad(d->store->databaseId(), d->me);
    auto privateKey = crypto::open(d->personal, unb64(q->value(0)), unb64(q->value(1)), aad);
    if (!privateKey)
        return Error::invalid(Text::tr("wrong team passphrase for %1; try again").arg(d->me),
                              QStringLiteral("passphrase"));
    auto typed = d->passphrase(
        Text::tr("New team passphrase for %1 on %2: ").arg(d->me, d->store->location().display()), true);
    if (!typed) {
        crypto::wipe(*privateKey);
        return typed.error();
    }
    if (typed->size() < VaultSecretStore::minimumPassphraseLength) {
        crypto::wipe(*privateKey);
        crypto::wipe(*typed);
        return Error::invalid(Text::tr("the new passphrase is too short: use at least %1 characters")
                                  .arg(VaultSecretStore::minimumPassphraseLength),
                              QStringLiteral("passphrase"));
    }
    auto salt = crypto::randomBytes(crypto::saltSize);
    auto nonce = crypto::randomBytes(crypto::nonceSize);
    if (!salt || !nonce) {
        crypto::wipe(*privateKey);
        crypto::wipe(*typed);
        return Error::internal(QStringLiteral("no random bytes"));
    }
    const crypto::ScryptParams params;
    auto personal = crypto::deriveKey(*typed, *salt, params);
    crypto::wipe(*typed);
    if (!personal) {
        crypto::wipe(*privateKey);
        return personal.error();
    }
    auto sealed = crypto::seal(*personal, *nonce, *privateKey, aad);
    crypto::wipe(*privateKey);
    if (!sealed)
        return sealed.error();
    auto done = d->store->transaction([&]() -> Result<void> {
        if (auto u = d->run(
                QStringLiteral("UPDATE team_keys SET kdf_salt = ?, kdf_log2n = ?, kdf_r = ?, kdf_p = ?,"
                               " private_nonce = ?, private_key = ?, updated_at = ? WHERE admin = ?"),
                {b64(*salt), params.log2N, params.r, params.p, b64(*nonce), b64(*sealed), nowText(), d->me});
            !u)
            return u.error();
        return d->store->recordTeamChange(QStringLiteral("team.passphrase"),
                                          Text::tr("%1 changed their team passphrase").arg(d->me));
    });
    if (!done)
        return done;
    d->personal = std::move(*personal);
    d->rememberPersonal();
    return {};
}

// --- TeamSecretStore -------------------------------------------------------------------------

namespace {

class TeamSecretStore final : public SecretStore {
public:
    TeamSecretStore(Store &store, Team &team)
        : m_store(store)
        , m_team(team) {}

    QString backendName() const override { return QStringLiteral("team"); }
    QString description() const override {
        return Text::tr("team secrets in %1, encrypted with the team key").arg(m_store.path());
    }

    Result<QString> read(const QString &key) override {
        return readOne(key, Text::tr("no team secret %1; set the value again").arg(key));
    }

    Result<void> write(const QString &key, const QString &value) override {
        auto dataKey = m_team.dataKey();
        if (!dataKey)
            return dataKey.error();
        auto version = currentVersion();
        if (!version)
            return version.error();
        auto nonce = crypto::randomBytes(crypto::nonceSize);
        if (!nonce)
            return nonce.error();
        QByteArray plain = value.toUtf8();
        auto sealed = crypto::seal(**dataKey, *nonce, plain, key.toUtf8());
        crypto::wipe(plain);
        if (!sealed)
            return sealed.error();
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "INSERT INTO team_secrets (key, key_version, nonce, ciphertext) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET key_version = excluded.key_version,"
            " nonce = excluded.nonce, ciphertext = excluded.ciphertext"));
        q.addBindValue(key);
        q.addBindValue(*version);
        q.addBindValue(b64(*nonce));
        q.addBindValue(b64(*sealed));
        if (!q.exec())
            return error(q);
        return {};
    }

    Result<void> remove(const QString &key) override {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("DELETE FROM team_secrets WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            return error(q);
        return {};
    }

    Result<QHash<QString, QString>> readMany(const QStringList &keys) override {
        QHash<QString, QString> values;
        if (keys.isEmpty())
            return values;
        auto dataKey = m_team.dataKey();
        if (!dataKey)
            return dataKey.error();
        auto version = currentVersion();
        if (!version)
            return version.error();
        // One statement per few hundred keys (a resolve reads them all at once).
        constexpr qsizetype chunk = 500;
        for (qsizetype start = 0; start < keys.size(); start += chunk) {
            const QStringList part = keys.mid(start, chunk);
            QStringList marks(part.size(), QStringLiteral("?"));
            QSqlQuery q(db());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral(
                          "SELECT key, key_version, nonce, ciphertext FROM team_secrets WHERE key IN (%1)")
                          .arg(marks.join(QStringLiteral(", "))));
            for (const QString &k : part)
                q.addBindValue(k);
            if (!q.exec())
                return error(q);
            while (q.next()) {
                const QString key = q.value(0).toString();
                if (q.value(1).toInt() != *version)
                    return Error::external(
                        Text::tr("the team secret %1 is sealed with key version %2, not the "
                                 "current %3; ask a team owner to run `bifrostctl team rotate`")
                            .arg(key)
                            .arg(q.value(1).toInt())
                            .arg(*version));
                auto plain = crypto::open(**dataKey, unb64(q.value(2)), unb64(q.value(3)), key.toUtf8());
                if (!plain)
                    return Error::external(
                        Text::tr(
                            "the team secret %1 does not decrypt with the team key; it was changed outside "
                            "Bifrost, set the value again")
                            .arg(key));
                values.insert(key, QString::fromUtf8(*plain));
                crypto::wipe(*plain);
            }
        }
        return values;
    }

    Result<QStringList> keys(const QString &prefix) override {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT key FROM team_secrets WHERE substr(key, 1, ?) = ? ORDER BY key"));
        q.addBindValue(int(prefix.size()));
        q.addBindValue(prefix);
        if (!q.exec())
            return error(q);
        QStringList list;
        while (q.next())
            list << q.value(0).toString();
        return list;
    }

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_store.connectionName(), false); }

    // The key version dataKey() unlocked is the current one: it re-reads the version each call.
    Result<int> currentVersion() {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT value FROM team_state WHERE name = 'key_version'"));
        if (!q.exec())
            return error(q);
        if (!q.next())
            return Error::internal(QStringLiteral("the team key has no version"));
        return q.value(0).toString().toInt();
    }

    Error error(const QSqlQuery &q) const {
        const QSqlError e = q.lastError();
        const QString text = (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
        if (e.nativeErrorCode() == QLatin1String("42501"))
            return viewerError();
        return Error::external(Text::tr("database error in %1: %2").arg(m_store.path(), text));
    }

    Store &m_store;
    Team &m_team;
};

} // namespace

std::unique_ptr<SecretStore> makeTeamSecretStore(Store &store, Team &team) {
    return std::make_unique<TeamSecretStore>(store, team);
}

} // namespace bifrost::team

namespace bifrost {

// Team changes are history entries like any other; defined here beside their only caller.
Result<void> Store::recordTeamChange(const QString &action, const QString &detail) {
    HistoryEntry entry;
    entry.action = action;
    entry.detail = detail;
    return record(std::move(entry));
}

} // namespace bifrost
