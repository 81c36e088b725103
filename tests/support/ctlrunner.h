#pragma once

// Runs the real bifrostctl binary (path from the BIFROSTCTL environment variable, set by CTest)
// against a database in a temporary folder, the way scripts and workflows do.

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

struct CtlResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
};

// Waits for a started process and collects its result; one that outlives timeoutMs is killed and
// reported with exit code -1, so a hanging command fails its test instead of the whole suite.
inline CtlResult finishProcess(QProcess &p, int timeoutMs) {
    CtlResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

class CtlRunner {
public:
    explicit CtlRunner(const QString &dbPath)
        : m_db(dbPath)
        , m_env(QProcessEnvironment::systemEnvironment()) {}

    static QString program() { return qEnvironmentVariable("BIFROSTCTL"); }

    QProcessEnvironment &environment() { return m_env; }
    const QProcessEnvironment &environment() const { return m_env; }
    QString dbPath() const { return m_db; }
    // Runs bifrostctl in a new session, so it has no controlling terminal to prompt on, whatever
    // terminal the suite itself runs in.
    void setWithoutTerminal(bool without) { m_withoutTerminal = without; }

    // Runs `bifrostctl --db DB args...`, feeding `input` on stdin.
    CtlResult run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000) const {
        return runRaw(QStringList{QStringLiteral("--db"), m_db} + args, input, timeoutMs);
    }

    // Runs `bifrostctl args...` exactly as given (no --db), e.g. for --version or BIFROST_DB.
    CtlResult runRaw(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000) const {
        QProcess p;
        p.setProcessEnvironment(m_env);
        if (m_withoutTerminal)
            p.setChildProcessModifier([] { ::setsid(); });
        p.start(program(), args);
        if (!p.waitForStarted(timeoutMs))
            return {};
        p.write(input);
        p.closeWriteChannel();
        return finishProcess(p, timeoutMs);
    }

private:
    QString m_db;
    QProcessEnvironment m_env;
    bool m_withoutTerminal = false;
};

// QCOMPARE on an exit code with the process output in the failure message.
#define CTL_EXPECT(result, code)                                                                             \
    do {                                                                                                     \
        const CtlResult &r_ = (result);                                                                      \
        if (r_.exitCode != (code))                                                                           \
            qWarning("exit %d, expected %d\nstdout: %s\nstderr: %s", r_.exitCode, (code),                    \
                     r_.out.constData(), r_.err.constData());                                                \
        QCOMPARE(r_.exitCode, (code));                                                                       \
    } while (false)
