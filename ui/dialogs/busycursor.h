#pragma once

#include <QApplication>

namespace bifrost {

// The wait cursor while the GUI thread does something slow but short (a bundle's key
// derivation takes about half a second), restored on every way out of the scope.
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace bifrost
