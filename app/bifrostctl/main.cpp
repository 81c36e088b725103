// bifrostctl: the command-line face of Bifrost Admin. Parses, calls core, prints.
#include "commands.h"
#include "common/translations.h"
#include "output.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("bifrost-admin"));
    QCoreApplication::setApplicationName(QStringLiteral("bifrostctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BIFROST_VERSION));
    bifrost::installTranslations(app);

    using namespace bifrost::cli;
    Context context;
    QStringList rest;
    QString error;
    if (!parseGlobal(QCoreApplication::arguments().mid(1), context.global, rest, error))
        return usageError(error);
    if (context.global.version) {
        printLine(QStringLiteral("bifrostctl %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    // `help` itself is a command of the table (help COMMAND, help --man: completion.cpp).
    if (context.global.help || rest.isEmpty()) {
        printLine(helpText());
        return 0;
    }
    const CommandSpec *command = matchCommand(commands(), rest, error);
    if (!command)
        return usageError(error);
    Parsed parsed;
    const QStringList args = rest.mid(command->words.size());
    if (args.contains(QStringLiteral("--help"))) {
        printLine(command->usage() + QStringLiteral("\n\n") + command->summary);
        return 0;
    }
    if (!parseCommand(*command, args, parsed, error))
        return usageError(error);
    return command->handler(context, parsed);
}
