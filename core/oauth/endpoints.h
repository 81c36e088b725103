#pragma once

#include "common/result.h"
#include "model/oauth.h"
#include "resolve/integrationdata.h"

#include <QString>
#include <QUrl>

namespace bifrost::oauth {

// True for 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(const QString &host);

// An OAuth endpoint must be https, or http on a loopback host (ARCHITECTURE.md §5). Templates
// ({entity_id}, {config.KEY}) are allowed in the path and query and checked after filling;
// a template in the scheme or host is checked with its placeholder in place. `field` names the
// setting ("token_url") in the error (InvalidInput).
Result<void> checkEndpointUrl(const QString &url, const QString &field);

// Fills {entity_id} and {config.KEY} from resolved data (URL-encoding each value). An
// unknown or empty placeholder, or a secret key, is an InvalidInput error naming it and the
// setting; the result is then checked with checkEndpointUrl.
Result<QString> fillUrlTemplate(const QString &url, const QString &field, const IntegrationData &data);

// The settings with every URL filled for one scope; the client secret value rides along.
struct ResolvedOAuth {
    OAuthSettings settings; // URLs filled
    QString clientSecret;   // empty when none
};
Result<ResolvedOAuth> resolveSettings(const OAuthSettings &settings, const IntegrationData &data,
                                      const QString &clientSecret);

} // namespace bifrost::oauth
