"""A real HTTP server (http.server from the standard library) that answers specs/example-api.yaml.

It records every request (method, path, query, headers, body) for the tests to check, answers each
route with canned JSON, and can be scripted: `script("GET", "/flaky", (429, {"Retry-After": "1"},
{...}), ...)` makes the next requests to that route get those answers first (429 then 200, 503
then 200, ...). `authorize` decides which requests are let through (401 otherwise), so an OAuth
test can accept only the token bifrostctl currently hands out.

    server = SdkServer(); server.start(); ... server.base_url  # http://127.0.0.1:PORT/v1
    server.stop()

Also runnable on its own for manual checks: `python3 sdkserver.py` prints the base URL and serves
until interrupted.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

PREFIX = "/v1"

Answer = tuple[int, dict[str, str], Any]  # status, headers, body (JSON-able, bytes, or None)


@dataclass
class Recorded:
    method: str
    path: str  # without the /v1 prefix and without the query
    query: dict[str, list[str]]
    headers: dict[str, str]  # names in lower case
    body: bytes
    raw_path: str = ""

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8")) if self.body else None

    def form(self) -> dict[str, list[str]]:
        return parse_qs(self.body.decode("utf-8"), keep_blank_values=True)


RESOURCES = [
    {
        "id": "r1",
        "name": "First",
        "status": "active",
        "tags": ["a", "b"],
        "created": "2024-05-01T10:00:00Z",
        "metadata": {"owner": "ops"},
        "size": 10,
        "extra_field": {"kept": True},
    },
    {"id": "r2", "name": "Second", "status": "in-review", "tags": [], "size": 20},
    {"id": "r3", "name": "Third", "status": "2fa-pending", "metadata": {}},
]
ITEMS = [{"id": i, "label": f"item {i}"} for i in range(1, 6)]
EVENTS = {
    "": ([{"id": "e1", "kind": "created"}, {"id": "e2", "kind": "updated"}], "c2"),
    "c2": ([{"id": "e3", "kind": "deleted"}], None),
}


class SdkServer:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._scripts: dict[tuple[str, str], list[Answer]] = {}
        self._lock = threading.Lock()
        self.authorize: Callable[[Recorded], bool] | None = None
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- control -------------------------------------------------------------------------------
    def start(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet: tests print what matters
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                path = parts.path[len(PREFIX) :] if parts.path.startswith(PREFIX) else parts.path
                rec = Recorded(
                    method=self.command,
                    path=path,
                    query=parse_qs(parts.query, keep_blank_values=True),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                    raw_path=self.path,
                )
                status, headers, payload = server._answer(rec, f"http://{self.headers.get('Host')}{PREFIX}")
                data = b""
                if isinstance(payload, bytes):
                    data = payload
                elif payload is not None:
                    data = json.dumps(payload).encode("utf-8")
                    headers = {"Content-Type": "application/json", **headers}
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if data and self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    @property
    def origin(self) -> str:
        assert self._httpd
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def base_url(self) -> str:
        return self.origin + PREFIX

    def script(self, method: str, path: str, *answers: Answer) -> None:
        with self._lock:
            self._scripts.setdefault((method, path), []).extend(answers)

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()
            self._scripts.clear()

    def seen(self, method: str | None = None, path: str | None = None) -> list[Recorded]:
        with self._lock:
            return [
                r
                for r in self.requests
                if (method is None or r.method == method) and (path is None or r.path == path)
            ]

    # --- answers -------------------------------------------------------------------------------
    def _answer(self, rec: Recorded, base: str) -> Answer:
        with self._lock:
            self.requests.append(rec)
            queued = self._scripts.get((rec.method, rec.path))
            scripted = queued.pop(0) if queued else None
        if self.authorize is not None and not self.authorize(rec):
            return 401, {"WWW-Authenticate": "Bearer"}, {"code": "unauthorized", "message": "bad credentials"}
        if scripted is not None:
            return scripted
        return self._route(rec, base)

    def _route(self, rec: Recorded, base: str) -> Answer:
        m, p, q = rec.method, rec.path, rec.query
        segments = p.strip("/").split("/")
        if (m, p) == ("GET", "/resources"):
            skip = int(q.get("$skiptoken", ["0"])[0])
            page: dict[str, Any] = {"value": RESOURCES[skip : skip + 2]}
            if skip + 2 < len(RESOURCES):
                page["@odata.nextLink"] = f"{base}/resources?$skiptoken={skip + 2}"
            return 200, {}, page
        if (m, p) == ("POST", "/resources"):
            body = rec.json() or {}
            made = {"id": "r-new", "name": body.get("name"), "status": body.get("status", "active"),
                    "tags": body.get("tags", []), "created": "2024-06-01T00:00:00Z"}
            return 201, {}, made
        if segments[0] == "resources" and len(segments) == 2:
            found = next((r for r in RESOURCES if r["id"] == segments[1]), None)
            if m == "DELETE":
                return 204, {}, None
            if m == "GET" and found:
                return 200, {}, found
            if m == "GET":
                return 404, {}, {"code": "not_found", "message": f"no resource {segments[1]}",
                                 "details": [{"field": "resourceId", "problem": "unknown"}]}
        if (m, p) == ("POST", "/session"):
            form = rec.form()
            return 200, {}, {"user": form.get("username", [""])[0],
                             "remembered": form.get("remember", ["false"])[0] == "true"}
        if (m, p) == ("GET", "/items"):
            page_no = int(q.get("page", ["1"])[0])
            per_page = int(q.get("per_page", ["2"])[0])
            chunk = ITEMS[(page_no - 1) * per_page : page_no * per_page]
            headers = {}
            if page_no * per_page < len(ITEMS):
                headers["Link"] = (f'<{base}/items?page={page_no + 1}&per_page={per_page}>; rel="next", '
                                   f'<{base}/items?page=1&per_page={per_page}>; rel="first"')
            return 200, headers, chunk
        if (m, p) == ("GET", "/events"):
            events, cursor = EVENTS.get(q.get("cursor", [""])[0], ([], None))
            return 200, {}, {"events": events, "next_cursor": cursor}
        if p == "/flaky" and m in ("GET", "POST"):
            return 200, {}, {"ok": True, "attempt": len(self.seen(m, p))}
        if segments[0] == "shapes" and len(segments) == 2 and m == "GET":
            if segments[1] == "1":
                return 200, {}, {"kind": "circle", "radius": 1.5}
            return 200, {}, {"kind": "square", "side": 2}
        if segments[0] == "nodes" and len(segments) == 2 and m == "GET":
            return 200, {}, {"name": segments[1],
                             "children": [{"name": "child", "children": [], "parent": {"name": segments[1]}}]}
        if (m, p) == ("GET", "/odd"):
            return 200, {}, {"class": "c", "from": "f", "type": "t", "-1": -1, "@odata.type": "#odd",
                             "self": "s", "priority": -1, "mood": "a-b", "unknownThing": 42,
                             "error": {"code": "x", "message": "inner"}}
        return 404, {}, {"code": "no_route", "message": f"{m} {p} is not part of the example API"}


if __name__ == "__main__":
    s = SdkServer()
    s.start()
    print(s.base_url, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        s.stop()
