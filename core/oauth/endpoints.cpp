#include "endpoints.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonValue>
#include <QRegularExpression>

namespace bifrost::oauth {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OAuth)
};

// One literal run or one {placeholder} of a URL template.
struct Piece {
    bool placeholder = false;
    QString text; // the literal, or the placeholder's name without braces
};

const QString &configPrefix() {
    static const QString prefix = QStringLiteral("config.");
    return prefix;
}

bool isFieldKey(const QString &key) {
    // The schema's key rule (ARCHITECTURE.md §2).
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z_][A-Za-z0-9_]{0,99}")));
    return re.match(key).hasMatch();
}

// Splits a URL template into literals and placeholders; only {entity_id} and {config.KEY} exist.
Result<QList<Piece>> parseTemplate(const QString &url, const QString &field) {
    QList<Piece> pieces;
    QString literal;
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url.at(i);
        if (c == u'}')
            return Error::invalid(
                Text::tr("%1 \"%2\" has a '}' without a matching '{'; placeholders are written {entity_id} "
                         "or {config.KEY}")
                    .arg(field, url),
                field);
        if (c != u'{') {
            literal += c;
            continue;
        }
        const qsizetype end = url.indexOf(u'}', i + 1);
        if (end < 0)
            return Error::invalid(
                Text::tr("%1 \"%2\" has a '{' that is never closed; placeholders are written {entity_id} "
                         "or {config.KEY}")
                    .arg(field, url),
                field);
        const QString name = url.mid(i + 1, end - i - 1);
        const bool known = name == u"entity_id" ||
                           (name.startsWith(configPrefix()) && isFieldKey(name.mid(configPrefix().size())));
        if (!known)
            return Error::invalid(Text::tr("%1 \"%2\" has an unknown placeholder {%3}; the placeholders are "
                                           "{entity_id} and {config.KEY}, KEY being a schema field")
                                      .arg(field, url, name),
                                  field);
        if (!literal.isEmpty())
            pieces << Piece{false, literal};
        literal.clear();
        pieces << Piece{true, name};
        i = end;
    }
    if (!literal.isEmpty())
        pieces << Piece{false, literal};
    return pieces;
}

QString joinWith(const QList<Piece> &pieces, const QString &stand) {
    QString out;
    for (const Piece &p : pieces)
        out += p.placeholder ? stand : p.text;
    return out;
}

Error mustUseHttps(const QString &url, const QString &field) {
    return Error::invalid(Text::tr("%1 \"%2\" must use https (plain http is allowed only for loopback hosts "
                                   "such as 127.0.0.1)")
                              .arg(field, url),
                          field);
}

// The scheme and host rules on a URL without placeholders (`hostTemplated`: the host holds one).
Result<void> checkConcreteUrl(const QString &shown, const QString &probe, bool hostTemplated,
                              const QString &field) {
    for (const QChar c : probe) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return Error::invalid(
                Text::tr("%1 \"%2\" contains a space or control character; percent-encode it (%20)")
                    .arg(field, shown),
                field);
    }
    const QUrl url(probe, QUrl::StrictMode);
    if (!url.isValid())
        return Error::invalid(Text::tr("%1 \"%2\" is not a valid URL; write a full https URL such as "
                                       "https://login.example.com/oauth2/token")
                                  .arg(field, shown),
                              field);
    if (url.scheme().isEmpty())
        return Error::invalid(Text::tr("%1 \"%2\" is not a full URL; write it with https://, such as "
                                       "https://login.example.com/oauth2/token")
                                  .arg(field, shown),
                              field);
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return mustUseHttps(shown, field);
    if (url.host().isEmpty())
        return Error::invalid(Text::tr("%1 \"%2\" has no host; write a full URL such as "
                                       "https://login.example.com/oauth2/token")
                                  .arg(field, shown),
                              field);
    if (scheme == u"http" && (hostTemplated || !isLoopbackHost(url.host())))
        return mustUseHttps(shown, field);
    if (!url.userInfo().isEmpty())
        return Error::invalid(
            Text::tr("%1 \"%2\" contains a user name or password; credentials never go into "
                     "an OAuth URL: set the client id and secret instead")
                .arg(field, shown),
            field);
    if (url.hasFragment())
        return Error::invalid(
            Text::tr("%1 \"%2\" has a fragment (#...), which OAuth endpoints must not have (RFC 6749 §3.1); "
                     "remove it")
                .arg(field, shown),
            field);
    return {};
}

// A placeholder's value as text; objects, arrays and null have no text form.
std::optional<QString> plainText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        return double(i) == d ? QString::number(i) : QString::number(d);
    }
    default:
        return std::nullopt;
    }
}

QString scopeDescription(const IntegrationData &data) {
    return data.organization ? Text::tr("organization \"%1\"").arg(data.organization->name)
                             : Text::tr("the global scope");
}

Result<QString> placeholderValue(const QString &name, const QString &url, const QString &field,
                                 const IntegrationData &data) {
    if (name == u"entity_id") {
        if (!data.entityId.isEmpty())
            return data.entityId;
        if (data.organization)
            return Error::invalid(
                Text::tr("%1 needs {entity_id}, but organization \"%2\" has no entity id and the integration "
                         "no default entity id; set one with `bifrostctl mapping set %3 --org \"%2\" "
                         "--entity-id ID` or `bifrostctl integration update %3 --default-entity-id ID`")
                    .arg(field, data.organization->name, data.name),
                field);
        return Error::invalid(
            Text::tr("%1 needs {entity_id}, but integration \"%2\" has no default entity id; "
                     "set one with `bifrostctl integration update %2 --default-entity-id ID` "
                     "or name an organization that has a mapping")
                .arg(field, data.name),
            field);
    }
    const QString key = name.mid(configPrefix().size());
    if (data.secretKeys.contains(key))
        return Error::invalid(
            Text::tr("%1 \"%2\" uses {config.%3}, but \"%3\" is a secret field; secrets are "
                     "never put into URLs: use a string field for the URL part")
                .arg(field, url, key),
            field);
    const auto found = data.config.constFind(key);
    if (found == data.config.constEnd())
        return Error::invalid(
            Text::tr("%1 needs {config.%2}, but \"%2\" has no value for %3 (or is not a field "
                     "of integration \"%4\"); set it with `bifrostctl config set %4 %2 VALUE`")
                .arg(field, key, scopeDescription(data), data.name),
            field);
    const auto text = plainText(found.value());
    if (!text)
        return Error::invalid(
            Text::tr("%1 uses {config.%2}, but the value of \"%2\" is not text, a number or a "
                     "boolean; use a string field for the URL part")
                .arg(field, key),
            field);
    if (text->trimmed().isEmpty())
        return Error::invalid(Text::tr("%1 needs {config.%2}, but \"%2\" is empty for %3; set it with "
                                       "`bifrostctl config set %4 %2 VALUE`")
                                  .arg(field, key, scopeDescription(data), data.name),
                              field);
    return text->trimmed();
}

Error notSet(const QString &field, const QString &integration, const QString &option) {
    return Error::invalid(Text::tr("%1 is not set in the OAuth settings of integration \"%2\"; set it with "
                                   "`bifrostctl oauth set %2 ... %3` or on the OAuth tab")
                              .arg(field, integration, option),
                          field);
}

} // namespace

bool isLoopbackHost(const QString &host) {
    QString h = host.trimmed().toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h == u"localhost")
        return true;
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

Result<void> checkEndpointUrl(const QString &url, const QString &field) {
    if (url.trimmed().isEmpty())
        return Error::invalid(Text::tr("%1 is empty; give a full https URL").arg(field), field);
    auto pieces = parseTemplate(url, field);
    if (!pieces)
        return pieces.error();
    // A URL that starts with a placeholder takes its scheme and host from configuration (a base
    // URL field); it can only be checked once filled, which fillUrlTemplate does.
    if (!pieces->isEmpty() && pieces->first().placeholder)
        return {};
    // Stand-ins that are valid in a host and a path; two of them show whether the host holds one.
    const QString probe = joinWith(*pieces, QStringLiteral("x"));
    const bool hostTemplated = QUrl(probe).host() != QUrl(joinWith(*pieces, QStringLiteral("y"))).host();
    return checkConcreteUrl(url, probe, hostTemplated, field);
}

Result<QString> fillUrlTemplate(const QString &url, const QString &field, const IntegrationData &data) {
    auto pieces = parseTemplate(url, field);
    if (!pieces)
        return pieces.error();
    QString filled;
    for (qsizetype i = 0; i < pieces->size(); ++i) {
        const Piece &p = pieces->at(i);
        if (!p.placeholder) {
            filled += p.text;
            continue;
        }
        auto value = placeholderValue(p.text, url, field, data);
        if (!value)
            return value.error();
        if (i == 0) {
            // A leading placeholder is a base URL (scheme, host, maybe a path): inserted as it is,
            // without a trailing '/' when the template goes on with one.
            QString base = *value;
            if (i + 1 < pieces->size() && pieces->at(i + 1).text.startsWith(u'/'))
                while (base.endsWith(u'/'))
                    base.chop(1);
            filled += base;
        } else {
            filled += QString::fromLatin1(QUrl::toPercentEncoding(*value));
        }
    }
    if (filled.contains(u'{') || filled.contains(u'}'))
        return Error::invalid(
            Text::tr("%1 \"%2\" contains '{' or '}' after its placeholders were filled; check the base URL "
                     "it is built from")
                .arg(field, filled),
            field);
    if (auto checked = checkConcreteUrl(filled, filled, false, field); !checked)
        return checked.error();
    return filled;
}

Result<ResolvedOAuth> resolveSettings(const OAuthSettings &settings, const IntegrationData &data,
                                      const QString &clientSecret) {
    // Settings saved from a preset may still lack what only the user can supply (client id,
    // secret, the generic preset's URLs): every flow passes here, so they are checked here.
    if (settings.clientId.trimmed().isEmpty())
        return notSet(QStringLiteral("client_id"), data.name, QStringLiteral("--client-id ID"));
    if (settings.authMethod != ClientAuthMethod::None && clientSecret.isEmpty())
        return Error::invalid(
            Text::tr("client_secret is not set for integration \"%1\", but its client "
                     "authentication is %2; pass --client-secret-stdin to `bifrostctl oauth "
                     "set` or use --auth-method none")
                .arg(data.name, clientAuthMethodName(settings.authMethod)),
            QStringLiteral("client_secret"));
    if (settings.tokenUrl.isEmpty())
        return notSet(QStringLiteral("token_url"), data.name, QStringLiteral("--token-url URL"));
    if (settings.flow == OAuthFlow::AuthorizationCode && settings.authorizeUrl.isEmpty())
        return notSet(QStringLiteral("authorize_url"), data.name, QStringLiteral("--authorize-url URL"));
    if (settings.flow == OAuthFlow::DeviceCode && settings.deviceAuthorizationUrl.isEmpty())
        return notSet(QStringLiteral("device_authorization_url"), data.name,
                      QStringLiteral("--device-authorization-url URL"));

    ResolvedOAuth resolved{settings, clientSecret};
    struct Target {
        QString *url;
        const char *field;
    };
    for (const Target &t : {Target{&resolved.settings.authorizeUrl, "authorize_url"},
                            Target{&resolved.settings.tokenUrl, "token_url"},
                            Target{&resolved.settings.revokeUrl, "revoke_url"},
                            Target{&resolved.settings.deviceAuthorizationUrl, "device_authorization_url"}}) {
        if (t.url->isEmpty())
            continue;
        auto filled = fillUrlTemplate(*t.url, QString::fromLatin1(t.field), data);
        if (!filled)
            return filled.error();
        *t.url = *filled;
    }
    return resolved;
}

} // namespace bifrost::oauth
