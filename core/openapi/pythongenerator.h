#pragma once

#include "apimodel.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace bifrost::openapi {

// The auth an SDK sends on every request. The config keys are fixed, since workflows already use
// them (issue 6): Bearer -> `token`; ApiKey -> `header_name` + `api_key`; Basic -> `username` +
// `password`; OAuth -> the integration's OAuth connection (`integration.oauth.access_token`).
enum class SdkAuth { None, Bearer, ApiKey, Basic, OAuth };

struct GeneratedFile {
    QString path; // relative to the output folder, "/"-separated: "example_api/models.py"
    QByteArray content;
};

struct PythonOptions {
    std::string integration; // integration name, looked up by integrations.get() on each call
    std::string package;     // Python package name (already a valid identifier)
    SdkAuth auth = SdkAuth::None;
    std::string defaultHeaderName = "X-API-Key"; // ApiKey: used when `header_name` is empty
};

// Generates the SDK package from `model`: PACKAGE/__init__.py, PACKAGE/models.py,
// PACKAGE/client.py, PACKAGE/_base.py (SDKError, retries, auth, pagination helpers) and
// PACKAGE/py.typed. Pure and deterministic: the same model and options give the same bytes (no
// dates, no hash-order iteration). Python 3.11 + httpx; passes py_compile and mypy.
// Identifiers never shadow a keyword, soft keyword, builtin or an import of the module they
// are in (a trailing underscore: class_, from_, type_, list_, id_); wire names stay as they are in
// the requests and in to_dict/from_dict. Duplicate names get _2, _3 in spec order.
// Naming rules (pythonnames.h): words split at camelCase, acronym and non-alphanumeric
// boundaries; Latin-1 / Latin Extended-A letters transliterated (é -> e, ß -> ss), other non-ASCII
// dropped; a leading "-" before a digit is the word "minus" ("-1" -> minus_1, enum MINUS_1). A
// name that starts with a digit gets a prefix: "n_" for snake_case ("1st" -> n_1st), "N_" for enum
// members ("2xx" -> N_2XX), "N" for classes ("3D" -> N3d). Nothing left: "value" (attributes),
// "param" (parameters), "VALUE" (enum members; "" itself is EMPTY), "Model" / "Enum" (classes),
// method + path (operations without an operationId: get_pets_pet_id). Models also reserve
// from_dict / to_dict (-> from_dict_) and their unknown-field dict is additional_properties (made
// unique); Client methods reserve models, client, aclose, retry_wait; pagination helpers are
// iter_<function>, named after every operation so they never take an operation's name.
// models.py uses a lazy stand-in for @dataclass at run time (see
// resources/python/sdk/models_prelude.py): the same semantics, without a second of exec() at import.
// `warnings` gets an entry for each item the generator itself had to drop.
std::vector<GeneratedFile> generatePython(const ApiModel &model, const PythonOptions &options,
                                          std::vector<SpecWarning> *warnings = nullptr);

// The Python function name of each operation, in model order: snakeCase(operationId), else
// method + path, made unique in spec order. The generator names the client's methods and
// functions with it, and the SDK summary (wizard preview, CLI) shows the same names.
std::vector<std::string> operationFunctionNames(const ApiModel &model);

// snake_case of an operationId or a name ("listPetsByID" -> "list_pets_by_id",
// "Get-User.Profile" -> "get_user_profile"); "" when nothing usable is left. Shared with the
// package-name default (integration name -> package).
std::string snakeCase(std::string_view name);

} // namespace bifrost::openapi
