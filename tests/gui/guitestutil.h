#pragma once

// Shared by the widget suites: a session on a fresh SQLite file in a temporary folder with the
// real keychain, and helpers that set up integrations and organizations through the store.

#include "../core/coretestutil.h"
#include "model/integration.h"
#include "model/organization.h"
#include "secrets/keychainsecretstore.h"
#include "session/adminsession.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

#include <memory>

namespace guitest {

// The child widget of type T named `name` under `root`; fails the calling test when there is none
// (check QTest::currentTestFailed() before using a null result).
template <typename T>
inline T *child(QWidget *root, const QString &name) {
    auto *found = root->findChild<T *>(name);
    if (!found)
        QTest::qFail(qPrintable(QStringLiteral("no %1 named %2")
                                    .arg(QString::fromLatin1(T::staticMetaObject.className()), name)),
                     __FILE__, __LINE__);
    return found;
}

// Focuses a widget the way a click would, in an active window; offscreen, focus arrives through
// the event loop, so this waits for it (and fails the calling test when it never comes).
inline void focus(QWidget *widget) {
    widget->activateWindow();
    widget->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(widget->hasFocus());
}

// The value stored at one level (empty `org`: the default) as JSON: secrets as "<secret>",
// "<error>" when the store cannot be read, undefined when there is none.
inline QJsonValue storedValue(bifrost::Store &store, const QString &integration, const QString &org,
                              const QString &key) {
    auto values = store.configValues(integration, org);
    if (!values)
        return QJsonValue(QStringLiteral("<error>"));
    for (const bifrost::ConfigValue &v : std::as_const(*values)) {
        if (v.key == key)
            return v.isSecret() ? QJsonValue(QStringLiteral("<secret>")) : v.value;
    }
    return QJsonValue::Undefined;
}

// One field of every type, with the properties the form's editors use: a required string with
// a label, description, pattern and placeholder, an int with bounds, a bool, a json, a secret and
// a string with options.
inline bifrost::Schema everyTypeSchema() {
    using bifrost::FieldType;
    using coretest::makeField;
    bifrost::SchemaField url = makeField(QStringLiteral("url"), FieldType::String, true);
    url.label = QStringLiteral("Base URL");
    url.description = QStringLiteral("Where the API lives");
    url.pattern = QStringLiteral("https://.+");
    url.placeholder = QStringLiteral("https://api.example.com");
    bifrost::SchemaField timeout = makeField(QStringLiteral("timeout"), FieldType::Int);
    timeout.min = 1;
    timeout.max = 3600;
    bifrost::SchemaField region = makeField(QStringLiteral("region"), FieldType::String);
    region.options = {QStringLiteral("eu"), QStringLiteral("us")};
    return {url,
            timeout,
            makeField(QStringLiteral("verbose"), FieldType::Bool),
            makeField(QStringLiteral("extra"), FieldType::Json),
            makeField(QStringLiteral("api_key"), FieldType::Secret),
            region};
}

// One database, its store and the session the widgets use. Create it in init() and reset it in
// cleanup(), so every test function starts from an empty database.
class Fixture {
public:
    Fixture() {
        auto opened = bifrost::Store::open(m_dir.filePath(QStringLiteral("bifrost.db")), &m_secrets);
        if (!opened) {
            m_error = opened.error().message;
            return;
        }
        m_store = std::move(*opened);
        m_session = std::make_unique<bifrost::AdminSession>(m_store.get());
    }
    ~Fixture() {
        m_session.reset(); // the undo stack may still hold commands that refer to the store
        m_store.reset();
    }
    Fixture(const Fixture &) = delete;
    Fixture &operator=(const Fixture &) = delete;

    bool ok() const { return m_store != nullptr; }
    QString error() const { return m_error; }
    QString path() const { return m_dir.filePath(QStringLiteral("bifrost.db")); }
    bifrost::Store &store() const { return *m_store; }
    bifrost::AdminSession *session() const { return m_session.get(); }
    bifrost::SecretStore *secrets() { return &m_secrets; }

    // An integration with `schema`; fails the calling test (check QTest::currentTestFailed()).
    bifrost::Integration integration(const QString &name, const bifrost::Schema &schema = {}) {
        bifrost::IntegrationFields fields;
        fields.name = name;
        auto created = m_store->createIntegration(fields);
        if (!created) {
            QTest::qFail(qPrintable(created.error().message), __FILE__, __LINE__);
            return {};
        }
        if (!schema.isEmpty()) {
            auto set = m_store->setSchema(name, schema, bifrost::SchemaWrite::Apply);
            if (!set) {
                QTest::qFail(qPrintable(set.error().message), __FILE__, __LINE__);
                return {};
            }
        }
        auto loaded = m_store->integration(name);
        return loaded ? *loaded : bifrost::Integration{};
    }

    bifrost::Organization organization(const QString &name) {
        auto added = m_store->addOrganization(name);
        if (!added) {
            QTest::qFail(qPrintable(added.error().message), __FILE__, __LINE__);
            return {};
        }
        return *added;
    }

private:
    QTemporaryDir m_dir;
    bifrost::KeychainSecretStore m_secrets;
    std::unique_ptr<bifrost::Store> m_store;
    std::unique_ptr<bifrost::AdminSession> m_session;
    QString m_error;
};

} // namespace guitest
