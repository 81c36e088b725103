// The OpenAPI spec loader and reader on one hostile document: the JSON parser, the YAML parser
// (libyaml plus our builder: aliases, merge keys, the alias-bomb cap) and readSpec, which walks
// Swagger 2.0 / OpenAPI 3.x into the model the SDK generator uses. The first byte picks the parser
// (so both grammars get the whole rest); loadSpec's file and URL handling is not fuzzed here.

#include "fuzzutil.h"
#include "openapi/specdocument.h"
#include "openapi/specreader.h"

#include <memory>
#include <string_view>

using namespace bifrost;
using namespace bifrost::openapi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::quietOnce();
    if (size == 0)
        return 0;
    const std::string_view text(reinterpret_cast<const char *>(data) + 1, size - 1);
    const QString source = QStringLiteral("/fuzz/spec.yaml");

    Result<Node> parsed = Error::invalid(QString());
    switch (data[0] % 3) {
    case 0:
        parsed = parseJson(text, source);
        break;
    case 1:
        parsed = parseYaml(text, source);
        break;
    default:
        parsed = parseSpecText(text, source);
        break;
    }
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.isEmpty());
        fuzz::note("parse", parsed.error().message);
        return 0;
    }

    SpecSet set;
    set.mainSource = source;
    auto doc = std::make_shared<Document>();
    doc->source = source;
    doc->root = std::move(*parsed);
    set.documents.emplace(source, doc);

    const auto read = readSpec(set);
    if (!read)
        FUZZ_CHECK(!read.error().message.isEmpty());
    fuzz::note("readSpec", read ? QStringLiteral("ok, %1 operations, %2 warnings")
                                      .arg(read->model.operations.size())
                                      .arg(read->warnings.size())
                                : read.error().message);
    // Pointers are how $ref reaches into a document: every member name must resolve back (a
    // name with '%' aside: a reference is a URI fragment, percent-decoded before it is followed).
    if (doc->root.isObject()) {
        for (const auto &[name, node] : doc->root.members) {
            if (name.find('%') != std::string::npos)
                continue;
            const Node *found = resolvePointer(doc->root, "/" + escapePointerToken(name));
            FUZZ_CHECK(found != nullptr);
        }
    }
    return 0;
}
