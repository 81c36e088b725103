#include "mappingimport.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

namespace bifrost {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MappingImport)
};

const QChar quote = QLatin1Char('"');

struct Columns {
    int organization = 0;
    int entityId = 1;
    int entityName = 2; // -1: not in the file
    int count = 0;      // 0: no header, rows have 2 or 3 columns
};

// The header row, if the first row is one. A row with two or more column names that is not a
// valid header is almost certainly a mistyped one, so it is an error rather than data.
Result<std::optional<Columns>> detectHeader(const detail::CsvRecord &record) {
    const QStringList known{QStringLiteral("organization"), QStringLiteral("entity_id"),
                            QStringLiteral("entity_name")};
    QStringList names;
    int recognised = 0;
    for (const QString &cell : record.cells) {
        names << detail::columnName(cell);
        if (known.contains(names.constLast()))
            ++recognised;
    }
    names = detail::withoutTrailingEmpty(names, 0);
    if (recognised < 2)
        return std::optional<Columns>();
    const bool valid = names.size() == recognised &&
                       names.size() == QSet<QString>(names.cbegin(), names.cend()).size() &&
                       names.contains(known.at(0)) && names.contains(known.at(1));
    if (!valid)
        return Error::invalid(Text::tr("line %1 looks like a header row but is not one: name the columns "
                                       "organization, entity_id and optionally entity_name, each once, in "
                                       "any order")
                                  .arg(record.line),
                              QStringLiteral("file"));
    Columns columns;
    columns.organization = int(names.indexOf(known.at(0)));
    columns.entityId = int(names.indexOf(known.at(1)));
    columns.entityName = int(names.indexOf(known.at(2)));
    columns.count = int(names.size());
    return std::optional<Columns>(columns);
}

// An organization named twice would make the result depend on the row order; refuse it and name
// both lines. Each entry is the identity to compare (a name key, or a resolved id) and its row.
Result<void> checkDuplicates(const QList<std::pair<QString, const MappingRow *>> &keyed) {
    QHash<QString, const MappingRow *> seen;
    for (const auto &[key, row] : keyed) {
        if (key.isEmpty())
            continue;
        if (const MappingRow *first = seen.value(key))
            return Error::invalid(
                Text::tr("lines %1 and %2 both map organization \"%3\"; keep one row per "
                         "organization")
                    .arg(QString::number(first->line), QString::number(row->line), row->organization),
                QStringLiteral("file"));
        seen.insert(key, row);
    }
    return {};
}

} // namespace

namespace detail {

Result<QList<CsvRecord>> parseDelimited(const QString &text, QChar separator) {
    QList<CsvRecord> records;
    QStringView input(text);
    if (input.startsWith(QChar(0xFEFF)))
        input = input.mid(1);

    int line = 1;
    CsvRecord record{line, {}};
    QString field;
    bool fieldStarted = false; // something (even whitespace) was read into the field
    const qsizetype n = input.size();
    qsizetype i = 0;

    auto endField = [&] {
        record.cells << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        records << record;
        record = CsvRecord{line, {}};
    };
    // Consumes a line break at i (LF, CRLF or a lone CR); returns false when there is none.
    auto lineBreak = [&]() -> bool {
        if (input.at(i) == QLatin1Char('\r')) {
            i += (i + 1 < n && input.at(i + 1) == QLatin1Char('\n')) ? 2 : 1;
            ++line;
            return true;
        }
        if (input.at(i) == QLatin1Char('\n')) {
            ++i;
            ++line;
            return true;
        }
        return false;
    };

    while (i < n) {
        const QChar c = input.at(i);
        // A quote opens a quoted field at its start; whitespace typed before it is dropped, as
        // people write `a, "b, c"` by hand.
        if (c == quote && field.trimmed().isEmpty()) {
            const int startLine = line;
            field.clear();
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar q = input.at(i);
                if (q == quote) {
                    if (i + 1 < n && input.at(i + 1) == quote) {
                        field += quote;
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == QLatin1Char('\r') || q == QLatin1Char('\n')) {
                    lineBreak();
                    field += QLatin1Char('\n');
                    continue;
                }
                field += q;
                ++i;
            }
            if (!closed)
                return Error::invalid(Text::tr("line %1: a quoted field is not closed; end it with a double "
                                               "quote (\"), and double any quote inside it (\"\")")
                                          .arg(startLine),
                                      QStringLiteral("file"));
            while (i < n && (input.at(i) == QLatin1Char(' ') || input.at(i) == QLatin1Char('\t')) &&
                   input.at(i) != separator)
                ++i;
            if (i < n && input.at(i) != separator && input.at(i) != QLatin1Char('\r') &&
                input.at(i) != QLatin1Char('\n'))
                return Error::invalid(Text::tr("line %1: text follows the closing quote of a quoted field; "
                                               "to put a quote inside a quoted field, double it (\"\")")
                                          .arg(line),
                                      QStringLiteral("file"));
            fieldStarted = true;
            continue;
        }
        if (c == separator) {
            endField();
            ++i;
            continue;
        }
        if (lineBreak()) {
            endRecord();
            continue;
        }
        field += c;
        fieldStarted = true;
        ++i;
    }
    // The last record, unless the text ended with its line break.
    if (fieldStarted || !field.isEmpty() || !record.cells.isEmpty())
        endRecord();
    records.removeIf([](const CsvRecord &r) {
        return std::all_of(r.cells.cbegin(), r.cells.cend(),
                           [](const QString &c) { return c.trimmed().isEmpty(); });
    });
    return records;
}

QString columnName(const QString &cell) {
    QString name = cell.trimmed().toCaseFolded();
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

QStringList withoutTrailingEmpty(QStringList cells, qsizetype keep) {
    while (cells.size() > keep && cells.constLast().trimmed().isEmpty())
        cells.removeLast();
    return cells;
}

} // namespace detail

QString importActionName(ImportAction action) {
    switch (action) {
    case ImportAction::Create:
        return QStringLiteral("create");
    case ImportAction::Update:
        return QStringLiteral("update");
    case ImportAction::Unchanged:
        return QStringLiteral("unchanged");
    case ImportAction::UnknownOrganization:
        return QStringLiteral("unknown_organization");
    }
    return {};
}

Result<QList<MappingRow>> parseMappingCsv(const QString &text) {
    auto records = detail::parseDelimited(text, QLatin1Char(','));
    if (!records)
        return records.error();
    QList<MappingRow> rows;
    std::optional<Columns> header;
    bool first = true;
    for (const detail::CsvRecord &record : std::as_const(*records)) {
        if (first) {
            first = false;
            auto detected = detectHeader(record);
            if (!detected)
                return detected.error();
            header = *detected;
            if (header)
                continue;
        }
        const qsizetype expected = header ? header->count : 3;
        const QStringList cells = detail::withoutTrailingEmpty(record.cells, expected);
        const bool countOk = header ? cells.size() == expected : (cells.size() == 2 || cells.size() == 3);
        if (!countOk) {
            QString problem =
                header ? Text::tr("line %1: expected %2 columns as in the header row, found %3")
                             .arg(record.line)
                             .arg(expected)
                             .arg(cells.size())
                       : Text::tr("line %1: expected 2 or 3 columns (organization,entity_id,entity_name), "
                                  "found %2")
                             .arg(record.line)
                             .arg(cells.size());
            if (cells.size() == 1 && cells.constFirst().contains(QLatin1Char(';')))
                problem += Text::tr("; separate the columns with commas, not semicolons");
            else
                problem += Text::tr("; put a field that contains a comma in double quotes");
            return Error::invalid(problem, QStringLiteral("file"));
        }
        const Columns columns = header.value_or(Columns{});
        MappingRow row;
        row.line = record.line;
        row.organization = cells.at(columns.organization).trimmed();
        row.entityId = cells.at(columns.entityId).trimmed();
        row.hasEntityName = columns.entityName >= 0 && columns.entityName < cells.size();
        if (row.hasEntityName)
            row.entityName = cells.at(columns.entityName).trimmed();
        if (row.organization.isEmpty())
            return Error::invalid(
                Text::tr("line %1: the organization is empty; every row needs the name of an "
                         "organization")
                    .arg(record.line),
                QStringLiteral("file"));
        rows << row;
    }
    return rows;
}

Result<QList<MappingImportRow>> previewMappingImport(Store &store, const QString &integrationRef,
                                                     const QList<MappingRow> &rows) {
    QList<std::pair<QString, const MappingRow *>> byNameKey;
    for (const MappingRow &row : rows)
        byNameKey.append({organizationNameKey(row.organization), &row});
    if (auto unique = checkDuplicates(byNameKey); !unique)
        return unique.error();
    auto mappings = store.mappings(integrationRef);
    if (!mappings)
        return mappings.error();
    auto organizations = store.organizations();
    if (!organizations)
        return organizations.error();

    QHash<QString, const Organization *> byName, byId;
    for (const Organization &o : std::as_const(*organizations)) {
        byName.insert(organizationNameKey(o.name), &o);
        byId.insert(o.id, &o);
    }
    QHash<QString, const Mapping *> mappingOf;
    for (const Mapping &m : std::as_const(*mappings))
        mappingOf.insert(m.organization.id, &m);

    QList<MappingImportRow> preview;
    preview.reserve(rows.size());
    for (const MappingRow &row : rows) {
        MappingImportRow item;
        item.row = row;
        // An id wins over a name, as everywhere a reference is taken.
        const Organization *org = byId.value(row.organization);
        if (!org)
            org = byName.value(organizationNameKey(row.organization));
        if (!org) {
            item.action = ImportAction::UnknownOrganization;
            preview << item;
            continue;
        }
        item.organizationId = org->id;
        if (const Mapping *current = mappingOf.value(org->id)) {
            item.current = *current;
            const bool same = current->entityId == row.entityId &&
                              (!row.hasEntityName || current->entityName == row.entityName);
            item.action = same ? ImportAction::Unchanged : ImportAction::Update;
        } else {
            item.action = ImportAction::Create;
        }
        preview << item;
    }
    // One organization named once by its id and once by its name.
    QList<std::pair<QString, const MappingRow *>> byOrganizationId;
    for (const MappingImportRow &item : std::as_const(preview))
        byOrganizationId.append({item.organizationId, &item.row});
    if (auto unique = checkDuplicates(byOrganizationId); !unique)
        return unique.error();
    return preview;
}

Result<int> applyMappingImport(Store &store, const QString &integrationRef, const QList<MappingRow> &rows,
                               bool createOrganizations) {
    return store.transaction([&]() -> Result<int> {
        auto preview = previewMappingImport(store, integrationRef, rows);
        if (!preview)
            return preview.error();
        QStringList unknown;
        for (const MappingImportRow &item : std::as_const(*preview)) {
            if (item.action == ImportAction::UnknownOrganization)
                unknown << Text::tr("\"%1\" (line %2)")
                               .arg(item.row.organization, QString::number(item.row.line));
        }
        if (!unknown.isEmpty() && !createOrganizations)
            return Error::notFound(
                Text::tr("%n organization(s) in the file do not exist: %1; add them first (`bifrostctl org "
                         "add`), or let the import create them (--create-organizations)",
                         nullptr, int(unknown.size()))
                    .arg(unknown.join(QStringLiteral(", "))));
        int written = 0;
        for (const MappingImportRow &item : std::as_const(*preview)) {
            if (item.action == ImportAction::Unchanged)
                continue;
            QString orgRef = item.organizationId;
            if (item.action == ImportAction::UnknownOrganization) {
                auto org = store.addOrganization(item.row.organization);
                if (!org) {
                    Error error = org.error();
                    error.message =
                        Text::tr("line %1: %2").arg(QString::number(item.row.line), error.message);
                    return error;
                }
                orgRef = org->id;
            }
            const std::optional<QString> name =
                item.row.hasEntityName ? std::optional<QString>(item.row.entityName) : std::nullopt;
            auto mapping = store.setMapping(integrationRef, orgRef, item.row.entityId, name);
            if (!mapping) {
                Error error = mapping.error();
                error.message = Text::tr("line %1: %2").arg(QString::number(item.row.line), error.message);
                return error;
            }
            ++written;
        }
        return written;
    });
}

} // namespace bifrost
