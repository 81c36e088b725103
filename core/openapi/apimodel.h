#pragma once

#include <string>
#include <vector>

namespace bifrost::openapi {

// What an API description says, independent of Swagger 2.0 / OpenAPI 3.0 / 3.1 and of the
// language generated from it. specreader builds it; pythongenerator turns it into code. Names
// here are the spec's own (wire names, component names); making them valid identifiers is the
// generator's job, so that one place decides naming.

// A schema's type as used at one place (a property, a parameter, a body, a result).
struct Type {
    enum class Kind : unsigned char {
        Any, // no schema, {}, or something we cannot type: kept as parsed JSON
        String,
        Integer,
        Number,
        Boolean,
        Null,   // only inside a Union (3.1 "type": ["string", "null"] is String + nullable)
        Binary, // format binary / type file: bytes
        Array,  // args[0] is the element type
        Map,    // args[0] is the value type (additionalProperties); keys are strings
        Model,  // index into ApiModel::models
        Enum,   // index into ApiModel::enums
        Union,  // args are the alternatives (oneOf / anyOf, or a 3.1 type list)
    };
    Kind kind = Kind::Any;
    int index = -1;         // Model / Enum
    std::vector<Type> args; // Array, Map: one; Union: two or more
    bool nullable = false;  // 3.0 nullable, x-nullable, 3.1 "null" in the type list
    std::string format;     // date-time, date, uuid, int64, ... (informational)
};

struct Property {
    std::string name; // wire name, exactly as in the spec ("@odata.type", "-1", "class")
    Type type;
    bool required = false;
    bool readOnly = false;
    bool writeOnly = false;
    bool deprecated = false;
    std::string description;
};

// An object schema: a named component, or an inline object given a name from where it occurs.
struct Model {
    std::string name; // component name, or a synthesized one ("ListPetsResponse", "PetOwner")
    std::string description;
    std::string location;             // "file:line:col" or "file#/json/pointer", for messages
    std::vector<Property> properties; // allOf members merged in order; required ones keep their place
    bool hasAdditional = false;       // additionalProperties allowed with a schema (not `true` alone)
    Type additional;                  // its value type, when hasAdditional
    std::string discriminator;        // the discriminator property name, when the spec gives one
};

struct Enum {
    std::string name;
    std::string description;
    std::string location;
    Type::Kind base = Type::Kind::String; // String, Integer, Number or Boolean
    std::vector<std::string> values;      // literal text: strings unquoted, numbers as written
    bool nullable = false;                // null was one of the values (dropped from `values`)
};

struct Parameter {
    enum class In : unsigned char { Path, Query, Header, Cookie };
    std::string name; // wire name
    In in = In::Query;
    Type type;
    bool required = false; // always true for path parameters
    bool deprecated = false;
    bool explode = true; // query arrays: ?a=1&a=2 (true) or ?a=1,2 (false)
    std::string description;
};

struct RequestBody {
    enum class Kind : unsigned char { Json, Form, Multipart, Binary, Text };
    Kind kind = Kind::Json;
    std::string contentType; // the media type chosen (JSON first when several are offered)
    Type type;
    bool required = false;
    std::string description;
};

// How a list operation continues, when the spec shows it.
struct Pagination {
    enum class Kind : unsigned char {
        None,
        ODataNextLink, // result object has "@odata.nextLink" (and the items in "value")
        LinkHeader,    // a response declares a "Link" header (RFC 8288 rel="next")
        Cursor,        // a response field holds the next cursor, sent back in a query parameter
    };
    Kind kind = Kind::None;
    std::string itemsField;  // result property with the items ("value", "items", "data"); empty
                             // when the result itself is the array (Link header APIs)
    Type itemType;           // element type of the items
    std::string cursorField; // Cursor: response property with the next cursor ("next_cursor",
                             // "nextPageToken", "cursor"; may be dotted for a nested one: "meta.next_cursor")
    std::string cursorParam; // Cursor: query parameter that takes it ("cursor", "pageToken")
};

struct Operation {
    std::string operationId; // as in the spec; may be empty
    std::string method;      // lower case: get, put, post, delete, options, head, patch, trace
    std::string path;        // "/pets/{petId}"
    std::string summary;
    std::string description;
    std::string location;
    bool deprecated = false;
    std::vector<std::string> tags;
    std::vector<Parameter> parameters; // path-level and operation-level merged (operation wins)
    bool hasBody = false;
    RequestBody body;
    // The first 2xx response (lowest code, then "2XX", then "default" when there is no 2xx) with
    // content: its type. hasResult false for 204 or a response without content.
    bool hasResult = false;
    Type result;
    std::string resultContentType;
    Pagination pagination;
    std::vector<std::string> security; // scheme names that apply (operation's, else global)
};

struct SecurityScheme {
    enum class Kind : unsigned char { ApiKey, HttpBearer, HttpBasic, OAuth2, OpenIdConnect, Other };
    std::string name; // key under securitySchemes / securityDefinitions
    Kind kind = Kind::Other;
    std::string in;                         // ApiKey: header, query or cookie
    std::string paramName;                  // ApiKey: header or parameter name
    std::string authorizationUrl, tokenUrl; // OAuth2: from the first flow that gives them
    std::vector<std::string> scopes;        // OAuth2: every scope the flows list, sorted
};

struct ApiModel {
    std::string specVersion; // "2.0", "3.0.3", "3.1.0"
    std::string title;
    std::string version;
    std::string description;
    std::vector<std::string> servers; // absolute where the spec allows (variables at their
                                      // defaults; 2.0: scheme + host + basePath)
    std::vector<Model> models;        // components first in spec order, then inline ones
    std::vector<Enum> enums;
    std::vector<Operation> operations; // in spec order: paths, then methods in the order above
    std::vector<SecurityScheme> securitySchemes;
    std::vector<std::string> globalSecurity;
};

// An item the reader skipped (a broken schema, an unresolvable $ref, an operation it cannot
// read): generation goes on without it and the message is printed as a warning.
struct SpecWarning {
    std::string location; // "file:line:col" or "file#/json/pointer"
    std::string message;  // what was wrong and what was done ("skipped", "typed as Any")
};

} // namespace bifrost::openapi
