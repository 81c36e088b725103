#include "databaselocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <pwd.h>
#include <unistd.h>

namespace bifrost {

namespace {

// Every Store message shares the context "Store"; spelled out per file so that lupdate sees it.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

const QString field = QStringLiteral("db");

Error badUrl(const QString &problem) {
    return Error::invalid(Text::tr("the database URL is not valid: %1; write it as "
                                   "postgresql://USER@HOST:PORT/DBNAME")
                              .arg(problem),
                          field);
}

QString osUser() {
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

Result<DatabaseLocation> parsePostgres(const QString &text) {
    // The password check comes first and never quotes the text: the message must not repeat it.
    static const QRegularExpression withPassword(QStringLiteral("^[a-z]+://[^@/?#]*:[^@/?#]*@"),
                                                 QRegularExpression::CaseInsensitiveOption);
    if (withPassword.match(text).hasMatch())
        return Error::invalid(Text::tr("the database URL holds a password, which would show in the process "
                                       "list and the shell history; remove it from the URL and keep it in "
                                       "the keychain, in PGPASSFILE (~/.pgpass), or type it when asked"),
                              field);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return badUrl(url.errorString());
    if (!url.fragment().isEmpty())
        return badUrl(Text::tr("it has a fragment (#%1)").arg(url.fragment()));

    DatabaseLocation location;
    location.engine = DatabaseLocation::Engine::PostgreSql;
    location.host = url.host();
    if (location.host.isEmpty())
        return badUrl(Text::tr("the host is missing"));
    location.port = url.port(5432);
    if (location.port <= 0 || location.port > 65535)
        return badUrl(Text::tr("the port %1 is out of range (1-65535)").arg(location.port));
    location.user = url.userName(QUrl::FullyDecoded);
    if (location.user.isEmpty())
        location.user = osUser();
    if (location.user.isEmpty())
        return badUrl(Text::tr("the user is missing and the operating system user is unknown"));

    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(QLatin1Char('/')))
        database.remove(0, 1);
    if (database.isEmpty())
        return badUrl(Text::tr("the database name is missing (the part after the last \"/\")"));
    if (database.contains(QLatin1Char('/')))
        return badUrl(Text::tr("the database name \"%1\" contains \"/\"").arg(database));
    location.database = database;

    const QUrlQuery query(url);
    static const QStringList sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                         QStringLiteral("prefer"),    QStringLiteral("require"),
                                         QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("sslmode"))
            return badUrl(Text::tr("the parameter \"%1\" is not supported (only sslmode is)").arg(key));
        if (!sslModes.contains(value))
            return badUrl(
                Text::tr("sslmode \"%1\" is not one of %2").arg(value, sslModes.join(QStringLiteral(", "))));
        location.sslMode = value;
    }
    return location;
}

} // namespace

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(Text::tr("no database location given; give a file path or a "
                                       "postgresql://USER@HOST:PORT/DBNAME URL"),
                              field);
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const QString name = scheme.match(trimmed).captured(1).toLower();
    if (name == QLatin1String("postgresql") || name == QLatin1String("postgres")) {
        if (!trimmed.mid(name.size() + 1).startsWith(QLatin1String("//")))
            return badUrl(Text::tr("\"//\" is missing after \"%1:\"").arg(name));
        return parsePostgres(trimmed);
    }

    DatabaseLocation location;
    QString path = text;
    if (name == QLatin1String("sqlite")) {
        path = text.mid(7);
        // sqlite:///var/db.sqlite is the URL spelling of sqlite:/var/db.sqlite.
        if (path.startsWith(QLatin1String("///")))
            path.remove(0, 2);
        if (path.isEmpty())
            return Error::invalid(Text::tr("the location \"sqlite:\" names no file; write sqlite:PATH"),
                                  field);
    } else if (trimmed.contains(QLatin1String("://"))) {
        return Error::invalid(Text::tr("the database URL scheme \"%1\" is not supported; use a file path, "
                                       "sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME")
                                  .arg(name.isEmpty() ? trimmed.section(QLatin1String("://"), 0, 0) : name),
                              field);
    }
    location.path = QFileInfo(path).absoluteFilePath();
    return location;
}

QString DatabaseLocation::display() const {
    if (!isPostgres())
        return path;
    const QString shownHost =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    QString text = QStringLiteral("postgresql://%1@%2:%3/%4")
                       .arg(QString::fromUtf8(QUrl::toPercentEncoding(user)), shownHost)
                       .arg(port)
                       .arg(QString::fromUtf8(QUrl::toPercentEncoding(database)));
    // Kept so that the display form parses back to the same location (Preferences store it).
    if (!sslMode.isEmpty())
        text += QStringLiteral("?sslmode=") + sslMode;
    return text;
}

QString DatabaseLocation::passwordKey() const {
    return QStringLiteral("postgresql/%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace bifrost
