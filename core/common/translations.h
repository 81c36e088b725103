#pragma once

class QCoreApplication;

namespace bifrost {

// Loads the catalogue for the user's UI language (core, CLI and app strings share one) from
// the resources compiled into bifrost_core; English needs none.
void installTranslations(QCoreApplication &app);

} // namespace bifrost
