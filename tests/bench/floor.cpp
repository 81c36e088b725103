// bifrost-bench-floor: the floor under a `bifrostctl get` process. A bare Qt process that starts
// QCoreApplication, opens the SQLite file through Qt Sql and runs one query, and nothing else.
//
//   bifrost-bench-floor PATH [INTEGRATION]
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bifrost-bench-floor PATH [INTEGRATION]\n");
        return 2;
    }
    int code = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(args.at(1));
        if (!db.open()) {
            std::fprintf(stderr, "bifrost-bench-floor: %s\n", qUtf8Printable(db.lastError().text()));
            return 1;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, name FROM integrations WHERE name = ?"));
        q.addBindValue(args.value(2, QStringLiteral("integration-01")));
        if (!q.exec()) {
            std::fprintf(stderr, "bifrost-bench-floor: %s\n", qUtf8Printable(q.lastError().text()));
            code = 1;
        } else if (q.next()) {
            std::printf("%s %s\n", qUtf8Printable(q.value(0).toString()),
                        qUtf8Printable(q.value(1).toString()));
        } else {
            code = 3;
        }
    }
    QSqlDatabase::removeDatabase(QLatin1String(QSqlDatabase::defaultConnection));
    return code;
}
