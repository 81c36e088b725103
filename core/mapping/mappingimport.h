#pragma once

#include "common/result.h"
#include "model/mapping.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bifrost {

class Store;

namespace detail {

// One record of a delimited text, with the line it starts on (a quoted field may span lines).
struct CsvRecord {
    int line = 0;
    QStringList cells;
};

// RFC 4180 records: fields separated by `separator`, optionally quoted with '"' (a doubled quote
// inside is one quote), records ended by LF or CRLF; a leading byte order mark is dropped. Cells
// are returned as written (not trimmed); records whose cells are all blank (blank lines, ",,")
// are left out. Shared by the mapping import and the entity list.
Result<QList<CsvRecord>> parseDelimited(const QString &text, QChar separator);

// A header cell as a column name: trimmed, case folded, spaces and hyphens read as '_'.
QString columnName(const QString &cell);

// The cells without the empty ones that spreadsheets pad rows with ("Contoso,42,,"), keeping at
// least the first `keep`.
QStringList withoutTrailingEmpty(QStringList cells, qsizetype keep);

} // namespace detail

// One line of a mapping CSV: `organization,entity_id,entity_name`.
struct MappingRow {
    int line = 0; // 1-based line in the input, for messages
    QString organization;
    QString entityId;
    QString entityName;
    // False when the file has no entity_name column: the import then keeps the stored name
    // instead of clearing it.
    bool hasEntityName = true;
};

// Parses mapping CSV (RFC 4180 quoting; an optional header row naming the columns, in any
// order; blank lines skipped; the entity_name column may be left out). Errors name the line and
// what is wrong with it. Cells are trimmed.
Result<QList<MappingRow>> parseMappingCsv(const QString &text);

enum class ImportAction { Create, Update, Unchanged, UnknownOrganization };

// A stable machine name for JSON output: "create", "update", "unchanged", "unknown_organization".
QString importActionName(ImportAction action);

// What importing one row would do, for the preview.
struct MappingImportRow {
    MappingRow row;
    ImportAction action = ImportAction::Create;
    QString organizationId;         // empty for UnknownOrganization
    std::optional<Mapping> current; // the stored mapping, if any
};

// Compares the rows with the stored mappings in two queries (organizations, mappings); writes
// nothing. An organization named twice in the rows is invalid input naming both lines.
Result<QList<MappingImportRow>> previewMappingImport(Store &store, const QString &integrationRef,
                                                     const QList<MappingRow> &rows);

// Writes every Create/Update row in one transaction; with createOrganizations, unknown
// organizations are added first, else they make the whole import fail (NotFound). Returns the
// number of mappings written.
Result<int> applyMappingImport(Store &store, const QString &integrationRef, const QList<MappingRow> &rows,
                               bool createOrganizations);

} // namespace bifrost
