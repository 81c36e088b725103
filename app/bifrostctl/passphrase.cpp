#include "passphrase.h"

#include "commandutil.h"
#include "secrets/crypto.h"
#include "secrets/vaultsecretstore.h"

#include <QByteArray>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace bifrost::cli {

namespace {

// Every read of stdin goes through the C stream `stdin`, so that a line taken here and the rest
// taken by readStdinRest() come from one buffer in order.
struct StdinState {
    bool vaultLineReserved = false;
    std::optional<Result<QString>> vaultLine; // read on demand, once
};

StdinState &stdinState() {
    static StdinState state;
    return state;
}

// One line of `stdin` without its "\n" or "\r\n"; nullopt at end of input before any byte.
std::optional<QByteArray> readLine() {
    QByteArray line;
    bool any = false;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        any = true;
        if (c == '\n')
            break;
        line.append(char(c));
    }
    if (!any)
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// The reserved vault passphrase line comes first, whoever reads stdin first.
void takeReservedLine() {
    StdinState &state = stdinState();
    if (!state.vaultLineReserved || state.vaultLine)
        return;
    auto line = readLine();
    if (!line) {
        state.vaultLine = Result<QString>(Error::invalid(
            Text::tr("--passphrase-stdin: standard input ended before the vault passphrase line; pipe the "
                     "passphrase as the first line"),
            QStringLiteral("passphrase")));
        return;
    }
    QString text = QString::fromUtf8(*line);
    crypto::wipe(*line);
    state.vaultLine = Result<QString>(std::move(text));
}

// The terminal's settings while echo is off, restored on every way out, Ctrl-C included.
int g_ttyFd = -1;
termios g_savedTermios{};

void restoreTerminal() {
    if (g_ttyFd >= 0)
        ::tcsetattr(g_ttyFd, TCSAFLUSH, &g_savedTermios);
}

extern "C" void onInterrupt(int signal) {
    restoreTerminal();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Reads one line from the terminal with echo off.
std::optional<QByteArray> readHidden(int fd, const QByteArray &prompt) {
    (void)!::write(fd, prompt.constData(), size_t(prompt.size()));
    termios hidden{};
    const bool haveTermios = ::tcgetattr(fd, &g_savedTermios) == 0;
    void (*previousInt)(int) = SIG_DFL;
    void (*previousTerm)(int) = SIG_DFL;
    if (haveTermios) {
        hidden = g_savedTermios;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= ICANON;
        g_ttyFd = fd;
        previousInt = std::signal(SIGINT, onInterrupt);
        previousTerm = std::signal(SIGTERM, onInterrupt);
        ::tcsetattr(fd, TCSAFLUSH, &hidden);
    }
    QByteArray line;
    bool ended = false;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n <= 0) {
            ended = line.isEmpty();
            break;
        }
        if (c == '\n' || c == '\r')
            break;
        line.append(c);
    }
    if (haveTermios) {
        restoreTerminal();
        g_ttyFd = -1;
        std::signal(SIGINT, previousInt);
        std::signal(SIGTERM, previousTerm);
    }
    (void)!::write(fd, "\n", 1);
    if (ended)
        return std::nullopt;
    return line;
}

} // namespace

void reserveVaultPassphraseLine() {
    stdinState().vaultLineReserved = true;
}

Result<QString> vaultPassphraseLine() {
    takeReservedLine();
    StdinState &state = stdinState();
    if (!state.vaultLine)
        return Error::internal(QStringLiteral("the vault passphrase line was not reserved"));
    return *state.vaultLine;
}

Result<QString> readStdinLine(const QString &what) {
    takeReservedLine();
    auto line = readLine();
    if (!line)
        return Error::invalid(Text::tr("standard input ended before %1; pipe it as a line").arg(what),
                              QStringLiteral("passphrase"));
    QString text = QString::fromUtf8(*line);
    crypto::wipe(*line);
    return text;
}

Result<QString> readStdinRest() {
    takeReservedLine();
    QByteArray bytes;
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0;)
        bytes.append(buffer, qsizetype(n));
    if (std::ferror(stdin))
        return Error::external(Text::tr("cannot read standard input"));
    // One trailing newline, as `echo` and most editors add, is not part of the value.
    if (bytes.endsWith("\r\n"))
        bytes.chop(2);
    else if (bytes.endsWith('\n'))
        bytes.chop(1);
    QString text = QString::fromUtf8(bytes);
    crypto::wipe(bytes);
    return text;
}

bool terminalAvailable() {
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

Result<QString> promptPassphrase(const QString &prompt, bool confirm) {
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return Error::invalid(
            Text::tr("a passphrase is needed and there is no terminal to ask for it; pipe it with "
                     "--passphrase-stdin"),
            QStringLiteral("passphrase"));
    auto first = readHidden(fd, prompt.toUtf8());
    if (!first) {
        ::close(fd);
        return Error::invalid(Text::tr("no passphrase was entered"), QStringLiteral("passphrase"));
    }
    if (confirm) {
        auto second = readHidden(fd, Text::tr("Repeat the passphrase: ").toUtf8());
        const bool same = second && crypto::equalConstantTime(*first, *second);
        if (second)
            crypto::wipe(*second);
        if (!same) {
            crypto::wipe(*first);
            ::close(fd);
            return Error::invalid(Text::tr("the two passphrases differ; nothing was changed, try again"),
                                  QStringLiteral("passphrase"));
        }
    }
    ::close(fd);
    QString text = QString::fromUtf8(*first);
    crypto::wipe(*first);
    return text;
}

Result<void> checkNewPassphrase(const QString &passphrase, const QString &field) {
    if (passphrase.size() < VaultSecretStore::minimumPassphraseLength)
        return Error::invalid(Text::tr("the new passphrase is too short: use at least %1 characters")
                                  .arg(VaultSecretStore::minimumPassphraseLength),
                              field);
    return {};
}

} // namespace bifrost::cli
