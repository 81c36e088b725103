// Plays the user's browser against the test authorization server (server.mjs), over plain HTTP
// with a cookie jar, the way a person clicks through login and consent:
//
//   node browser.mjs AUTHORIZE_URL [--deny]
//       GET the authorization URL, follow redirects, sign in (any login) and consent, or with --deny
//       abort at the first interaction page (error=access_denied). The first redirect that leaves the
//       issuer is our loopback listener: GET it and print "LISTENER <status>" and its body on stdout.
//       Exit 0 when the listener answered 2xx, 1 when it answered otherwise or could not be reached,
//       2 on any other failure (the authorization server's error page included), with a message on
//       stderr.
//
//   node browser.mjs --device VERIFICATION_URI --user-code CODE [--deny]
//       Enter the user code on the verification page, confirm, sign in and consent (or abort at the
//       confirmation with --deny). Prints "DEVICE success|aborted"; exit 0 when the flow ended as
//       asked, 1 when the server refused the code or ended otherwise, 2 on driver errors.
//
//   user --> /auth --302--> /interaction/UID (login form) --POST--> /auth/UID --302-->
//        /interaction/UID (consent form) --POST--> /auth/UID --302--> http://127.0.0.1:PORT/callback
//
// Never prints a URL's query, a code or a cookie: the listener URL carries the code and the state.

const REQUEST_TIMEOUT_MS = 30000;
const MAX_STEPS = 40;

class DriverError extends Error {}

function usage() {
    process.stderr.write('usage: browser.mjs AUTHORIZE_URL [--deny]\n' +
        '       browser.mjs --device VERIFICATION_URI --user-code CODE [--deny]\n');
    process.exit(2);
}

function parseArgs(argv) {
    const opts = { deny: false, device: null, userCode: null, url: null };
    for (let i = 0; i < argv.length; ++i) {
        const a = argv[i];
        if (a === '--deny')
            opts.deny = true;
        else if (a === '--device')
            opts.device = argv[++i];
        else if (a === '--user-code')
            opts.userCode = argv[++i];
        else if (a.startsWith('--'))
            usage();
        else if (opts.url === null)
            opts.url = a;
        else
            usage();
    }
    if (opts.device !== null ? (!opts.device || !opts.userCode || opts.url !== null) : !opts.url)
        usage();
    return opts;
}

// A URL for messages: origin and path only.
function show(url) {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
}

// Cookies of the authorization server only, with RFC 6265 path matching: oidc-provider scopes its
// interaction cookies to /interaction/UID and /auth/UID.
class CookieJar {
    #cookies = new Map(); // "name;path" -> {name, value, path}

    store(response, url) {
        for (const line of response.headers.getSetCookie()) {
            const [pair, ...attrs] = line.split(';');
            const eq = pair.indexOf('=');
            if (eq <= 0)
                continue;
            const name = pair.slice(0, eq).trim();
            const value = pair.slice(eq + 1).trim();
            let path = null;
            let expired = false;
            for (const attr of attrs) {
                const [k, v = ''] = attr.split('=');
                const key = k.trim().toLowerCase();
                if (key === 'path')
                    path = v.trim();
                else if (key === 'max-age' && Number.parseInt(v, 10) <= 0)
                    expired = true;
                else if (key === 'expires' && Date.parse(v) <= Date.now())
                    expired = true;
            }
            if (!path || !path.startsWith('/')) {
                const p = new URL(url).pathname;
                path = p.lastIndexOf('/') > 0 ? p.slice(0, p.lastIndexOf('/')) : '/';
            }
            const key = `${name};${path}`;
            if (expired)
                this.#cookies.delete(key);
            else
                this.#cookies.set(key, { name, value, path });
        }
    }

    header(url) {
        const p = new URL(url).pathname;
        const matches = [...this.#cookies.values()].filter(
            (c) => p === c.path || (p.startsWith(c.path) && (c.path.endsWith('/') || p[c.path.length] === '/')));
        matches.sort((a, b) => b.path.length - a.path.length);
        return matches.map((c) => `${c.name}=${c.value}`).join('; ');
    }
}

function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_m, e) => {
        const lower = e.toLowerCase();
        if (lower.startsWith('#x'))
            return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
        if (lower.startsWith('#'))
            return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
        return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower];
    });
}

function attr(tag, name) {
    const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
    return m ? decodeEntities(m[1] ?? m[2] ?? m[3]) : null;
}

// The page's forms: action, method, id and the named inputs with their values.
function parseForms(html, baseUrl) {
    const forms = [];
    for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
        const tag = `<form ${m[1]}>`;
        const fields = {};
        for (const input of m[2].matchAll(/<input\b[^>]*>/gi)) {
            const name = attr(input[0], 'name');
            if (name)
                fields[name] = attr(input[0], 'value') ?? '';
        }
        forms.push({
            id: attr(tag, 'id'),
            action: new URL(attr(tag, 'action') ?? baseUrl, baseUrl).href,
            method: (attr(tag, 'method') ?? 'get').toUpperCase(),
            fields,
        });
    }
    return forms;
}

// The visible text of a page, shortened, for messages.
function pageText(html, max = 300) {
    const body = html.replace(/<head\b[\s\S]*?<\/head>/i, ' ').replace(/<[^>]*>/g, ' ');
    return decodeEntities(body).replace(/\s+/g, ' ').trim().slice(0, max);
}

function dataMarker(html, name) {
    const m = html.match(new RegExp(`data-${name}="([^"]*)"`));
    return m ? decodeEntities(m[1]) : null;
}

class Browser {
    jar = new CookieJar();

    constructor(issuerOrigin) {
        this.issuerOrigin = issuerOrigin;
    }

    // One request to the authorization server, no automatic redirects (each hop needs cookies).
    async request(url, { method = 'GET', form = null } = {}) {
        const headers = { accept: 'text/html' };
        const cookie = this.jar.header(url);
        if (cookie)
            headers.cookie = cookie;
        let body;
        if (form) {
            headers['content-type'] = 'application/x-www-form-urlencoded';
            body = new URLSearchParams(form).toString();
        }
        let response;
        try {
            response = await fetch(url, {
                method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
            });
        } catch (e) {
            throw new DriverError(`${method} ${show(url)} failed: ${e.cause?.message ?? e.message}`);
        }
        this.jar.store(response, url);
        return { response, text: await response.text() };
    }

    // Follows the authorization server's pages from `url` until a redirect leaves the issuer (the
    // returned URL) or `onPage` says the flow is done (returns { done: value }).
    async run(url, onPage, { method = 'GET', form = null } = {}) {
        let next = { url, method, form };
        for (let step = 0; step < MAX_STEPS; ++step) {
            if (new URL(next.url).origin !== this.issuerOrigin)
                return { left: next.url };
            const { response, text } = await this.request(next.url, next);
            if (response.status >= 300 && response.status < 400) {
                const location = response.headers.get('location');
                if (!location)
                    throw new DriverError(`${show(next.url)} answered ${response.status} without a Location`);
                next = { url: new URL(location, next.url).href, method: 'GET', form: null };
                continue;
            }
            const error = dataMarker(text, 'error');
            if (response.status >= 400 || error) {
                const plain = pageText(text);
                throw new DriverError(`the authorization server answered ${response.status} at ${show(next.url)}` +
                    `${error ? ` (error=${error})` : ''}: ${plain}`);
            }
            const action = await onPage(next.url, text, parseForms(text, next.url));
            if ('done' in action)
                return action;
            next = action;
        }
        throw new DriverError(`no end after ${MAX_STEPS} pages`);
    }
}

// Login and consent pages of devInteractions: sign in as alice, then consent, or abort.
function interactionStep(url, forms, deny) {
    const login = forms.find((f) => f.fields.prompt === 'login');
    const consent = forms.find((f) => f.fields.prompt === 'consent');
    if ((login || consent) && deny) {
        // devInteractions' "[ Cancel ]" link: GET /interaction/UID/abort.
        const u = new URL(url);
        return { url: `${u.origin}${u.pathname.replace(/\/$/, '')}/abort`, method: 'GET', form: null };
    }
    if (login)
        return { url: login.action, method: 'POST', form: { ...login.fields, login: 'alice', password: 'any' } };
    if (consent)
        return { url: consent.action, method: 'POST', form: consent.fields };
    return null;
}

async function authorize(opts) {
    let start;
    try {
        start = new URL(opts.url);
    } catch {
        throw new DriverError('the authorization URL is not a URL');
    }
    const browser = new Browser(start.origin);
    const result = await browser.run(start.href, async (url, text, forms) => {
        const step = interactionStep(url, forms, opts.deny);
        if (!step)
            throw new DriverError(`unexpected page at ${show(url)}: ${pageText(text, 200)}`);
        return step;
    });

    // The redirect back to the client: our loopback listener. A plain browser request, no cookies.
    let response;
    let body;
    try {
        response = await fetch(result.left, { redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
        body = await response.text();
    } catch (e) {
        process.stderr.write(`browser.mjs: the listener at ${show(result.left)} could not be reached: ` +
            `${e.cause?.message ?? e.message}\n`);
        return 1;
    }
    process.stdout.write(`LISTENER ${response.status}\n${body}${body.endsWith('\n') ? '' : '\n'}`);
    return response.status >= 200 && response.status < 300 ? 0 : 1;
}

async function device(opts) {
    let start;
    try {
        start = new URL(opts.device);
    } catch {
        throw new DriverError('the verification URI is not a URL');
    }
    const browser = new Browser(start.origin);
    let codeEntered = false;
    const result = await browser.run(start.href, async (url, text, forms) => {
        const marker = dataMarker(text, 'result');
        const input = forms.find((f) => f.id === 'op.deviceInputForm');
        const confirm = forms.find((f) => f.id === 'op.deviceConfirmForm');
        if (marker === 'success')
            return { done: 'success' };
        if (marker === 'aborted')
            return { done: 'aborted' };
        if (marker === 'error' || (input && codeEntered))
            return { done: 'refused' };
        if (input) {
            codeEntered = true;
            return { url: input.action, method: 'POST', form: { ...input.fields, user_code: opts.userCode } };
        }
        if (confirm) {
            const form = { ...confirm.fields };
            if (opts.deny)
                form.abort = 'yes';
            return { url: confirm.action, method: 'POST', form };
        }
        // Sign in and consent; --deny already aborted at the confirmation.
        const step = interactionStep(url, forms, false);
        if (!step)
            throw new DriverError(`unexpected page at ${show(url)}: ${pageText(text, 200)}`);
        return step;
    });
    if (result.left)
        throw new DriverError(`the device flow left the authorization server for ${show(result.left)}`);
    process.stdout.write(`DEVICE ${result.done}\n`);
    if (result.done === 'refused') {
        process.stderr.write('browser.mjs: the authorization server refused the user code\n');
        return 1;
    }
    return result.done === (opts.deny ? 'aborted' : 'success') ? 0 : 1;
}

const opts = parseArgs(process.argv.slice(2));
try {
    process.exitCode = opts.device !== null ? await device(opts) : await authorize(opts);
} catch (e) {
    process.stderr.write(`browser.mjs: ${e instanceof DriverError ? e.message : e.stack}\n`);
    process.exitCode = 2;
}
