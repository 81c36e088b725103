#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bifrost {

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
    if (translator->load(QLocale(), QStringLiteral("bifrost"), QStringLiteral("_"),
                         QStringLiteral(":/bifrost/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace bifrost
