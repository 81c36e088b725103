#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace bifrost {

// The numeric values are the process exit codes of bifrostctl (ARCHITECTURE.md §6), so a core
// error maps to an exit code without a translation table.
enum class ErrorCode {
    Internal = 1,
    InvalidInput = 2,
    NotFound = 3,
    Conflict = 4,
    External = 5,
};

// A failure a user can act on: `message` is a complete sentence that names what was wrong and
// what to do; `field` names the key or option it concerns, when there is one.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field;

    static Error invalid(QString message, QString field = {}) {
        return {ErrorCode::InvalidInput, std::move(message), std::move(field)};
    }
    static Error notFound(QString message) { return {ErrorCode::NotFound, std::move(message), {}}; }
    static Error conflict(QString message) { return {ErrorCode::Conflict, std::move(message), {}}; }
    static Error external(QString message) { return {ErrorCode::External, std::move(message), {}}; }
    static Error internal(QString message) { return {ErrorCode::Internal, std::move(message), {}}; }
};

// A value or an Error. Core calls return this instead of throwing, so no exception ever crosses
// the event loop.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace bifrost
