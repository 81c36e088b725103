// bifrost-bench-resolve: in-process cost of resolving one (integration, organization) on a
// dataset written by bifrost-bench-dataset, with the store already open.
//
//   bifrost-bench-resolve --db PATH [--benchmark_* flags]
//
// Each iteration takes the next of a fixed pseudo-random sequence of 4,096 pairs, named by name
// as `bifrostctl get` names them. The *_HotCache benchmarks repeat the measurement with the whole
// working set in SQLite's page cache (see prepareCache). Besides Google Benchmark's time per
// iteration (a mean), every call is timed on its own: the p50/p99 counters are the median and the
// tail of single calls. Without --benchmark_repetitions, each benchmark runs 10 repetitions and
// reports their median.
#include "dataset.h"
#include "resolve/resolver.h"
#include "secrets/keychainsecretstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#ifdef BIFROST_BENCH_SQLITE
#include <sqlite3.h>
#endif

using namespace bifrost;

namespace {

#ifdef BIFROST_BENCH_SQLITE
// The floor under BM_ResolveInput: the same reads as Store::resolveInput (the SQL mirrors the
// Store's), through the SQLite C API on a connection of its own, without Qt. Every column of every
// row is read as the Store reads it, into nothing.
class SqliteFloor {
public:
    SqliteFloor() = default;
    SqliteFloor(const SqliteFloor &) = delete;
    SqliteFloor &operator=(const SqliteFloor &) = delete;
    ~SqliteFloor() {
        for (sqlite3_stmt *s : m_statements)
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }

    bool open(const QString &path) {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                            nullptr) != SQLITE_OK)
            return false;
        const char *sql[] = {
            "SELECT id, name, description, default_entity_id, entity_id_label, created_at, updated_at"
            " FROM integrations WHERE name = ?1 UNION ALL SELECT id, name, description, default_entity_id,"
            " entity_id_label, created_at, updated_at FROM integrations WHERE id = ?1 LIMIT 1",
            "SELECT key, type, required, description, options, label, placeholder, pattern, min_value,"
            " max_value, position FROM schema_fields WHERE integration_id = ?1",
            "SELECT id, name, created_at, updated_at FROM organizations WHERE id = ?1"
            " UNION ALL SELECT id, name, created_at, updated_at FROM organizations WHERE name_key = ?2 LIMIT "
            "1",
            "SELECT key, organization_id, value, secret_ref FROM config_values"
            " WHERE integration_id = ?1 AND organization_id IS NULL"
            " UNION ALL SELECT key, organization_id, value, secret_ref FROM config_values"
            " WHERE integration_id = ?1 AND organization_id = ?2",
            "SELECT entity_id, entity_name, created_at, updated_at FROM mappings"
            " WHERE integration_id = ?1 AND organization_id = ?2"};
        for (const char *text : sql) {
            sqlite3_stmt *s = nullptr;
            if (sqlite3_prepare_v3(m_db, text, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK)
                return false;
            m_statements.push_back(s);
        }
        return true;
    }
    const char *error() const { return m_db ? sqlite3_errmsg(m_db) : "out of memory"; }
    void exec(const char *sql) { sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }

    // Returns the number of rows read (0 when the integration or organization is unknown).
    int resolve(const std::string &integration, const std::string &organization, const std::string &nameKey) {
        int rows = 0;
        sqlite3_stmt *find = bind(0, integration);
        if (sqlite3_step(find) != SQLITE_ROW) {
            reset(find);
            return 0;
        }
        const std::string integrationId = text(find, 0);
        rows += readRow(find) + drain(find);
        rows += drain(bind(1, integrationId));
        sqlite3_stmt *org = bind(2, organization, nameKey);
        if (sqlite3_step(org) != SQLITE_ROW) {
            reset(org);
            return 0;
        }
        const std::string organizationId = text(org, 0);
        rows += readRow(org) + drain(org);
        rows += drain(bind(3, integrationId, organizationId));
        rows += drain(bind(4, integrationId, organizationId));
        return rows;
    }

private:
    sqlite3_stmt *bind(int statement, const std::string &a, const std::string &b = {}) {
        sqlite3_stmt *s = m_statements[size_t(statement)];
        sqlite3_bind_text(s, 1, a.data(), int(a.size()), SQLITE_TRANSIENT);
        if (sqlite3_bind_parameter_count(s) > 1)
            sqlite3_bind_text(s, 2, b.data(), int(b.size()), SQLITE_TRANSIENT);
        return s;
    }
    static std::string text(sqlite3_stmt *s, int column) {
        return {reinterpret_cast<const char *>(sqlite3_column_text(s, column)),
                size_t(sqlite3_column_bytes(s, column))};
    }
    int readRow(sqlite3_stmt *s) {
        for (int c = 0, n = sqlite3_column_count(s); c < n; ++c) {
            if (sqlite3_column_type(s, c) == SQLITE_INTEGER)
                m_sink += sqlite3_column_int64(s, c);
            else if (const unsigned char *t = sqlite3_column_text(s, c))
                m_sink += sqlite3_column_bytes(s, c) + t[0];
        }
        return 1;
    }
    int drain(sqlite3_stmt *s) {
        int rows = 0;
        while (sqlite3_step(s) == SQLITE_ROW)
            rows += readRow(s);
        reset(s);
        return rows;
    }
    static void reset(sqlite3_stmt *s) {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    }

    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
    qint64 m_sink = 0;
};
#endif

struct Pair {
    QString integration;
    QString organization;
};

struct Fixture {
    bench::BenchStore bench; // the store and the secret backend bifrostctl would use
    Store *store = nullptr;
    std::vector<Pair> pairs;            // random (integration, organization) by name
    std::vector<ResolveInput> inputs;   // loaded inputs for the pure resolve()
    std::vector<QString> secretHolders; // integrations with a secret field, for the keychain read
#ifdef BIFROST_BENCH_SQLITE
    std::unique_ptr<SqliteFloor> floor;
    std::vector<std::array<std::string, 3>> floorPairs; // UTF-8 names, and the organization's name key
#endif
    bool hotCache = false;
};

Fixture *g_fixture = nullptr;

// Per-call latencies in nanoseconds; reported as the p50 and p99 counters of the run.
class CallTimes {
public:
    explicit CallTimes(benchmark::State &state)
        : m_state(state) {
        m_ns.reserve(size_t(std::min<benchmark::IterationCount>(state.max_iterations, 1 << 20)));
    }
    ~CallTimes() {
        if (m_ns.empty())
            return;
        std::sort(m_ns.begin(), m_ns.end());
        auto at = [&](double q) { return double(m_ns[size_t(q * double(m_ns.size() - 1))]) / 1000.0; };
        m_state.counters["p50_us"] = at(0.50);
        m_state.counters["p99_us"] = at(0.99);
    }
    void add(std::chrono::steady_clock::duration d) {
        m_ns.push_back(std::chrono::duration_cast<std::chrono::nanoseconds>(d).count());
    }

private:
    benchmark::State &m_state;
    std::vector<qint64> m_ns;
};

// Times one call; `call` returns false after SkipWithError, and the loop must then end.
template <typename F>
bool timed(CallTimes &times, F &&call) {
    const auto start = std::chrono::steady_clock::now();
    const bool ok = call();
    times.add(std::chrono::steady_clock::now() - start);
    return ok;
}

// The default-cache benchmarks read as bifrostctl does, with SQLite's default page cache (2 MB):
// most pages of the 170 MB dataset come from the OS page cache, or from the disk when the OS has
// evicted them. The hot-cache benchmarks, which run last, first give both connections a page
// cache that holds every page the pairs touch and warm it: what is left is the CPU cost.
bool prepareCache(benchmark::State &state, bool hot) {
    Fixture &f = *g_fixture;
    if (hot == f.hotCache)
        return true;
    if (!hot) {
        state.SkipWithError("the default-cache benchmarks must run before the hot-cache ones");
        return false;
    }
    const char *pragma = "PRAGMA cache_size = -1048576"; // at most 1 GiB, allocated as pages are read
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlQuery q(QSqlDatabase::database(name, false));
        q.exec(QString::fromLatin1(pragma));
    }
    for (const Pair &pair : f.pairs)
        (void)f.store->resolveInput(pair.integration, pair.organization);
#ifdef BIFROST_BENCH_SQLITE
    f.floor->exec(pragma);
    for (const auto &pair : f.floorPairs)
        f.floor->resolve(pair[0], pair[1], pair[2]);
#endif
    f.hotCache = true;
    return true;
}

// The loop every benchmark shares: one timed `call(item, index)` per iteration, cycling through
// `items`; a call that returns false (after SkipWithError) ends the run.
template <typename Items, typename Call>
void timeEach(benchmark::State &state, bool hot, const Items &items, Call &&call) {
    if (!prepareCache(state, hot))
        return;
    CallTimes times(state);
    size_t i = 0;
    for (auto _ : state) {
        const size_t index = i++;
        const auto &item = items[index % items.size()];
        if (!timed(times, [&] { return call(item, index); }))
            break;
    }
    state.SetItemsProcessed(state.iterations());
}

// Store::resolveInput + resolve(): what `get` does in process, secrets left masked.
void BM_ResolveInputAndResolve(benchmark::State &state, bool hot) {
    Fixture &f = *g_fixture;
    timeEach(state, hot, f.pairs, [&](const Pair &pair, size_t) {
        auto input = f.store->resolveInput(pair.integration, pair.organization);
        if (!input) {
            state.SkipWithError(qPrintable(input.error().message));
            return false;
        }
        IntegrationData data = resolve(*input);
        benchmark::DoNotOptimize(data);
        return true;
    });
}

// Store::resolveInput alone: the SQLite share of the above.
void BM_ResolveInput(benchmark::State &state) {
    Fixture &f = *g_fixture;
    timeEach(state, false, f.pairs, [&](const Pair &pair, size_t) {
        auto input = f.store->resolveInput(pair.integration, pair.organization);
        benchmark::DoNotOptimize(input);
        return true;
    });
}

// resolve() alone on inputs loaded beforehand: the merge, independent of the database.
void BM_Resolve(benchmark::State &state) {
    Fixture &f = *g_fixture;
    timeEach(state, false, f.inputs, [&](const ResolveInput &input, size_t) {
        IntegrationData data = resolve(input);
        benchmark::DoNotOptimize(data);
        return true;
    });
}

// resolveFromStore with secrets revealed and toJson(): everything `get` does after opening the
// store, including one keychain round trip over D-Bus.
void BM_GetInProcess(benchmark::State &state) {
    Fixture &f = *g_fixture;
    if (f.secretHolders.empty()) {
        state.SkipWithError("the dataset has no secret field");
        return;
    }
    timeEach(state, false, f.pairs, [&](const Pair &pair, size_t index) {
        const QString &integration = f.secretHolders[(index + 1) % f.secretHolders.size()];
        auto data = resolveFromStore(*f.store, integration, pair.organization, true);
        if (!data) {
            state.SkipWithError(qPrintable(data.error().message));
            return false;
        }
        QJsonObject json = data->toJson(false);
        benchmark::DoNotOptimize(json);
        return true;
    });
}

#ifdef BIFROST_BENCH_SQLITE
void BM_SqliteFloor(benchmark::State &state, bool hot) {
    Fixture &f = *g_fixture;
    if (!f.floor) {
        state.SkipWithError("no SQLite floor for a PostgreSQL dataset");
        return;
    }
    timeEach(state, hot, f.floorPairs, [&](const auto &pair, size_t) {
        if (f.floor->resolve(pair[0], pair[1], pair[2]) > 0)
            return true;
        state.SkipWithError("the SQLite floor found no row");
        return false;
    });
}
#endif

int fail(const QString &message) {
    std::fprintf(stderr, "bifrost-bench-resolve: error: %s\n", qUtf8Printable(message));
    return 2;
}

Result<void> load(Fixture &f, const QString &path) {
    if (auto opened = f.bench.open(path); !opened)
        return opened.error();
    f.store = f.bench.store.get();
    auto integrations = f.store->integrations();
    if (!integrations)
        return integrations.error();
    auto organizations = f.store->organizations();
    if (!organizations)
        return organizations.error();
    if (integrations->isEmpty() || organizations->isEmpty())
        return Error::notFound(
            QStringLiteral("the dataset %1 is empty; write it with bifrost-bench-dataset").arg(path));

    std::mt19937 random(20240601); // fixed: every run resolves the same sequence
    std::uniform_int_distribution<qsizetype> pickIntegration(0, integrations->size() - 1);
    std::uniform_int_distribution<qsizetype> pickOrganization(0, organizations->size() - 1);
    for (int n = 0; n < 4096; ++n)
        f.pairs.push_back({integrations->at(pickIntegration(random)).name,
                           organizations->at(pickOrganization(random)).name});
    for (size_t n = 0; n < 256; ++n) {
        auto input = f.store->resolveInput(f.pairs[n].integration, f.pairs[n].organization);
        if (!input)
            return input.error();
        f.inputs.push_back(std::move(*input));
    }
    for (const Integration &i : std::as_const(*integrations)) {
        auto full = f.store->integration(i.id);
        if (!full)
            return full.error();
        const bool hasSecret = std::any_of(full->schema.cbegin(), full->schema.cend(),
                                           [](const SchemaField &field) { return field.isSecret(); });
        if (hasSecret)
            f.secretHolders.push_back(i.name);
    }
#ifdef BIFROST_BENCH_SQLITE
    if (f.store->isPostgres())
        return {}; // the floor reads the SQLite file directly
    f.floor = std::make_unique<SqliteFloor>();
    if (!f.floor->open(f.store->path()))
        return Error::external(QString::fromUtf8(f.floor->error()));
    for (const Pair &p : f.pairs)
        f.floorPairs.push_back({p.integration.toStdString(), p.organization.toStdString(),
                                p.organization.trimmed().toCaseFolded().toStdString()});
#endif
    return {};
}

// In this order: the hot-cache benchmarks change the cache for everything after them.
void registerBenchmarks() {
    using benchmark::RegisterBenchmark;
    std::vector<benchmark::internal::Benchmark *> all{
        RegisterBenchmark("BM_ResolveInputAndResolve", BM_ResolveInputAndResolve, false),
        RegisterBenchmark("BM_ResolveInput", BM_ResolveInput),
        RegisterBenchmark("BM_Resolve", BM_Resolve),
#ifdef BIFROST_BENCH_SQLITE
        RegisterBenchmark("BM_SqliteFloor", BM_SqliteFloor, false),
#endif
        RegisterBenchmark("BM_GetInProcess", BM_GetInProcess),
        RegisterBenchmark("BM_ResolveInputAndResolve_HotCache", BM_ResolveInputAndResolve, true),
#ifdef BIFROST_BENCH_SQLITE
        RegisterBenchmark("BM_SqliteFloor_HotCache", BM_SqliteFloor, true),
#endif
    };
    for (benchmark::internal::Benchmark *b : all)
        b->Unit(benchmark::kMicrosecond);
}

} // namespace

int main(int argc, char *argv[]) {
    // Our own option first, then Google Benchmark's; 10 repetitions unless told otherwise.
    QString path;
    std::vector<char *> args{argv[0]};
    bool repetitionsGiven = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
            path = QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        if (std::strncmp(argv[i], "--db=", 5) == 0) {
            path = QString::fromLocal8Bit(argv[i] + 5);
            continue;
        }
        if (std::strncmp(argv[i], "--benchmark_repetitions", 23) == 0)
            repetitionsGiven = true;
        args.push_back(argv[i]);
    }
    std::string repetitions = "--benchmark_repetitions=10";
    if (!repetitionsGiven)
        args.push_back(repetitions.data());
    int benchArgc = int(args.size());
    registerBenchmarks();
    benchmark::Initialize(&benchArgc, args.data());
    if (benchmark::ReportUnrecognizedArguments(benchArgc, args.data()))
        return 2;

    QCoreApplication app(argc, argv);
    if (path.isEmpty())
        return fail(QStringLiteral("give the dataset with --db PATH (written by bifrost-bench-dataset)"));
    Fixture fixture;
    if (auto loaded = load(fixture, path); !loaded)
        return fail(loaded.error().message);
    g_fixture = &fixture;
    benchmark::AddCustomContext("dataset", path.toStdString());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
