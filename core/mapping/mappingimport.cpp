#include "mappingimport.h"

#include "store/store.h"

namespace bifrost {

// TODO(issue 3): stubs until the import work lands.
Result<QList<MappingRow>> parseMappingCsv(const QString &text) {
    Q_UNUSED(text)
    return Error::internal(QStringLiteral("not implemented"));
}

Result<QList<MappingImportRow>> previewMappingImport(Store &store, const QString &integrationRef,
                                                     const QList<MappingRow> &rows) {
    Q_UNUSED(store)
    Q_UNUSED(integrationRef)
    Q_UNUSED(rows)
    return Error::internal(QStringLiteral("not implemented"));
}

Result<int> applyMappingImport(Store &store, const QString &integrationRef, const QList<MappingRow> &rows,
                               bool createOrganizations) {
    Q_UNUSED(store)
    Q_UNUSED(integrationRef)
    Q_UNUSED(rows)
    Q_UNUSED(createOrganizations)
    return Error::internal(QStringLiteral("not implemented"));
}

} // namespace bifrost
