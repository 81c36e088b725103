#pragma once

#include "common/result.h"

#include <QString>

namespace bifrost {

// Where a database lives, as given by --db, BIFROST_DB or Preferences:
//   PATH or sqlite:PATH                              an SQLite file (the single-admin default)
//   postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=M]  a shared PostgreSQL database (team mode);
//   postgres:// is accepted too. PORT defaults to 5432, USER to the OS user.
// A password in the URL is refused (InvalidInput, field "db"): it would show in the process list
// and in shell history. It comes from the OS keychain, PGPASSFILE (~/.pgpass) or a prompt.
struct DatabaseLocation {
    enum class Engine { Sqlite, PostgreSql };

    Engine engine = Engine::Sqlite;
    QString path;     // SQLite: the file, absolute
    QString host;     // PostgreSQL
    int port = 5432;  // PostgreSQL
    QString user;     // PostgreSQL: the login role, also the admin the history records
    QString database; // PostgreSQL
    QString sslMode;  // PostgreSQL: libpq's sslmode, empty for libpq's default

    static Result<DatabaseLocation> parse(const QString &text);

    bool isPostgres() const { return engine == Engine::PostgreSql; }
    // For messages and window titles; never holds a password. SQLite: the path;
    // PostgreSQL: postgresql://USER@HOST:PORT/DBNAME.
    QString display() const;
    // The keychain entry that remembers this login's password: "postgresql/USER@HOST:PORT/DBNAME".
    QString passwordKey() const;
};

} // namespace bifrost
