#pragma once

// Internal to core/openapi: how a reference's file part becomes the source string of the
// document it names. SpecSet::follow and loadSpec must agree on it, or a loaded document would
// not be found under the key a reference computes.

#include <QString>

#include <string_view>

namespace bifrost::openapi::detail {

// True for the sources that came from the network ("http://..." or "https://...").
bool isUrlSource(const QString &source);

// The absolute source named by `filePart` (the text of a $ref before '#', percent-encoded as
// in a URI) relative to the document `fromSource`: a cleaned absolute path for files, a URL
// without fragment or password for the network. Empty when it cannot name a document (a
// file: URL from a network document, for example: a remote spec must not read local files).
QString refTargetSource(const QString &fromSource, std::string_view filePart);

// The source string for a URL the user or a reference gave.
QString urlSource(const class QUrl &url);

} // namespace bifrost::openapi::detail
