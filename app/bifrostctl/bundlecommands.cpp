// bifrostctl export and import: bundles of integrations (core/bundle/bundle.h).
#include "bundle/bundle.h"
#include "commands.h"
#include "commandutil.h"
#include "passphrase.h"
#include "secrets/crypto.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bifrost::cli {

namespace {

Result<QString> bundlePassphrase(const Parsed &p, bool creating) {
    Result<QString> passphrase = p.has(QStringLiteral("passphrase-stdin"))
                                     ? readStdinLine(Text::tr("the bundle passphrase"))
                                     : promptPassphrase(Text::tr("Bundle passphrase: "), creating);
    if (!passphrase)
        return passphrase;
    if (creating) {
        if (auto ok = checkNewPassphrase(*passphrase, QStringLiteral("passphrase")); !ok)
            return ok.error();
    }
    return passphrase;
}

Error writeError(const QString &path, int error) {
    return Error::external(Text::tr("cannot write the bundle %1: %2; check the folder and its free space")
                               .arg(path, QString::fromLocal8Bit(std::strerror(error))));
}

// Writes the file owner-only and atomically: a temporary file in the same folder, synced, then
// linked (no overwrite) or renamed (--force) into place, so a reader never sees half a bundle.
Result<void> writeBundleFile(const QString &path, const QByteArray &bytes, bool force) {
    const QFileInfo info(path);
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    const QByteArray temp = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                                              QStringLiteral(".tmp-") + QString::number(::getpid()));
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return writeError(path, errno);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(temp.constData());
            return writeError(path, error);
        }
        written += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int error = errno;
        ::unlink(temp.constData());
        return writeError(path, error);
    }
    const int placed =
        force ? ::rename(temp.constData(), target.constData()) : ::link(temp.constData(), target.constData());
    const int error = errno;
    if (!force || placed != 0)
        ::unlink(temp.constData());
    if (placed != 0) {
        if (error == EEXIST)
            return Error::conflict(Text::tr("the file %1 exists already; remove it, choose another --out, or "
                                            "pass --force to overwrite it")
                                       .arg(path));
        return writeError(path, error);
    }
    const int dir =
        ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

int exportCommand(Context &ctx, const Parsed &p) {
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(Text::tr("export needs --out FILE, the bundle to write"));
    bundle::ExportOptions options;
    options.integrations = p.options.value(QStringLiteral("integration"));
    options.includeSecrets = !p.has(QStringLiteral("no-secrets"));
    options.includeTokens = p.has(QStringLiteral("include-tokens"));
    if (options.includeTokens && !options.includeSecrets)
        return usageError(
            Text::tr("--include-tokens and --no-secrets exclude each other: tokens are secrets"));
    const bool force = p.has(QStringLiteral("force"));
    if (!force && QFileInfo::exists(out))
        return fail(Error::conflict(Text::tr("the file %1 exists already; remove it, choose another --out, "
                                             "or pass --force to overwrite it")
                                        .arg(out)));

    auto store = ctx.openStore();
    OR_FAIL(store);
    QString passphrase;
    if (options.includeSecrets) {
        auto given = bundlePassphrase(p, true);
        OR_FAIL(given);
        passphrase = *given;
    }
    auto exported = bundle::exportBundle(**store, options, passphrase);
    crypto::wipe(passphrase);
    OR_FAIL(exported);
    auto written = writeBundleFile(out, exported->bytes, force);
    OR_FAIL(written);

    const QString integrations = Text::tr("%n integration(s)", nullptr, exported->integrationCount);
    const QString organizations = Text::tr("%n organization(s)", nullptr, exported->organizationCount);
    if (!options.includeSecrets) {
        printLine(
            Text::tr("Exported %1 and %2 to %3 without secret values; import lists the secrets to fill in.")
                .arg(integrations, organizations, out));
    } else {
        const QString secrets =
            Text::tr("%n secret value(s)", nullptr, exported->secretCount) +
            (options.includeTokens
                 ? Text::tr(" (OAuth tokens of %n connection(s) included)", nullptr, exported->tokenCount)
                 : QString());
        printLine(Text::tr("Exported %1, %2 and %3, encrypted with the passphrase, to %4.")
                      .arg(integrations, organizations, secrets, out));
    }
    return 0;
}

int importCommand(Context &ctx, const Parsed &p) {
    const QString path = p.positionals.at(0);
    bundle::ImportOptions options;
    options.dryRun = p.has(QStringLiteral("dry-run"));
    if (p.has(QStringLiteral("on-conflict"))) {
        auto mode = bundle::parseOnConflict(p.value(QStringLiteral("on-conflict")));
        OR_FAIL(mode);
        options.onConflict = *mode;
    }
    auto read = bundle::readBundleFile(path);
    OR_FAIL(read);
    const QByteArray &bytes = *read;
    auto info = bundle::inspectBundle(bytes);
    if (!info) {
        Error error = info.error();
        error.message = Text::tr("%1: %2").arg(path, error.message);
        return fail(error);
    }

    auto store = ctx.openStore();
    OR_FAIL(store);
    QString passphrase;
    if (info->sealed) {
        auto given = bundlePassphrase(p, false);
        OR_FAIL(given);
        passphrase = *given;
    }
    auto report = bundle::importBundle(**store, bytes, passphrase, options);
    crypto::wipe(passphrase);
    OR_FAIL(report);

    if (p.has(QStringLiteral("json"))) {
        printJson(report->toJson());
        return 0;
    }
    using Kind = bundle::PlannedChange::Kind;
    for (const bundle::PlannedChange &c : report->changes) {
        if (c.kind != Kind::Unchanged)
            printLine(c.describe());
    }
    for (const QString &w : report->warnings)
        printLine(Text::tr("note: %1").arg(w));
    if (!report->secretsToFill.isEmpty()) {
        printLine(Text::tr("Secrets to fill in (the bundle leaves them out):"));
        for (const QString &s : report->secretsToFill)
            printLine(QStringLiteral("  ") + s);
    }
    const int created = report->count(Kind::Create), changed = report->count(Kind::Change),
              removed = report->count(Kind::Remove), skipped = report->count(Kind::Skip),
              unchanged = report->count(Kind::Unchanged);
    const QString counts = Text::tr("%1 to create, %2 to change, %3 to remove, %4 skipped, %5 unchanged")
                               .arg(created)
                               .arg(changed)
                               .arg(removed)
                               .arg(skipped)
                               .arg(unchanged);
    if (options.dryRun) {
        printLine(Text::tr("Plan: %1.").arg(counts));
        printLine(Text::tr("Nothing was changed (dry run)."));
    } else {
        printLine(Text::tr("Imported %1: %2 created, %3 changed, %4 removed, %5 skipped, %6 unchanged.")
                      .arg(path)
                      .arg(created)
                      .arg(changed)
                      .arg(removed)
                      .arg(skipped)
                      .arg(unchanged));
    }
    return 0;
}

} // namespace

const QList<CommandSpec> &bundleCommands() {
    static const QList<CommandSpec> list = {
        {words("export"),
         {},
         {valued("out", "FILE"), repeated("integration", "NAME"), flag("no-secrets"), flag("include-tokens"),
          flag("passphrase-stdin"), flag("force")},
         Text::tr("Write integrations (all, or each --integration) with their organizations to a bundle file "
                  "(mode 0600); secret values are encrypted with a passphrase (prompted, or the next stdin "
                  "line with --passphrase-stdin) unless --no-secrets; OAuth tokens only with "
                  "--include-tokens; --force overwrites FILE."),
         exportCommand},
        {words("import"),
         {QStringLiteral("FILE")},
         {flag("dry-run"), valued("on-conflict", "skip|replace|merge"), flag("passphrase-stdin"),
          flag("json")},
         Text::tr(
             "Import a bundle all or nothing: prints what is created, changed, removed or skipped and the "
             "secrets to fill in; --dry-run changes nothing; an integration that exists is a conflict "
             "unless --on-conflict says what to do."),
         importCommand},
    };
    return list;
}

} // namespace bifrost::cli
