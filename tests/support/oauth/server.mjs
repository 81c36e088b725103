// The OAuth 2.0 / OpenID Connect authorization server the OAuth tests run against: oidc-provider
// (pinned in tests/package.json) with the clients below, on 127.0.0.1 only.
//
//   node server.mjs            ephemeral port (OAUTH_PORT=N fixes one)
//   stdout: exactly one line "READY http://127.0.0.1:PORT" (the issuer) once it listens;
//   runs until killed. Everything else (warnings, server errors) goes to stderr.
//
// Endpoints (oidc-provider's defaults): /auth, /token, /token/revocation, /device/auth, /device,
// /.well-known/openid-configuration. Test endpoints:
//   GET  /_test/stats          what the server saw (counts per grant type, last token request)
//   POST /_test/reset          zeroes the stats
//   POST /_test/revoke-grants  revokes every grant issued so far (their refresh and access tokens
//                              die with them), so a later refresh gets a genuine invalid_grant
//   POST /_test/slow-down?n=N  the next N device-code polls that would be authorization_pending
//                              answer slow_down instead (default 1)
//
// Device flow polling (RFC 8628 §3.5), which oidc-provider leaves to the deployment: the device
// authorization response carries "interval" (OAUTH_DEVICE_INTERVAL seconds, default 1 to keep the
// tests quick), and a pending poll that comes less than half an interval after the previous one
// for the same device code answers slow_down. The half is slack for coarse client timers: a
// client that waits the interval never sees slow_down unless a test asks for it (above).
//
// The stats never hold a secret, code, verifier or token: only names, counts and flags.

import http from 'node:http';

// oidc-provider announces its development conveniences (in-memory adapter, devInteractions,
// development signing keys, Node 20 being "unsupported") with warnings, and default callbacks
// with NOTICEs on stdout. Here those are intended: keep them out of the test logs, and keep stdout
// for the READY line alone. Any other warning still reaches stderr.
const expectedWarnings = [/quick start development-only/, /Unsupported runtime/];
const warn = console.warn.bind(console);
console.warn = (...args) => {
    const text = args.map(String).join(' ');
    if (!expectedWarnings.some((re) => re.test(text)))
        warn(...args);
};
console.info = (...args) => {
    if (!/oidc-provider NOTICE/.test(args.map(String).join(' ')))
        console.error(...args);
};
console.log = console.error;

// oidc-provider 9 calls crypto.hash (Node 20.12) and URL.parse (Node 20.18): say so plainly
// rather than fail on the first PKCE check.
if (typeof (await import('node:crypto')).hash !== 'function' || typeof URL.parse !== 'function') {
    console.error(`oauth test server: Node.js ${process.versions.node} is too old for oidc-provider 9; ` +
        'use Node.js 20.18 or later');
    process.exit(1);
}

// Imported after the filters above so that the import-time runtime warning is filtered too.
let Provider;
try {
    ({ default: Provider } = await import('oidc-provider'));
} catch (e) {
    console.error(`oauth test server: cannot load oidc-provider (${e.code ?? e.message}); run \`npm ci\` in tests/`);
    process.exit(1);
}

const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const LONG_TTL = 3600;
const SHORT_TTL = 3;
const SHORT_CLIENTS = new Set(['native-short', 'service-short']);
const NO_ROTATION_CLIENTS = new Set(['native-norotate']);
const DEVICE_INTERVAL = Number.parseInt(process.env.OAUTH_DEVICE_INTERVAL ?? '1', 10) || 1;

// RFC 8252 §7.3: a loopback redirect URI is registered without a port and matches any port.
// oidc-provider applies that rule to application_type "native" only, so every client that uses
// the loopback listener is native, the confidential ones (web-basic, web-post) included: they
// authenticate with their secret all the same.
const LOOPBACK_REDIRECTS = ['http://127.0.0.1/callback', 'http://localhost/callback'];

function loopbackClient(id, auth, secret) {
    return {
        client_id: id,
        ...(secret ? { client_secret: secret } : {}),
        application_type: 'native',
        token_endpoint_auth_method: auth,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: LOOPBACK_REDIRECTS,
    };
}

function serviceClient(id, auth, secret) {
    return {
        client_id: id,
        client_secret: secret,
        token_endpoint_auth_method: auth,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        scope: 'api:read api:write',
    };
}

const clients = [
    loopbackClient('native-pkce', 'none'),
    loopbackClient('native-norotate', 'none'),
    loopbackClient('native-short', 'none'),
    loopbackClient('web-basic', 'client_secret_basic', 'basic-secret'),
    loopbackClient('web-post', 'client_secret_post', 'post-secret'),
    serviceClient('service', 'client_secret_basic', 'service-secret'),
    serviceClient('service-post', 'client_secret_post', 'service-post-secret'),
    serviceClient('service-short', 'client_secret_basic', 'service-secret'),
    {
        client_id: 'device',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: [DEVICE_CODE_GRANT, 'refresh_token'],
        response_types: [],
        redirect_uris: [],
    },
];

const accessTokenTtl = (_ctx, _token, client) => (client && SHORT_CLIENTS.has(client.clientId) ? SHORT_TTL : LONG_TTL);

function escapeHtml(value) {
    return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title, body) {
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head>` +
        `<body><h1>${title}</h1>${body}</body></html>`;
}

// Device flow pages: oidc-provider's defaults pull in web fonts and print NOTICEs; these plain ones
// carry a data-result marker the browser driver reads.
async function userCodeInputSource(ctx, form, _out, err) {
    let result = 'input';
    let message = 'Enter the code displayed on your device';
    if (err && err.name === 'AbortedError') {
        result = 'aborted';
        message = 'The sign-in request was interrupted';
    } else if (err) {
        result = 'error';
        message = err.userCode || err.name === 'NoCodeError' ? 'The code you entered is incorrect'
                                                             : 'There was an error processing your request';
    }
    ctx.body = page('Device sign-in', `<p data-result="${result}">${message}</p>${form}`);
}

async function userCodeConfirmSource(ctx, form, client, _deviceInfo, userCode) {
    ctx.body = page('Confirm device',
        `<p data-result="confirm">${client.clientId} asks for access; code ${userCode}</p>${form}` +
        '<button type="submit" form="op.deviceConfirmForm">Continue</button>' +
        '<button type="submit" form="op.deviceConfirmForm" value="yes" name="abort">Abort</button>');
}

async function successSource(ctx) {
    ctx.body = page('Device authorized', '<p data-result="success">You can return to your device.</p>');
}

const stats = {};
function resetStats() {
    Object.assign(stats, {
        token: {},
        token_total: 0,
        token_errors: {},
        revocation: 0,
        device_authorization: 0,
        last_token_request: null,
        last_revocation_request: null,
    });
}
resetStats();

// How the client authenticated: from the request's shape only, never its values.
function clientAuthStyle(ctx, body) {
    if (/^basic /i.test(ctx.get('authorization')))
        return 'basic';
    if (body && typeof body.client_secret === 'string')
        return 'post';
    return 'none';
}

// Device codes (in this process's memory only) -> time of the last poll, for slow_down.
const lastDevicePoll = new Map();
let forcedSlowDowns = 0;

// RFC 8628 §3.5 on a pending poll: slow_down when asked to, or when polled too fast.
function applySlowDown(ctx, body) {
    if (ctx.status !== 400 || ctx.body?.error !== 'authorization_pending' || typeof body.device_code !== 'string')
        return;
    const now = Date.now();
    const last = lastDevicePoll.get(body.device_code);
    lastDevicePoll.set(body.device_code, now);
    const tooFast = last !== undefined && now - last < (DEVICE_INTERVAL * 1000) / 2;
    if (forcedSlowDowns > 0 || tooFast) {
        forcedSlowDowns = Math.max(0, forcedSlowDowns - 1);
        ctx.body = { error: 'slow_down', error_description: 'you are polling too quickly and should back off' };
    }
}

// Grants that got a refresh or access token, for /_test/revoke-grants.
const issuedGrants = new Set();

async function revokeAllGrants(provider) {
    const ids = [...issuedGrants];
    issuedGrants.clear();
    for (const id of ids) {
        await Promise.all([
            provider.AccessToken.revokeByGrantId(id),
            provider.RefreshToken.revokeByGrantId(id),
            provider.AuthorizationCode.revokeByGrantId(id),
            provider.DeviceCode.revokeByGrantId(id),
            provider.Grant.adapter.destroy(id),
        ]);
    }
    return ids.length;
}

const httpServer = http.createServer();
let handler = (_req, res) => {
    res.statusCode = 503;
    res.end();
};
httpServer.on('request', (req, res) => handler(req, res));

const requestedPort = Number.parseInt(process.env.OAUTH_PORT ?? '0', 10) || 0;
try {
    await new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(requestedPort, '127.0.0.1', resolve);
    });
} catch (e) {
    console.error(`oauth test server: cannot listen on 127.0.0.1:${requestedPort}: ${e.code ?? e.message}`);
    process.exit(1);
}
const issuer = `http://127.0.0.1:${httpServer.address().port}`;

const provider = new Provider(issuer, {
    clients,
    // devInteractions' consent form grants exactly the missing scopes: every requested scope is
    // listed as missing on the first consent, so the grant covers all that was asked for.
    scopes: ['openid', 'offline_access', 'api:read', 'api:write'],
    features: {
        devInteractions: { enabled: true },
        clientCredentials: { enabled: true },
        revocation: { enabled: true },
        deviceFlow: { enabled: true, userCodeInputSource, userCodeConfirmSource, successSource },
    },
    // S256 only (oidc-provider 9 knows no other method); required for public clients.
    pkce: { required: (_ctx, client) => client.clientAuthMethod === 'none' },
    // Every client with the refresh_token grant gets a refresh token: no offline_access consent
    // dance, as most MSP-facing providers behave. (oidc-provider still drops offline_access from
    // the granted scope unless the request says prompt=consent; the refresh token comes anyway.)
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // Tokens outlive the browser session of the driver that obtained them.
    expiresWithSession: async () => false,
    rotateRefreshToken: (ctx) => !NO_ROTATION_CLIENTS.has(ctx.oidc.client.clientId),
    ttl: {
        AccessToken: accessTokenTtl,
        ClientCredentials: accessTokenTtl,
        AuthorizationCode: 60,
        DeviceCode: 600,
        IdToken: LONG_TTL,
        RefreshToken: 14 * 24 * 3600,
        Interaction: 3600,
        Session: 14 * 24 * 3600,
        Grant: 14 * 24 * 3600,
    },
    // Our own token client asks the token endpoint directly; no browser CORS involved.
    clientBasedCORS: () => false,
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
    // A plain error page (the default one prints a NOTICE); the driver reads data-error.
    renderError: async (ctx, out) => {
        ctx.type = 'html';
        ctx.body = page('Authorization error', `<p data-error="${escapeHtml(out.error)}">` +
            `${escapeHtml(out.error)}: ${escapeHtml(out.error_description)}</p>`);
    },
});

provider.on('server_error', (_ctx, err) => console.error('oauth test server: server_error:', err));
provider.on('refresh_token.saved', (token) => token.grantId && issuedGrants.add(token.grantId));
provider.on('access_token.saved', (token) => token.grantId && issuedGrants.add(token.grantId));

provider.use(async (ctx, next) => {
    if (ctx.path.startsWith('/_test/')) {
        if (ctx.method === 'GET' && ctx.path === '/_test/stats') {
            ctx.type = 'json';
            ctx.body = JSON.stringify(stats);
        } else if (ctx.method === 'POST' && ctx.path === '/_test/reset') {
            resetStats();
            ctx.status = 204;
        } else if (ctx.method === 'POST' && ctx.path === '/_test/slow-down') {
            forcedSlowDowns = Number.parseInt(ctx.query.n ?? '1', 10) || 0;
            ctx.status = 204;
        } else if (ctx.method === 'POST' && ctx.path === '/_test/revoke-grants') {
            ctx.type = 'json';
            ctx.body = JSON.stringify({ revoked: await revokeAllGrants(provider) });
        } else {
            ctx.status = 404;
        }
        return;
    }

    const kind = ctx.method !== 'POST' ? null
        : ctx.path === '/token' ? 'token'
        : ctx.path === '/token/revocation' ? 'revocation'
        : ctx.path === '/device/auth' ? 'device_authorization' : null;
    try {
        await next();
    } finally {
        // After next(): oidc-provider has parsed the body into ctx.oidc.body by now, and the
        // response is not sent until this returns, so a test never sees a reply before its count.
        const body = ctx.oidc?.body ?? {};
        if (kind === 'token') {
            if (body.grant_type === DEVICE_CODE_GRANT)
                applySlowDown(ctx, body);
            const grantType = typeof body.grant_type === 'string' ? body.grant_type : '(none)';
            stats.token[grantType] = (stats.token[grantType] ?? 0) + 1;
            stats.token_total += 1;
            if (ctx.status >= 400) {
                const error = typeof ctx.body?.error === 'string' ? ctx.body.error : `http_${ctx.status}`;
                stats.token_errors[error] = (stats.token_errors[error] ?? 0) + 1;
            }
            stats.last_token_request = {
                grant_type: grantType,
                scope: typeof body.scope === 'string' ? body.scope : null,
                client_auth: clientAuthStyle(ctx, body),
                code_verifier_present: typeof body.code_verifier === 'string' && body.code_verifier.length > 0,
                status: ctx.status,
            };
        } else if (kind === 'revocation') {
            stats.revocation += 1;
            stats.last_revocation_request = {
                token_type_hint: typeof body.token_type_hint === 'string' ? body.token_type_hint : null,
                client_auth: clientAuthStyle(ctx, body),
                status: ctx.status,
            };
        } else if (kind === 'device_authorization') {
            stats.device_authorization += 1;
            if (ctx.status === 200 && ctx.body && typeof ctx.body === 'object')
                ctx.body.interval = DEVICE_INTERVAL;
        }
    }
});

handler = provider.callback();

function shutdown() {
    httpServer.close();
    process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

process.stdout.write(`READY ${issuer}\n`);
