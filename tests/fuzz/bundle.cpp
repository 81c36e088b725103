// The bundle importer on a hostile file (bifrostctl import, File > Import): inspectBundle (what
// import shows before asking for a passphrase), format::read (envelope, byte-exactness of a
// sealed file, key-derivation header, structure, schema and values) and, for what read accepts,
// importBundle's plan as a dry run against a real SQLite store that already holds an integration,
// organizations and mappings (so every --on-conflict mode meets existing objects).
// No passphrase: a sealed bundle goes through every check up to the key derivation but never
// into scrypt (128 MiB and about half a second per input would leave the fuzzer a few executions
// a second; crypto.cpp has tst_crypto and tst_bundle's tampering test).

#include "bundle/bundle.h"

#include "bundle/bundleformat.h"
#include "fuzzutil.h"
#include "secrets/vaultsecretstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <array>
#include <memory>

using namespace bifrost;

namespace {

// One store for the whole run, filled once with a bundle that overlaps the seeds (same
// organization ids and integration name), so plans have something to conflict with.
Store *store() {
    static int argc = 1;
    static char name[] = "fuzz_bundle";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // QtSql wants an application object
    static QTemporaryDir dir;
    // The vault is never unlocked: a plan reads no secret values, and a --no-secrets bundle
    // writes none. A passphrase request is an error the import reports, not a prompt.
    static VaultSecretStore secrets(dir.filePath(QStringLiteral("fuzz.vault")), [](bool) -> Result<QString> {
        return Error::invalid(QStringLiteral("no passphrase while fuzzing"));
    });
    static const std::unique_ptr<Store> opened = [] {
        auto s = Store::open(dir.filePath(QStringLiteral("fuzz.db")), &secrets);
        if (!s) {
            fprintf(stderr, "fuzz_bundle: cannot open the store: %s\n", qUtf8Printable(s.error().message));
            abort();
        }
        const QByteArray existing = R"({
    "created_at": "2026-01-01T00:00:00.000Z",
    "created_by": "fuzz",
    "format": "bifrost-bundle",
    "integrations": [{
        "default_entity_id": "", "description": "existing", "entity_id_label": "",
        "id": "f0e1d2c3-b4a5-4968-8776-655443322110", "name": "HaloPSA",
        "schema": [{"key": "base_url", "type": "string"}, {"key": "port", "type": "int"},
                   {"key": "token", "type": "secret"}],
        "defaults": {"base_url": "https://old.example.com", "port": 80},
        "overrides": {"8a1f6c2e-4c1b-4f7e-9a55-0d1b2c3d4e5f": {"port": 8080}},
        "mappings": [{"organization_id": "8a1f6c2e-4c1b-4f7e-9a55-0d1b2c3d4e5f", "entity_id": "7",
                      "entity_name": "Contoso"}],
        "oauth": null}],
    "organizations": [{"id": "8a1f6c2e-4c1b-4f7e-9a55-0d1b2c3d4e5f", "name": "Contoso"},
                      {"id": "99999999-5f60-4718-8293-a4b5c6d7e8f9", "name": "Fabrikam"}],
    "tokens": false,
    "version": 1
})";
        auto imported = bundle::importBundle(**s, existing, QString(), {});
        if (!imported) {
            fprintf(stderr, "fuzz_bundle: cannot fill the store: %s\n",
                    qUtf8Printable(imported.error().message));
            abort();
        }
        return std::move(*s);
    }();
    return opened.get();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::quietOnce();
    Store *target = store();
    const QByteArray input = fuzz::bytes(data, size);

    const auto info = bundle::inspectBundle(input);
    const auto document = bundle::format::read(input, QString());
    if (!info)
        FUZZ_CHECK(!info.error().message.isEmpty());
    if (!document) {
        FUZZ_CHECK(!document.error().message.isEmpty());
        fuzz::note("read", document.error().message);
        return 0;
    }
    // What read() accepted, inspect accepts too, and they agree on what it holds.
    FUZZ_CHECK(info.ok());
    FUZZ_CHECK(info->integrations.size() == document->integrations.size());
    FUZZ_CHECK(!document->sealed);

    bundle::ImportOptions options;
    options.dryRun = true;
    options.onConflict = std::array{bundle::OnConflict::Fail, bundle::OnConflict::Skip,
                                    bundle::OnConflict::Replace, bundle::OnConflict::Merge}[size % 4];
    const auto report = bundle::importBundle(*target, input, QString(), options);
    fuzz::note("import",
               report ? QStringLiteral("%1 changes").arg(report->changes.size()) : report.error().message);
    if (report) {
        FUZZ_CHECK(!report->applied);
        for (const auto &change : report->changes)
            FUZZ_CHECK(!change.describe().isEmpty());
        const QJsonObject json = report->toJson();
        FUZZ_CHECK(!json.isEmpty());
    } else {
        FUZZ_CHECK(!report.error().message.isEmpty());
    }
    return 0;
}
