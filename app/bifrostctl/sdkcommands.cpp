// bifrostctl: `sdk generate` (a Python SDK from an OpenAPI spec) and `sdk runtime`.
#include "commands.h"
#include "commandutil.h"
#include "openapi/sdkgenerator.h"
#include "output.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

namespace bifrost::cli {

namespace {

using namespace bifrost::openapi;

void warn(const QString &message) {
    QString line = QStringLiteral("bifrostctl: warning: ") + message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QString fieldText(const SchemaField &f) {
    if (f.isSecret())
        return Text::tr("%1 (secret)").arg(f.key);
    return f.required ? Text::tr("%1 (%2, required)").arg(f.key, fieldTypeName(f.type))
                      : Text::tr("%1 (%2)").arg(f.key, fieldTypeName(f.type));
}

QJsonArray toArray(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

// The commands that give the added fields their values, shell-quoted where a name needs it.
// header_name is left out when its default was just set: it only needs a value to differ.
QStringList setCommands(const GeneratedSdk &sdk, const SdkInstallReport &report) {
    QString name = sdk.integration;
    if (name.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]"))))
        name = QLatin1Char('\'') + name + QLatin1Char('\'');
    QStringList commands;
    for (const QString &key : report.addedFields) {
        if (key == QLatin1String("header_name") &&
            !report.setDefaults.filter(QRegularExpression(QStringLiteral("^header_name = "))).isEmpty())
            continue;
        bool secret = false;
        for (const SchemaField &f : sdk.fieldsNeeded)
            secret = secret || (f.key == key && f.isSecret());
        const QString value = key == QLatin1String("base_url")      ? QStringLiteral("URL")
                              : key == QLatin1String("header_name") ? QStringLiteral("HEADER")
                                                                    : QStringLiteral("VALUE");
        commands << (secret ? QStringLiteral("bifrostctl config set %1 %2 --stdin").arg(name, key)
                            : QStringLiteral("bifrostctl config set %1 %2 %3").arg(name, key, value));
    }
    return commands;
}

int sdkGenerate(Context &ctx, const Parsed &p) {
    const QString integration = p.value(QStringLiteral("integration"));
    const QString spec = p.value(QStringLiteral("spec"));
    if (integration.trimmed().isEmpty())
        return usageError(Text::tr("sdk generate needs --integration NAME (the integration the SDK reads its "
                                   "settings from)"));
    if (spec.trimmed().isEmpty())
        return usageError(Text::tr("sdk generate needs --spec FILE or --spec URL (an OpenAPI or Swagger "
                                   "document, JSON or YAML)"));
    SdkRequest request;
    request.integration = integration;
    request.spec = spec;
    request.package = p.value(QStringLiteral("package"));
    if (p.has(QStringLiteral("package")) && request.package.trimmed().isEmpty())
        return usageError(Text::tr("--package needs a Python package name; leave it out to derive one from "
                                   "the integration name"));
    if (p.has(QStringLiteral("auth"))) {
        request.auth = parseSdkAuth(p.value(QStringLiteral("auth")));
        if (!request.auth)
            return usageError(Text::tr("--auth \"%1\" is not one of oauth, bearer, api_key, basic, none")
                                  .arg(p.value(QStringLiteral("auth"))));
    }
    const QString outDir =
        p.has(QStringLiteral("out")) ? p.value(QStringLiteral("out")) : QStringLiteral("modules");
    if (outDir.trimmed().isEmpty())
        return usageError(Text::tr("--out needs a folder; leave it out for ./modules"));
    const bool dryRun = p.has(QStringLiteral("dry-run"));
    const bool json = p.has(QStringLiteral("json"));

    // The integration first: an unknown name fails before a download or a long parse.
    auto store = ctx.openStore();
    OR_FAIL(store);
    auto found = (*store)->integration(integration);
    OR_FAIL(found);
    // Its exact name is what the SDK looks up at run time (the user may have given its id).
    request.integration = found->name;

    auto sdk = generateSdk(request);
    OR_FAIL(sdk);
    for (const QString &w : std::as_const(sdk->warnings))
        warn(w);
    auto installed = installSdk(**store, *sdk, outDir, p.has(QStringLiteral("force")), dryRun);
    OR_FAIL(installed);

    QStringList addedText;
    for (const QString &key : std::as_const(installed->addedFields)) {
        for (const SchemaField &f : std::as_const(sdk->fieldsNeeded)) {
            if (f.key == key)
                addedText << fieldText(f);
        }
    }
    const QStringList commands = setCommands(*sdk, *installed);

    if (json) {
        QJsonArray operations;
        for (const OperationSummary &op : std::as_const(sdk->operations))
            operations.append(QJsonObject{{QStringLiteral("function"), op.function},
                                          {QStringLiteral("method"), op.method},
                                          {QStringLiteral("path"), op.path},
                                          {QStringLiteral("summary"), op.summary}});
        printJson(QJsonObject{
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("integration"), sdk->integration},
            {QStringLiteral("package"), sdk->package},
            {QStringLiteral("package_dir"), installed->packageDir},
            {QStringLiteral("title"), sdk->title},
            {QStringLiteral("version"), sdk->version},
            {QStringLiteral("spec_version"), sdk->specVersion},
            {QStringLiteral("server_url"), sdk->serverUrl},
            {QStringLiteral("auth"), sdkAuthName(sdk->auth)},
            {QStringLiteral("auth_reason"), sdk->authReason},
            {QStringLiteral("operations"), operations},
            {QStringLiteral("models"), sdk->modelCount},
            {QStringLiteral("warnings"), toArray(sdk->warnings)},
            {QStringLiteral("added_fields"), toArray(installed->addedFields)},
            {QStringLiteral("set_defaults"), toArray(installed->setDefaults)},
            {QStringLiteral("notes"), toArray(installed->notes)},
            {QStringLiteral("set_commands"), toArray(commands)},
            {QStringLiteral("files"), toArray(installed->writtenFiles)},
            {QStringLiteral("usage_example"), sdk->usageExample},
        });
        return 0;
    }

    QStringList out;
    const QString title = sdk->title.isEmpty() ? sdk->package : sdk->title;
    const QString format =
        sdk->specVersion.startsWith(QLatin1Char('2')) ? QStringLiteral("Swagger") : QStringLiteral("OpenAPI");
    out << (dryRun ? Text::tr("Would generate %1 (%2, %3 %4) into %5")
                   : Text::tr("Generated %1 (%2, %3 %4) into %5"))
               .arg(title, sdk->version.isEmpty() ? QStringLiteral("?") : sdk->version, format,
                    sdk->specVersion, installed->packageDir);
    out << Text::tr("Operations: %1; models: %2").arg(sdk->operations.size()).arg(sdk->modelCount);
    out << Text::tr("Auth: %1 (from %2)").arg(sdkAuthName(sdk->auth), sdk->authReason);
    if (!sdk->warnings.isEmpty())
        out << Text::tr("Skipped: %n item(s), listed as warnings on stderr", nullptr,
                        int(sdk->warnings.size()));
    if (addedText.isEmpty())
        out << Text::tr("Schema fields: the integration has every field the SDK reads.");
    else
        out << (dryRun ? Text::tr("Would add schema fields: %1") : Text::tr("Added schema fields: %1"))
                   .arg(addedText.join(QStringLiteral(", ")))
            << Text::tr("Set them with: %1").arg(commands.join(QStringLiteral("; ")));
    for (const QString &d : std::as_const(installed->setDefaults))
        out << (dryRun ? Text::tr("Would set default: %1") : Text::tr("Set default: %1")).arg(d);
    for (const QString &n : std::as_const(installed->notes))
        out << Text::tr("Note: %1").arg(n);
    if (sdk->auth == SdkAuth::OAuth)
        out << Text::tr(
                   "OAuth: the SDK sends the integration's OAuth token; configure it with `bifrostctl oauth "
                   "set %1 ...` and `bifrostctl oauth connect %1`.")
                   .arg(sdk->integration);
    if (!sdk->usageExample.isEmpty())
        out << QString()
            << Text::tr("Usage (with %1 on sys.path, or from its parent folder `from %2 import %3`):")
                   .arg(QDir::toNativeSeparators(QFileInfo(installed->packageDir).absolutePath()),
                        QFileInfo(QFileInfo(installed->packageDir).absolutePath()).fileName(), sdk->package)
            << sdk->usageExample.trimmed();
    if (dryRun)
        out << QString() << Text::tr("Nothing was written (dry run).");
    for (const QString &line : std::as_const(out))
        printLine(line);
    return 0;
}

int sdkRuntime(Context &, const Parsed &p) {
    const QString outDir =
        p.has(QStringLiteral("out")) ? p.value(QStringLiteral("out")) : QStringLiteral("modules");
    if (outDir.trimmed().isEmpty())
        return usageError(Text::tr("--out needs a folder; leave it out for ./modules"));
    auto installed = installRuntime(outDir);
    OR_FAIL(installed);
    printLine(
        Text::tr("Wrote the bifrost runtime (%n file(s)) to %1", nullptr, int(installed->writtenFiles.size()))
            .arg(installed->packageDir));
    return 0;
}

} // namespace

const QList<CommandSpec> &sdkCommands() {
    static const QList<CommandSpec> list = {
        {words("sdk", "generate"),
         {},
         {valued("integration", "NAME"), valued("spec", "FILE|URL"), valued("out", "DIR"),
          valued("package", "NAME"), valued("auth", "oauth|bearer|api_key|basic|none"), flag("force"),
          flag("dry-run"), flag("json")},
         Text::tr(
             "Generate a typed async Python SDK from an OpenAPI 3.x or Swagger 2.0 spec (file, https URL, or "
             "http on loopback) into DIR/PACKAGE (default modules/<integration in snake case>), with the "
             "bifrost runtime beside it; adds the schema fields it reads (base_url and the auth's) when "
             "missing, never removing any. --auth defaults to the spec's security scheme; --force replaces a "
             "folder bifrostctl did not generate; --dry-run writes nothing."),
         sdkGenerate},
        {words("sdk", "runtime"),
         {},
         {valued("out", "DIR")},
         Text::tr(
             "Write only the bifrost Python runtime to DIR/bifrost (default modules/bifrost), replacing an "
             "older copy."),
         sdkRuntime},
    };
    return list;
}

} // namespace bifrost::cli
