#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace bifrost {

void installTranslations(QCoreApplication &app) {
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("bifrost"), QStringLiteral("_"),
                         QStringLiteral(":/bifrost/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace bifrost
