// Which YAML library parses a multi-megabyte spec into our Node tree fastest? Each candidate
// feeds its events into the same detail::YamlBuilder (core schema, aliases, merge keys), so the
// rows differ only in the library. Every library runs in its own forked child, so the peak
// memory (ru_maxrss) of one does not hide another's.
//
//   bifrost-bench-yaml FILE.yaml [RUNS]      (docs/PERFORMANCE.md, "YAML parser choice")
//
// Prints per library: the median, min and max wall time of RUNS parses (default 5), the median
// CPU time, the peak RSS of the child and the node count, which must agree between libraries.

#include "openapi/specdocument.h"
#include "openapi/yamlbuilder_p.h"

#include <QFile>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <libfyaml.h>
#include <streambuf>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

using bifrost::Result;
using bifrost::openapi::Node;
using bifrost::openapi::detail::YamlBuilder;

namespace {

constexpr size_t kMaxNodes = 10'000'000;

std::string_view tokenText(fy_token *token) {
    if (!token)
        return {};
    size_t length = 0;
    const char *text = fy_token_get_text(token, &length);
    return text ? std::string_view(text, length) : std::string_view();
}

Result<Node> parseLibfyaml(std::string_view text, const QString &source) {
    YamlBuilder builder(source, kMaxNodes);
    fy_parse_cfg cfg{};
    cfg.flags = fy_parse_cfg_flags(FYPCF_QUIET | FYPCF_COLLECT_DIAG | FYPCF_DEFAULT_VERSION_1_2);
    fy_parser *parser = fy_parser_create(&cfg);
    fy_parser_set_string(parser, text.data(), text.size());
    fy_event *event;
    while (!builder.failed() && (event = fy_parser_parse(parser))) {
        const fy_mark *mark = fy_event_start_mark(event);
        const int line = mark ? mark->line + 1 : 0;
        const int column = mark ? mark->column + 1 : 0;
        switch (event->type) {
        case FYET_SCALAR:
            builder.scalar(tokenText(event->scalar.value),
                           fy_token_scalar_style(event->scalar.value) == FYSS_PLAIN
                               ? YamlBuilder::Style::Plain
                               : YamlBuilder::Style::Quoted,
                           tokenText(event->scalar.tag), tokenText(event->scalar.anchor), line, column);
            break;
        case FYET_SEQUENCE_START:
            builder.startCollection(false, tokenText(event->sequence_start.anchor), line, column);
            break;
        case FYET_MAPPING_START:
            builder.startCollection(true, tokenText(event->mapping_start.anchor), line, column);
            break;
        case FYET_SEQUENCE_END:
        case FYET_MAPPING_END:
            builder.endCollection();
            break;
        case FYET_ALIAS:
            builder.alias(tokenText(event->alias.anchor), line, column);
            break;
        default:
            break;
        }
        fy_parser_event_free(parser, event);
    }
    if (!builder.failed() && fy_parser_get_stream_error(parser)) {
        void *iter = nullptr;
        fy_diag_error *error = fy_diag_errors_iterate(fy_parser_get_diag(parser), &iter);
        builder.fail(error ? error->line + 1 : 0, error ? error->column + 1 : 0,
                     QString::fromUtf8(error && error->msg ? error->msg : "syntax error"));
    }
    fy_parser_destroy(parser);
    return builder.finish();
}

// yaml-cpp reads from a std::istream; this one reads the buffer in place.
struct MemoryBuffer : std::streambuf {
    MemoryBuffer(std::string_view text) {
        char *p = const_cast<char *>(text.data());
        setg(p, p, p + text.size());
    }
};

class YamlCppHandler : public YAML::EventHandler {
public:
    explicit YamlCppHandler(YamlBuilder &builder)
        : m_builder(builder) {}
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override {
        m_builder.scalar({}, YamlBuilder::Style::Plain, {}, name(anchor), mark.line + 1, mark.column + 1);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override {
        m_builder.alias(name(anchor), mark.line + 1, mark.column + 1);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override {
        // yaml-cpp: "?" for a plain scalar, "!" for a quoted or block one, else the explicit tag.
        m_builder.scalar(value, tag == "?" ? YamlBuilder::Style::Plain : YamlBuilder::Style::Quoted,
                         tag == "?" || tag == "!" ? std::string_view() : std::string_view(tag), name(anchor),
                         mark.line + 1, mark.column + 1);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        m_builder.startCollection(false, name(anchor), mark.line + 1, mark.column + 1);
    }
    void OnSequenceEnd() override { m_builder.endCollection(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        m_builder.startCollection(true, name(anchor), mark.line + 1, mark.column + 1);
    }
    void OnMapEnd() override { m_builder.endCollection(); }

private:
    std::string name(YAML::anchor_t anchor) {
        return anchor == YAML::NullAnchor ? std::string() : std::to_string(anchor);
    }
    YamlBuilder &m_builder;
};

Result<Node> parseYamlCpp(std::string_view text, const QString &source) {
    YamlBuilder builder(source, kMaxNodes);
    MemoryBuffer buffer(text);
    std::istream stream(&buffer);
    try {
        YAML::Parser parser(stream);
        YamlCppHandler handler(builder);
        parser.HandleNextDocument(handler);
    } catch (const YAML::Exception &e) {
        builder.fail(e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg));
    }
    return builder.finish();
}

size_t countNodes(const Node &node) {
    size_t n = 1;
    for (const Node &item : node.items)
        n += countNodes(item);
    for (const auto &member : node.members)
        n += countNodes(member.second);
    return n;
}

struct Candidate {
    const char *name;
    std::function<Result<Node>(std::string_view, const QString &)> parse;
};

// CPU time of this process: less disturbed than wall time when other jobs share the cores.
double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

int runOne(const Candidate &candidate, const QString &path, int runs) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QByteArray data = file.readAll();
    std::vector<double> ms;
    std::vector<double> cpu;
    size_t nodes = 0;
    for (int i = 0; i < runs; ++i) {
        const double cpuStart = cpuMs();
        const auto start = std::chrono::steady_clock::now();
        auto parsed = candidate.parse(std::string_view(data.constData(), size_t(data.size())), path);
        const auto end = std::chrono::steady_clock::now();
        cpu.push_back(cpuMs() - cpuStart);
        if (!parsed) {
            std::fprintf(stderr, "%s: %s\n", candidate.name, qPrintable(parsed.error().message));
            return 1;
        }
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        nodes = countNodes(*parsed);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("| %-22s | %9.0f | %9.0f | %9.0f | %10.0f | %12.0f | %10zu |\n", candidate.name,
                ms[ms.size() / 2], ms.front(), ms.back(), cpu[cpu.size() / 2],
                double(usage.ru_maxrss) / 1024.0, nodes);
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE.yaml [RUNS]\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const std::vector<Candidate> candidates = {
        {"read only (baseline)", [](std::string_view, const QString &) -> Result<Node> { return Node(); }},
        // The shipped parser is the libyaml candidate: its event loop is the one to measure.
        {"libyaml 0.2.5 (parseYaml)", bifrost::openapi::parseYaml},
        {"libfyaml 0.7.12", parseLibfyaml},
        {"yaml-cpp 0.7.0", parseYamlCpp},
    };
    std::printf("| library                | median ms |    min ms |    max ms | CPU ms med | peak RSS MiB |  "
                "    nodes |\n"
                "|------------------------|----------:|----------:|----------:|-----------:|-------------:|--"
                "---------:|\n");
    std::fflush(stdout);
    int status = 0;
    for (const Candidate &candidate : candidates) {
        const pid_t pid = fork();
        if (pid == 0)
            _exit(runOne(candidate, path, runs));
        int childStatus = 0;
        waitpid(pid, &childStatus, 0);
        if (!WIFEXITED(childStatus) || WEXITSTATUS(childStatus) != 0)
            status = 1;
    }
    return status;
}
