#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bifrost {

namespace {

// An installed catalogue wins over the compiled-in copy, so a distribution (or an admin) can ship
// corrected or additional languages without rebuilding the programs. The folder is found relative
// to the executable (BIFROST_TRANSLATIONS_FROM_BINDIR, computed by CMake from the install layout),
// so a package relocated to another prefix still finds its own catalogues.
QString installedTranslationsPath() {
#ifdef BIFROST_TRANSLATIONS_FROM_BINDIR
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                           QStringLiteral(BIFROST_TRANSLATIONS_FROM_BINDIR));
#else
    return {};
#endif
}

} // namespace

void installTranslations(QCoreApplication &app) {
    // Qt's own strings (standard dialog buttons, context menus) from the system's Qt catalogue,
    // so a German desktop does not show "Cancel" beside "Speichern".
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    auto *translator = new QTranslator(&app);
    const QString installed = installedTranslationsPath();
    if ((!installed.isEmpty() &&
         translator->load(QLocale(), QStringLiteral("bifrost"), QStringLiteral("_"), installed)) ||
        translator->load(QLocale(), QStringLiteral("bifrost"), QStringLiteral("_"),
                         QStringLiteral(":/bifrost/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace bifrost
