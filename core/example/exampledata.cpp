#include "exampledata.h"

#include "store/store.h"

namespace bifrost {

// TODO(issue 3): stub until the example data lands.
Result<void> loadExampleData(Store &store) {
    Q_UNUSED(store)
    return Error::internal(QStringLiteral("not implemented"));
}

} // namespace bifrost
