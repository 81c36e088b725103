#pragma once

// Internal to the spec reader: the state shared by specreader.cpp (document, operations,
// security, servers, pagination) and specschema.cpp (schemas into Models, Enums and Types).

#include "specreader.h"

#include <QCoreApplication>

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace bifrost::openapi::detail {

enum class SpecVersion : unsigned char { Swagger2, OpenApi30, OpenApi31 };

// A node and the document that holds it: references inside it resolve relative to that document.
struct At {
    const Document *doc = nullptr;
    const Node *node = nullptr;
    explicit operator bool() const { return node != nullptr; }
};

// "list pets/{id}" -> "ListPetsId": synthesized names for inline models and enums.
std::string pascal(std::string_view text);
bool sameType(const Type &a, const Type &b);

class Reader {
public:
    Reader(const SpecSet &set, SpecVersion version);

    ReadSpec out;

    // --- schemas (specschema.cpp) ---
    // Names and spec positions of the main document's component schemas; reads them all.
    void readComponents();
    // The Type of the schema `node` (cached per node, so a schema reached twice is read once and
    // a named component becomes one Model however often it is referenced). `hint` names inline
    // models and enums. Models are registered at once and filled later by drainModels(), so a
    // chain of references never deepens the recursion.
    Type readSchema(const Document *doc, const Node &node, const std::string &hint, int depth = 0);
    // Adds a model made by the reader itself (Swagger 2.0 form parameters); listed after components.
    int addModel(Model model);
    // Fills every registered model that is still empty.
    void drainModels();
    // Puts components first in spec order, then inline models and enums, and remaps every index.
    void finish();

    // --- references ---
    // Follows one $ref found at `at` in `doc` (cached per document and reference text); on failure
    // a warning "...; <whatDone>" and an empty At.
    At follow(const Document *doc, const Node &at, const std::string &ref, const QString &whatDone);
    // Follows $ref chains (parameters, responses, request bodies, headers, path items).
    // `lastRef` (may be null) gets the last reference followed, empty when there was none.
    At deref(At at, const QString &whatDone, std::string *lastRef = nullptr);

    void warn(const Document *doc, const Node &node, const QString &message);
    static std::string where(const Document *doc, const Node &node);

    const SpecSet &set;
    const SpecVersion version;

private:
    struct Merge; // allOf members collected (specschema.cpp)
    struct FillTask {
        const Document *doc = nullptr;
        const Node *node = nullptr;
        int index = -1;
        bool allOf = false;
    };
    struct Component {
        int position = 0;
        std::string name;
    };
    struct RefEntry {
        At target;
        QString error;
    };

    Type readUncached(const Document *doc, const Node &node, const std::string &hint, int depth);
    Type readTyped(const Document *doc, const Node &node, const std::string &typeName,
                   const std::string &hint, int depth);
    Type readObject(const Document *doc, const Node &node, const std::string &hint, int depth);
    std::optional<Type> readUnion(const Document *doc, const Node &node, const Node &members,
                                  const std::string &hint, int depth);
    std::optional<Type> readEnum(const Document *doc, const Node &node, const Node &values,
                                 const std::vector<std::string> &types, const std::string &hint);
    Type readConst(const Document *doc, const Node &node, const Node &value, const std::string &hint);
    bool collect(const Document *doc, const Node &node, Merge &merge, int depth);
    void fillModel(const FillTask &task);
    int newModel(const Document *doc, const Node &node, const std::string &hint, bool allOf);
    int newEnum(const Document *doc, const Node &node, const std::string &hint, Enum value);
    std::string nameFor(const Node &node, const std::string &hint, std::pair<int, int> &key);

    std::unordered_map<const Node *, Type> m_types;
    std::unordered_set<const Node *> m_inProgress;
    std::unordered_map<const Node *, Component> m_components;
    std::unordered_map<const Document *, std::unordered_map<std::string, RefEntry>> m_refs;
    std::deque<FillTask> m_pending;
    std::vector<std::pair<int, int>> m_modelKeys; // (0, spec position) components, (1, seq) others
    std::vector<std::pair<int, int>> m_enumKeys;
    int m_sequence = 0;
};

} // namespace bifrost::openapi::detail
