#pragma once

#include "common/result.h"
#include "model/mapping.h"

#include <QList>
#include <QString>

#include <optional>

namespace bifrost {

class Store;

// One line of a mapping CSV: `organization,entity_id,entity_name`.
struct MappingRow {
    int line = 0; // 1-based line in the input, for messages
    QString organization;
    QString entityId;
    QString entityName;
};

// Parses mapping CSV (RFC 4180 quoting; an optional header row naming the three columns; blank
// lines skipped). Errors name the line and what is wrong with it.
Result<QList<MappingRow>> parseMappingCsv(const QString &text);

enum class ImportAction { Create, Update, Unchanged, UnknownOrganization };

// What importing one row would do, for the preview.
struct MappingImportRow {
    MappingRow row;
    ImportAction action = ImportAction::Create;
    QString organizationId;         // empty for UnknownOrganization
    std::optional<Mapping> current; // the stored mapping, if any
};

// Compares the rows with the stored mappings; writes nothing.
Result<QList<MappingImportRow>> previewMappingImport(Store &store, const QString &integrationRef,
                                                     const QList<MappingRow> &rows);

// Writes every Create/Update row in one transaction; with createOrganizations, unknown
// organizations are added first, else they make the whole import fail (NotFound). Returns the
// number of mappings written.
Result<int> applyMappingImport(Store &store, const QString &integrationRef, const QList<MappingRow> &rows,
                               bool createOrganizations);

} // namespace bifrost
