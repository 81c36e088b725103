#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace bifrost {
class Store;
}

// `bifrostctl doctor [--fix]`: is this database and its secret store in order?
namespace bifrost::maintenance {

struct Finding {
    enum class Severity { Ok, Warning, Problem };
    QString check; // "integrity", "foreign_keys", "secret_backend", "missing_secret",
                   // "orphan_secret", "oauth_lease", ...
    Severity severity = Severity::Ok;
    QString message;      // a sentence that says what is wrong and what to do; never a secret value
    bool fixable = false; // --fix repairs it (orphan secrets, stale leases)
    bool fixed = false;
};

struct DoctorReport {
    QList<Finding> findings;

    bool healthy() const; // no Problem left unfixed
    int problems() const; // unfixed problems
    QJsonObject toJson() const;
};

// Runs every check. With `fix`, repairs what is fixable after listing it (the findings say what
// was removed). Checks: SQLite integrity and foreign keys; the secret backend answers (a probe
// for the keychain, an unlock for the vault); every secret reference has its entry; every entry
// of this database in the secret store has a reference (when the backend can list entries;
// otherwise a Warning says the check was skipped and why); expired OAuth refresh leases.
// Fails only when it cannot run at all: a wrong or missing vault passphrase (InvalidInput), or a
// database it cannot read; a backend that does not answer is a finding.
Result<DoctorReport> runDoctor(Store &store, bool fix);

} // namespace bifrost::maintenance
