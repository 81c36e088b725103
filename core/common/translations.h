#pragma once

class QCoreApplication;

namespace bifrost {

// Loads the catalogue for the user's UI language (core, CLI and app strings share one): the
// installed one in <bindir>/../share/bifrost-admin/translations when there is one, else the copy
// compiled into bifrost_core's resources; English needs none.
void installTranslations(QCoreApplication &app);

} // namespace bifrost
