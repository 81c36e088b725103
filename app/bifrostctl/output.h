#pragma once

#include "common/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace bifrost::cli {

// Writes to stdout in UTF-8, flushed at once so progress lines reach a pipe in order.
void printLine(const QString &line);
void printJson(const QJsonValue &value);
// Columns padded to their widest cell; the header row is upper-cased by the caller.
void printTable(const QStringList &headers, const QList<QStringList> &rows);

// One line on stderr, "bifrostctl: error: ...", and the exit code that goes with it.
int fail(const Error &error);
int usageError(const QString &message);

} // namespace bifrost::cli
