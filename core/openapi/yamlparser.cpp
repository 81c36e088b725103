#include "specdocument.h"
#include "yamlbuilder_p.h"

#include <algorithm>
#include <yaml.h>

// YAML through libyaml's event parser: measured fastest of libyaml, libfyaml and yaml-cpp on
// GitHub's spec as YAML (docs/PERFORMANCE.md, "YAML parser choice"; the harness is
// tests/bench/bench_yaml_parsers.cpp). libyaml only tokenises; what the YAML means (core schema
// typing, aliases, merge keys, the alias-bomb cap) is detail::YamlBuilder's job.

namespace bifrost::openapi {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OpenApi)
};

// The nodes a document may expand to: one per byte of text, at least a million, at most ten
// million. Without aliases a node takes several bytes of text, so real specs stay far below it
// (GitHub's 9.9 MB as YAML is about 260,000 nodes); an alias bomb is stopped before its copies
// take more than about a gigabyte.
size_t maxYamlNodes(size_t textSize) {
    return std::clamp<size_t>(textSize, 1'000'000, 10'000'000);
}

std::string_view view(const unsigned char *s) {
    return s ? std::string_view(reinterpret_cast<const char *>(s)) : std::string_view();
}

// libyaml frees the parser state on every path out of parseYaml.
struct ParserGuard {
    yaml_parser_t parser;
    ParserGuard() { yaml_parser_initialize(&parser); }
    ~ParserGuard() { yaml_parser_delete(&parser); }
    ParserGuard(const ParserGuard &) = delete;
    ParserGuard &operator=(const ParserGuard &) = delete;
};

} // namespace

Result<Node> parseYaml(std::string_view text, const QString &source) {
    detail::YamlBuilder builder(source, maxYamlNodes(text.size()));
    ParserGuard guard;
    yaml_parser_t &parser = guard.parser;
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(text.data()), text.size());
    bool done = false;
    while (!done && !builder.failed()) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            QString problem = QString::fromUtf8(parser.problem ? parser.problem : "syntax error");
            if (parser.context)
                problem = QString::fromUtf8(parser.context) + QStringLiteral(", ") + problem;
            const size_t at = parser.problem_mark.index;
            if (at < text.size() && text[at] == '\t')
                problem += Text::tr(" (tabs cannot indent YAML: use spaces)");
            builder.fail(int(parser.problem_mark.line) + 1, int(parser.problem_mark.column) + 1, problem);
            break;
        }
        const int line = int(event.start_mark.line) + 1;
        const int column = int(event.start_mark.column) + 1;
        switch (event.type) {
        case YAML_SCALAR_EVENT:
            builder.scalar(std::string_view(reinterpret_cast<const char *>(event.data.scalar.value),
                                            event.data.scalar.length),
                           event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE
                               ? detail::YamlBuilder::Style::Plain
                               : detail::YamlBuilder::Style::Quoted,
                           view(event.data.scalar.tag), view(event.data.scalar.anchor), line, column);
            break;
        case YAML_SEQUENCE_START_EVENT:
            builder.startCollection(false, view(event.data.sequence_start.anchor), line, column);
            break;
        case YAML_MAPPING_START_EVENT:
            builder.startCollection(true, view(event.data.mapping_start.anchor), line, column);
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            builder.endCollection();
            break;
        case YAML_ALIAS_EVENT:
            builder.alias(view(event.data.alias.anchor), line, column);
            break;
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        default:
            break;
        }
        yaml_event_delete(&event);
    }
    return builder.finish();
}

} // namespace bifrost::openapi
