#pragma once

#include "apimodel.h"
#include "common/result.h"
#include "specdocument.h"

namespace bifrost::openapi {

struct ReadSpec {
    ApiModel model;
    std::vector<SpecWarning> warnings;
};

// Reads Swagger 2.0, OpenAPI 3.0 or 3.1 into an ApiModel.
// - Named component schemas (definitions / components.schemas) become Models or Enums, in
//   spec order, each once, however often it is referenced; references may be circular (a model
//   is registered before its properties are read, so a cycle ends at its index).
// - Inline object schemas become Models named after where they occur; inline enums become Enums.
// - allOf: the members' properties merged into one Model (a member that is a reference
//   contributes its properties); oneOf/anyOf: a Union; 3.1 type lists: a Union or a nullable type.
// - Local ("#/...") and external ("other.yaml#/...") references through SpecSet::follow.
// Fatal (InvalidInput with the location): not an OpenAPI/Swagger document, an unsupported
// version (named, with the ones we read), no `paths` object. Everything else that is broken is
// skipped with a SpecWarning (a model typed Any, an operation left out) so the rest generates.
Result<ReadSpec> readSpec(const SpecSet &spec);

} // namespace bifrost::openapi
