#include "exampledata.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace bifrost {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExampleData)
};

SchemaField field(const char *key, FieldType type, bool required, QString label, QString description) {
    SchemaField f;
    f.key = QLatin1String(key);
    f.type = type;
    f.required = required;
    f.label = std::move(label);
    f.description = std::move(description);
    return f;
}

Schema haloSchema() {
    SchemaField baseUrl = field("base_url", FieldType::String, true, Text::tr("Base URL"),
                                Text::tr("The address of the HaloPSA instance."));
    baseUrl.pattern = QStringLiteral("^https://.*");
    baseUrl.placeholder = QStringLiteral("https://yourcompany.halopsa.com");
    SchemaField tenant = field("tenant", FieldType::String, false, Text::tr("Tenant"),
                               Text::tr("The HaloPSA tenant, for hosted instances that serve several."));
    SchemaField clientId = field("client_id", FieldType::String, true, Text::tr("Client ID"),
                                 Text::tr("The API application's client ID (HaloPSA: Configuration > "
                                          "Integrations > HaloPSA API)."));
    SchemaField clientSecret = field("client_secret", FieldType::Secret, true, Text::tr("Client secret"),
                                     Text::tr("The API application's client secret."));
    SchemaField timeout = field("timeout", FieldType::Int, false, Text::tr("Timeout (seconds)"),
                                Text::tr("How long a request may take before it is abandoned."));
    timeout.min = 1;
    timeout.max = 300;
    SchemaField verifySsl = field("verify_ssl", FieldType::Bool, false, Text::tr("Verify TLS certificates"),
                                  Text::tr("Turn off only for a test instance with a self-signed "
                                           "certificate."));
    SchemaField ticketTypes =
        field("ticket_types", FieldType::Json, false, Text::tr("Ticket types"),
              Text::tr("Which HaloPSA ticket type IDs the workflows create, by purpose."));
    return {baseUrl, tenant, clientId, clientSecret, timeout, verifySsl, ticketTypes};
}

Schema graphSchema() {
    SchemaField authority = field("authority", FieldType::String, false, Text::tr("Authority"),
                                  Text::tr("The Microsoft identity platform cloud: global, or US "
                                           "Government."));
    authority.options = {QStringLiteral("https://login.microsoftonline.com"),
                         QStringLiteral("https://login.microsoftonline.us")};
    SchemaField clientId = field("client_id", FieldType::String, true, Text::tr("Application (client) ID"),
                                 Text::tr("The app registration in the customer's tenant."));
    clientId.placeholder = QStringLiteral("00000000-0000-0000-0000-000000000000");
    SchemaField clientSecret = field("client_secret", FieldType::Secret, true, Text::tr("Client secret"),
                                     Text::tr("A client secret of that app registration."));
    SchemaField scopes = field("scopes", FieldType::Json, false, Text::tr("Scopes"),
                               Text::tr("The scopes requested, as a JSON array."));
    SchemaField pageSize = field("page_size", FieldType::Int, false, Text::tr("Page size"),
                                 Text::tr("How many items one Microsoft Graph request returns."));
    pageSize.min = 1;
    pageSize.max = 999;
    return {authority, clientId, clientSecret, scopes, pageSize};
}

ConfigChange set(const char *key, QJsonValue value) {
    return ConfigChange::setJson(QLatin1String(key), std::move(value));
}

struct ExampleMapping {
    const char *organization;
    const char *entityId;
    const char *entityName;
};

Result<void> mapAll(Store &store, const QString &integration, std::initializer_list<ExampleMapping> list) {
    for (const ExampleMapping &m : list) {
        auto mapping = store.setMapping(integration, QLatin1String(m.organization), QLatin1String(m.entityId),
                                        QLatin1String(m.entityName));
        if (!mapping)
            return mapping.error();
    }
    return {};
}

Result<void> load(Store &store) {
    auto integrations = store.integrations();
    if (!integrations)
        return integrations.error();
    auto organizations = store.organizations();
    if (!organizations)
        return organizations.error();
    if (!integrations->isEmpty() || !organizations->isEmpty())
        return Error::conflict(Text::tr("the database already holds %1 integration(s) and %2 "
                                        "organization(s); example data is only loaded into an empty "
                                        "database, so that it never mixes with real data: use a new "
                                        "database file to try it")
                                   .arg(integrations->size())
                                   .arg(organizations->size()));

    const QStringList names{QStringLiteral("Contoso"),           QStringLiteral("Fabrikam"),
                            QStringLiteral("Northwind Traders"), QStringLiteral("Adventure Works"),
                            QStringLiteral("Tailspin Toys"),     QStringLiteral("Wide World Importers")};
    for (const QString &name : names) {
        if (auto added = store.addOrganization(name); !added)
            return added.error();
    }

    // HaloPSA: the MSP's own service desk, one instance for every customer; the mapping names
    // the customer's client in HaloPSA.
    const QString halo = QStringLiteral("HaloPSA");
    if (auto created = store.createIntegration(
            {halo,
             Text::tr("Example: the MSP's HaloPSA service desk, one instance for every customer."),
             {},
             Text::tr("Client ID")});
        !created)
        return created.error();
    if (auto schema = store.setSchema(halo, haloSchema(), SchemaWrite::Apply); !schema)
        return schema.error();
    if (auto defaults =
            store.setConfig(halo, {},
                            {set("base_url", QStringLiteral("https://example.halopsa.com")),
                             set("client_id", QStringLiteral("example-halo-client-id")),
                             set("client_secret", QStringLiteral("example-client-secret")),
                             set("timeout", 60), set("verify_ssl", true),
                             set("ticket_types", QJsonObject{{QStringLiteral("incident"), 1},
                                                             {QStringLiteral("service_request"), 3},
                                                             {QStringLiteral("alert"), 21}})});
        !defaults)
        return defaults.error();
    if (auto done = mapAll(store, halo,
                           {{"Contoso", "101", "Contoso Ltd"},
                            {"Fabrikam", "102", "Fabrikam, Inc."},
                            {"Northwind Traders", "103", "Northwind Traders"},
                            {"Adventure Works", "104", "Adventure Works Cycles"},
                            {"Tailspin Toys", "", "Tailspin Toys"}});
        !done)
        return done;
    if (auto o = store.setConfig(halo, QStringLiteral("Contoso"), {set("timeout", 120)}); !o)
        return o;
    if (auto o = store.setConfig(halo, QStringLiteral("Fabrikam"),
                                 {set("ticket_types", QJsonObject{{QStringLiteral("incident"), 5},
                                                                  {QStringLiteral("alert"), 22}})});
        !o)
        return o;
    if (auto o = store.setConfig(halo, QStringLiteral("Northwind Traders"),
                                 {set("tenant", QStringLiteral("northwind")), set("verify_ssl", false)});
        !o)
        return o;

    // Microsoft Graph: an app registration in each customer's tenant, so the client ID and
    // secret are per organization; Wide World Importers has no secret yet, which the health
    // summary reports.
    const QString graph = QStringLiteral("MicrosoftGraph");
    if (auto created = store.createIntegration(
            {graph, Text::tr("Example: Microsoft Graph with an app registration in each customer's tenant."),
             QStringLiteral("common"), Text::tr("Tenant ID")});
        !created)
        return created.error();
    if (auto schema = store.setSchema(graph, graphSchema(), SchemaWrite::Apply); !schema)
        return schema.error();
    if (auto defaults = store.setConfig(
            graph, {},
            {set("authority", QStringLiteral("https://login.microsoftonline.com")),
             set("scopes", QJsonArray{QStringLiteral("https://graph.microsoft.com/.default")}),
             set("page_size", 100)});
        !defaults)
        return defaults.error();
    if (auto done = mapAll(
            store, graph,
            {{"Contoso", "00000000-0000-4000-8000-c0471050c001", "contoso.onmicrosoft.com"},
             {"Fabrikam", "00000000-0000-4000-8000-fab51ca40001", "fabrikam.onmicrosoft.com"},
             {"Northwind Traders", "", "northwindtraders.onmicrosoft.com"},
             {"Adventure Works", "00000000-0000-4000-8000-adc3e7000001", "adventureworks.onmicrosoft.com"},
             {"Tailspin Toys", "00000000-0000-4000-8000-7a115f100001", "tailspintoys.onmicrosoft.us"},
             {"Wide World Importers", "00000000-0000-4000-8000-3d3d1f000001",
              "wideworldimporters.onmicrosoft.com"}});
        !done)
        return done;
    const struct {
        const char *organization;
        const char *clientId;
        bool secret;
    } apps[] = {{"Contoso", "00000000-0000-4000-8000-00000000a001", true},
                {"Fabrikam", "00000000-0000-4000-8000-00000000a002", true},
                {"Northwind Traders", "00000000-0000-4000-8000-00000000a003", true},
                {"Adventure Works", "00000000-0000-4000-8000-00000000a004", true},
                {"Tailspin Toys", "00000000-0000-4000-8000-00000000a005", true},
                {"Wide World Importers", "00000000-0000-4000-8000-00000000a006", false}};
    for (const auto &app : apps) {
        QList<ConfigChange> changes{set("client_id", QLatin1String(app.clientId))};
        if (app.secret)
            changes << set("client_secret", QStringLiteral("example-client-secret"));
        if (auto o = store.setConfig(graph, QLatin1String(app.organization), changes); !o)
            return o;
    }
    if (auto o = store.setConfig(
            graph, QStringLiteral("Tailspin Toys"),
            {set("authority", QStringLiteral("https://login.microsoftonline.us")), set("page_size", 50)});
        !o)
        return o;
    return {};
}

} // namespace

Result<void> loadExampleData(Store &store) {
    return store.transaction([&]() -> Result<void> { return load(store); });
}

} // namespace bifrost
