// bifrost-bench-dataset: writes the benchmark dataset through the public Store API, in one outer
// transaction, with secret values in the real keychain (KeychainSecretStore). Its run time is the
// "load the dataset" figure of docs/PERFORMANCE.md.
//
//   bifrost-bench-dataset --db PATH|postgresql://... [--replace] [--orgs N] [--integrations N] [--fields N]
//                         [--overrides N] [--secret-integrations N]
#include "dataset.h"
#include "secrets/keychainsecretstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace bifrost;
using namespace bifrost::bench;

namespace {

int fail(const QString &message, int code = 2) {
    std::fprintf(stderr, "bifrost-bench-dataset: error: %s\n", qUtf8Printable(message));
    return code;
}

int fail(const Error &error) {
    return fail(error.message, int(error.code));
}

QString fieldKey(int integration, int position, const DatasetShape &shape) {
    if (position == 0)
        return integration < shape.secretIntegrations ? secretKey() : QStringLiteral("base_url");
    return QStringLiteral("field_%1").arg(position, 2, 10, QLatin1Char('0'));
}

const QJsonArray &regions() {
    static const QJsonArray r{QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("apac")};
    return r;
}

// A realistic mix: strings (one with options, one with a pattern), bounded ints, bools, JSON.
// Position 0 is the secret (or a plain string for integrations without one).
Schema schemaFor(int integration, const DatasetShape &shape) {
    Schema schema;
    for (int p = 0; p < shape.fields; ++p) {
        SchemaField f;
        f.key = fieldKey(integration, p, shape);
        f.required = p % 5 == 0;
        f.description = QStringLiteral("Benchmark field %1 of %2").arg(f.key, integrationName(integration));
        f.label = QStringLiteral("Field %1").arg(p);
        if (p == 0) {
            f.type = integration < shape.secretIntegrations ? FieldType::Secret : FieldType::String;
        } else if (p % 4 == 1) {
            f.type = FieldType::String;
            if (p == 5)
                f.options = regions();
            if (p == 9)
                f.pattern = QStringLiteral("[a-z0-9-]+");
        } else if (p % 4 == 2) {
            f.type = FieldType::Int;
            f.min = 0;
            f.max = 1000000;
        } else if (p % 4 == 3) {
            f.type = FieldType::Bool;
        } else {
            f.type = FieldType::Json;
        }
        f.position = p;
        schema << f;
    }
    return schema;
}

// The value of field `p` at the default level (organization < 0) or for one organization.
QJsonValue valueFor(const SchemaField &f, int p, int integration, int organization) {
    const bool isDefault = organization < 0;
    switch (f.type) {
    case FieldType::Secret:
        return secretValue(integration);
    case FieldType::String:
        if (!f.options.isEmpty())
            return f.options.at(isDefault ? 0 : organization % f.options.size());
        if (p == 0)
            return QStringLiteral("https://api.example.com/v%1").arg(integration + 1);
        return isDefault ? QStringLiteral("default-%1").arg(p)
                         : QStringLiteral("org-%1-%2").arg(organization).arg(p);
    case FieldType::Int:
        return isDefault ? p * 10 : organization;
    case FieldType::Bool:
        return isDefault || organization % 2 == 0;
    case FieldType::Json:
        return isDefault ? QJsonObject{{QStringLiteral("retries"), 3}, {QStringLiteral("regions"), regions()}}
                         : QJsonObject{{QStringLiteral("organization"), organization}};
    }
    return {};
}

struct Phases {
    qint64 organizations = 0, integrations = 0, mappings = 0, commit = 0;
};

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bifrost-bench-dataset"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the Bifrost Admin benchmark dataset."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The database to create."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption replaceOption(QStringLiteral("replace"),
                                           QStringLiteral("Delete an existing database at PATH first."));
    const QCommandLineOption orgsOption(QStringLiteral("orgs"), QStringLiteral("Organizations (2000)."),
                                        QStringLiteral("N"));
    const QCommandLineOption integrationsOption(QStringLiteral("integrations"),
                                                QStringLiteral("Integrations (50)."), QStringLiteral("N"));
    const QCommandLineOption fieldsOption(
        QStringLiteral("fields"), QStringLiteral("Fields per integration (20)."), QStringLiteral("N"));
    const QCommandLineOption overridesOption(QStringLiteral("overrides"),
                                             QStringLiteral("Overrides per (integration, organization) (5)."),
                                             QStringLiteral("N"));
    const QCommandLineOption secretsOption(
        QStringLiteral("secret-integrations"),
        QStringLiteral("Integrations with a secret field whose default is in the keychain (all)."),
        QStringLiteral("N"));
    parser.addOptions({dbOption, replaceOption, orgsOption, integrationsOption, fieldsOption, overridesOption,
                       secretsOption});
    parser.process(app);

    DatasetShape shape;
    auto number = [&](const QCommandLineOption &option, int &target, int minimum) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        target = parser.value(option).toInt(&ok);
        return ok && target >= minimum;
    };
    if (!number(orgsOption, shape.organizations, 1) || !number(integrationsOption, shape.integrations, 1) ||
        !number(fieldsOption, shape.fields, 2) || !number(overridesOption, shape.overrides, 0))
        return fail(QStringLiteral("counts must be whole numbers (at least 1 organization and integration, "
                                   "2 fields)"));
    shape.secretIntegrations = shape.integrations;
    if (!number(secretsOption, shape.secretIntegrations, 0))
        return fail(QStringLiteral("--secret-integrations must be a whole number"));
    if (shape.overrides > shape.fields - 1)
        return fail(QStringLiteral("--overrides must be below --fields: overrides go to non-secret fields"));

    const QString path = parser.value(dbOption);
    if (path.isEmpty())
        return fail(QStringLiteral("give the database to create with --db PATH"));
    // A PostgreSQL dataset goes into a new, empty database made beforehand (scripts/bench-team).
    if (!path.startsWith(QLatin1String("postgres")) && QFile::exists(path)) {
        if (!parser.isSet(replaceOption))
            return fail(QStringLiteral("%1 exists; use --replace to delete it first").arg(path), 4);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }

    QElapsedTimer total;
    total.start();
    BenchStore opened;
    if (auto done = opened.open(path); !done)
        return fail(done.error());
    Store &store = *opened.store;

    Phases phases;
    QElapsedTimer phase;
    qint64 mappings = 0, overrides = 0, defaults = 0;
    auto loaded = store.transaction([&]() -> Result<void> {
        phase.start();
        QStringList orgIds;
        for (int o = 0; o < shape.organizations; ++o) {
            auto org = store.addOrganization(organizationName(o));
            if (!org)
                return org.error();
            orgIds << org->id;
        }
        phases.organizations = phase.restart();

        QStringList integrationIds;
        QList<Schema> schemas;
        for (int i = 0; i < shape.integrations; ++i) {
            auto integration = store.createIntegration(
                {integrationName(i), QStringLiteral("Benchmark integration %1").arg(i + 1),
                 QStringLiteral("default-entity-%1").arg(i + 1), QStringLiteral("Tenant ID")});
            if (!integration)
                return integration.error();
            const Schema schema = schemaFor(i, shape);
            if (auto set = store.setSchema(integration->id, schema, SchemaWrite::Apply); !set)
                return set.error();
            QList<ConfigChange> changes;
            for (int p = 0; p < shape.fields; ++p)
                changes << ConfigChange::setJson(schema.at(p).key, valueFor(schema.at(p), p, i, -1));
            if (auto set = store.setConfig(integration->id, {}, changes); !set)
                return set;
            defaults += changes.size();
            integrationIds << integration->id;
            schemas << schema;
        }
        phases.integrations = phase.restart();

        const int nonSecret = shape.fields - 1;
        for (int i = 0; i < shape.integrations; ++i) {
            const Schema &schema = schemas.at(i);
            for (int o = 0; o < shape.organizations; ++o) {
                auto mapping = store.setMapping(integrationIds.at(i), orgIds.at(o),
                                                QStringLiteral("tenant-%1-%2").arg(o + 1).arg(i + 1),
                                                QStringLiteral("Organization %1 tenant").arg(o + 1));
                if (!mapping)
                    return mapping.error();
                QList<ConfigChange> changes;
                for (int k = 0; k < shape.overrides; ++k) {
                    const int p = 1 + (o + i + k) % nonSecret;
                    changes << ConfigChange::setJson(schema.at(p).key, valueFor(schema.at(p), p, i, o));
                }
                if (auto set = store.setConfig(integrationIds.at(i), orgIds.at(o), changes); !set)
                    return set;
                ++mappings;
                overrides += changes.size();
            }
        }
        phases.mappings = phase.restart();
        return {};
    });
    phases.commit = phase.elapsed();
    if (!loaded)
        return fail(loaded.error());

    const int secretCount = qMin(shape.secretIntegrations, shape.integrations);
    std::printf("dataset %s: %d organizations x %d integrations x %d fields; %lld mappings, %lld overrides, "
                "%lld defaults (%d secrets in the secret store)\n",
                qUtf8Printable(path), shape.organizations, shape.integrations, shape.fields, mappings,
                overrides, defaults, secretCount);
    std::printf("loaded in %.2f s: organizations %.2f s, integrations %.2f s, mappings and overrides %.2f s, "
                "commit %.2f s\n",
                double(total.elapsed()) / 1000, double(phases.organizations) / 1000,
                double(phases.integrations) / 1000, double(phases.mappings) / 1000,
                double(phases.commit) / 1000);
    return 0;
}
