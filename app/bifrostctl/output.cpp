#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace bifrost::cli {

namespace {

void write(FILE *stream, const QString &text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Terminal output is one line per error: newlines in a message would break that contract.
QString oneLine(QString text) {
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

void printLine(const QString &line) {
    write(stdout, line + QLatin1Char('\n'));
}

void printJson(const QJsonValue &value) {
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printTable(const QStringList &headers, const QList<QStringList> &rows) {
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    auto format = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const bool last = c + 1 == cells.size();
            line += last ? cells.at(c) : cells.at(c).leftJustified(widths.at(c) + 2);
        }
        return line;
    };
    QString text = format(headers) + QLatin1Char('\n');
    for (const QStringList &row : rows)
        text += format(row) + QLatin1Char('\n');
    write(stdout, text);
}

int fail(const Error &error) {
    write(stderr, QStringLiteral("bifrostctl: error: ") + oneLine(error.message) + QLatin1Char('\n'));
    return int(error.code);
}

int usageError(const QString &message) {
    return fail(Error::invalid(message));
}

} // namespace bifrost::cli
