"""Generated SDKs run for real (issue 6): `bifrostctl sdk generate` on specs/example-api.yaml, the
generated package called from a separate /usr/bin/python3 process with zero configuration, its
requests answered by a real http.server (sdkserver.py), its credentials read from a real
bifrostctl database (vault backend): API key with a custom header name, bearer, basic, and OAuth
tokens from the real authorization server (tests/support/oauth/server.mjs, node).

Checked: the requests the server saw (auth header values, path/query/header parameters, JSON
and form bodies), the typed results (generated dataclasses, enum members, unknown fields kept,
keyword and odd property names), SDKError on 404, retries on 429/503 with Retry-After,
pagination helpers across pages (@odata.nextLink, Link header, cursor), OAuth refresh after a 401
and on expiry, and that the package passes py_compile and mypy.

Secret values are compared with assertTrue(a == b), never assertEqual/assertIn, so that a failure
does not print them.

    BIFROSTCTL=build/app/bifrostctl scripts/with-keyring /usr/bin/python3 tests/python/tst_sdk_e2e.py -v
"""

from __future__ import annotations

import base64
import json
import os
import py_compile
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest
import urllib.request
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from sdkserver import SdkServer  # noqa: E402

SOURCE_DIR = Path(os.environ.get("BIFROST_SOURCE_DIR") or HERE.parents[1])
SUPPORT_DIR = Path(os.environ.get("BIFROST_TEST_SUPPORT") or SOURCE_DIR / "tests" / "support")
SPEC = HERE / "specs" / "example-api.yaml"
SWAGGER_SPEC = HERE / "specs" / "example-api-swagger.json"
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
MYPY = shutil.which("mypy", path="/usr/bin") or shutil.which("mypy")
PASSPHRASE = "sdk-e2e-test-passphrase"


def bifrostctl() -> str:
    path = os.environ.get("BIFROSTCTL", "")
    if not path or not os.access(path, os.X_OK):
        raise RuntimeError("set BIFROSTCTL to the bifrostctl program (ctest does)")
    return path


class Workspace:
    """A temporary folder with a database (vault secrets), the generated code in ROOT/modules,
    and the environment the generated code runs in."""

    def __init__(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="bifrost-sdk-e2e-")
        self.root = Path(self._tmp.name)
        self.db = self.root / "bifrost.db"
        self.modules = self.root / "modules"
        self.env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("BIFROST_") and k not in ("PYTHONPATH", "PYTHONHOME")
        }
        self.env.update(
            BIFROSTCTL=bifrostctl(),
            BIFROST_DB=str(self.db),
            BIFROST_SECRETS="vault",
            BIFROST_VAULT_PASSPHRASE=PASSPHRASE,
            PYTHONDONTWRITEBYTECODE="1",
        )

    def ctl(self, *args: str, stdin: str | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [bifrostctl(), *args], input=stdin if stdin is not None else "", capture_output=True,
            text=True, env=self.env, timeout=120,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"bifrostctl {args[0]} {args[1] if len(args) > 1 else ''} exited "
                                 f"{result.returncode}: {result.stderr.strip()}")
        return result

    def get(self, name: str) -> dict[str, Any]:
        return json.loads(self.ctl("get", name).stdout)

    def generate(self, integration: str, *extra: str) -> subprocess.CompletedProcess[str]:
        return self.ctl("sdk", "generate", "--integration", integration, "--spec", str(SPEC),
                        "--out", str(self.modules), *extra)

    def python(self, code: str, *, cwd: Path | None = None, pythonpath: Path | None = None,
               timeout: int = 120) -> Any:
        """Runs `code` in a new /usr/bin/python3; it prints one JSON document as its last line."""
        env = dict(self.env)
        if pythonpath is not None:
            env["PYTHONPATH"] = str(pythonpath)
        result = subprocess.run([PYTHON, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                                env=env, cwd=str(cwd or self.root), timeout=timeout)
        if result.returncode != 0:
            raise AssertionError(f"the script failed ({result.returncode}):\n{result.stderr}")
        return json.loads(result.stdout.strip().splitlines()[-1])

    def close(self) -> None:
        self._tmp.cleanup()


class ServerCase(unittest.TestCase):
    ws: Workspace
    server: SdkServer

    @classmethod
    def setUpClass(cls) -> None:
        cls.ws = Workspace()
        cls.server = SdkServer()
        cls.server.start()

    @classmethod
    def tearDownClass(cls) -> None:
        cls.server.stop()
        cls.ws.close()

    def setUp(self) -> None:
        self.server.clear()
        self.server.authorize = None


# Everything the example API offers, called through the module-level functions with nothing
# configured in the script: base_url and the API key come from the integration.
FULL_SCRIPT = """
import asyncio, json
from example_api import (
    SDKError, create_resource, delete_resource, get_flaky, get_node, get_odd_thing, get_resource,
    get_shape, iter_list_events, iter_list_items, iter_list_resources, list_events, list_items,
    list_resources, models, post_flaky, submit_login,
)

async def main():
    out = {}
    page = await list_resources(tag=["a", "b"], limit=5, status=models.ResourceStatus.IN_REVIEW,
                                x_request_id="req-1")
    out["page_type"] = type(page).__name__
    out["page_items"] = [type(r).__name__ for r in page.value]
    out["page_next"] = page.odata_next_link
    first = page.value[0]
    out["status_is_enum"] = first.status is models.ResourceStatus.ACTIVE
    out["status_2fa"] = page.value[1].status is models.ResourceStatus.IN_REVIEW
    out["metadata"] = first.metadata
    out["unknown_kept"] = first.additional_properties
    out["roundtrip"] = first.to_dict()

    r1 = await get_resource("r1")
    out["r1"] = [isinstance(r1, models.Resource), r1.id_, r1.name, r1.tags]
    try:
        await get_resource("missing")
        out["missing"] = "no error"
    except SDKError as e:
        out["missing"] = {"status": e.status, "body": e.body, "method": e.method, "message": str(e)}

    made = await create_resource(models.NewResource(name="fresh", tags=["x"],
                                                    status=models.ResourceStatus.ARCHIVED))
    out["made"] = [isinstance(made, models.Resource), made.id_, made.status is models.ResourceStatus.ARCHIVED]
    made2 = await create_resource({"name": "from dict"})
    out["made2"] = made2.name
    out["deleted"] = await delete_resource("r1")

    session = await submit_login(models.SubmitLoginBody(username="ann", remember=True))
    out["session"] = [isinstance(session, models.Session), session.user, session.remembered]

    circle, square = await get_shape(1), await get_shape(2)
    out["shapes"] = [type(circle).__name__, type(square).__name__, getattr(circle, "radius", None)]
    node = await get_node("root")
    out["node"] = [node.name, type(node.children[0]).__name__, node.children[0].parent.name]
    odd = await get_odd_thing()
    out["odd"] = {"class_": odd.class_, "from_": odd.from_, "type_": odd.type_, "minus_1": odd.minus_1,
                  "odata_type": odd.odata_type, "self_": odd.self_,
                  "priority": odd.priority is models.Priority.MINUS_1,
                  "mood": odd.mood is models.OddThingMood.A_B,
                  "error": type(odd.error).__name__, "extra": odd.additional_properties,
                  "wire": odd.to_dict()}

    out["all_resources"] = [r.id_ for r in [x async for x in iter_list_resources()]]
    out["all_items"] = [i.id_ for i in [x async for x in iter_list_items(per_page=2)]]
    out["items_first_page"] = len(await list_items(per_page=2))
    out["all_events"] = [e.id_ for e in [x async for x in iter_list_events()]]
    out["events_page"] = (await list_events()).next_cursor

    flaky = await get_flaky()
    out["flaky_get"] = [flaky.ok, flaky.attempt]
    flaky_post = await post_flaky()
    out["flaky_post"] = [flaky_post.ok, flaky_post.attempt]
    try:
        await get_flaky()
        out["gave_up"] = "no error"
    except SDKError as e:
        out["gave_up"] = e.status
    print(json.dumps(out))

asyncio.run(main())
"""


class ApiKeyEndToEnd(ServerCase):
    """The default auth of the example spec (apiKey in a header), with a custom header_name."""

    @classmethod
    def setUpClass(cls) -> None:
        super().setUpClass()
        cls.ws.ctl("integration", "create", "ExampleAPI")
        cls.generated = cls.ws.generate("ExampleAPI")
        cls.key = "api-key-value-7f3a9c"
        cls.ws.ctl("config", "set", "ExampleAPI", "base_url", cls.server.base_url)
        cls.ws.ctl("config", "set", "ExampleAPI", "header_name", "X-Custom-Key")
        cls.ws.ctl("config", "set", "ExampleAPI", "api_key", "--stdin", stdin=cls.key)

    def test_generate_summary_and_schema(self) -> None:
        out = self.generated.stdout
        self.assertIn("Auth: api_key", out)
        self.assertIn("Added schema fields: base_url (string, required), header_name (string), api_key (secret)",
                      out)
        self.assertIn("bifrostctl config set ExampleAPI api_key --stdin", out)
        self.assertIn("from example_api import list_resources", out)
        self.assertEqual(self.generated.stderr, "")
        fields = json.loads(self.ws.ctl("schema", "show", "ExampleAPI", "--json").stdout)
        self.assertEqual([(f["key"], f["type"]) for f in fields],
                         [("base_url", "string"), ("header_name", "string"), ("api_key", "secret")])

    def test_everything_with_zero_config(self) -> None:
        # Retries: 429 with Retry-After, then 200 (GET); 503 then 200 (POST: 503 is retried for
        # every method); and four 503 in a row: three retries, then SDKError.
        self.server.script("GET", "/flaky", (429, {"Retry-After": "1"}, {"code": "slow_down"}))
        self.server.script("POST", "/flaky", (503, {"Retry-After": "0"}, {"code": "busy"}))
        # The second get_flaky() call: 200 at once, then the third gets four 503s (queued behind
        # the first call's 429, in the order the script makes its calls).
        self.server.script("GET", "/flaky", (200, {}, {"ok": True, "attempt": 1}),
                           *[(503, {"Retry-After": "0"}, {"code": "down"})] * 4)
        out = self.ws.python(FULL_SCRIPT, pythonpath=self.ws.modules)

        # Typed results.
        self.assertEqual(out["page_type"], "ResourcePage")
        self.assertEqual(out["page_items"], ["Resource", "Resource"])
        self.assertTrue(out["page_next"].endswith("/resources?$skiptoken=2"))
        self.assertTrue(out["status_is_enum"])
        self.assertTrue(out["status_2fa"])
        self.assertEqual(out["metadata"], {"owner": "ops"})
        self.assertEqual(out["unknown_kept"], {"extra_field": {"kept": True}})
        self.assertEqual(out["roundtrip"]["extra_field"], {"kept": True})
        self.assertEqual(out["roundtrip"]["id"], "r1")
        self.assertEqual(out["r1"], [True, "r1", "First", ["a", "b"]])
        self.assertEqual(out["missing"]["status"], 404)
        self.assertEqual(out["missing"]["method"], "GET")
        self.assertEqual(out["missing"]["body"]["code"], "not_found")
        self.assertIn("404", out["missing"]["message"])
        self.assertEqual(out["made"], [True, "r-new", True])
        self.assertEqual(out["made2"], "from dict")
        self.assertIsNone(out["deleted"])
        self.assertEqual(out["session"], [True, "ann", True])
        self.assertEqual(out["shapes"], ["Circle", "Square", 1.5])
        self.assertEqual(out["node"], ["root", "TreeNode", "root"])
        odd = out["odd"]
        self.assertEqual([odd["class_"], odd["from_"], odd["type_"], odd["minus_1"], odd["odata_type"], odd["self_"]],
                         ["c", "f", "t", -1, "#odd", "s"])
        self.assertTrue(odd["priority"])
        self.assertTrue(odd["mood"])
        self.assertEqual(odd["error"], "Error")
        self.assertEqual(odd["extra"], {"unknownThing": 42})
        for wire in ("class", "from", "type", "-1", "@odata.type", "self", "unknownThing"):
            self.assertIn(wire, odd["wire"])
        # Pagination helpers: every item across pages.
        self.assertEqual(out["all_resources"], ["r1", "r2", "r3"])
        self.assertEqual(out["all_items"], [1, 2, 3, 4, 5])
        self.assertEqual(out["items_first_page"], 2)
        self.assertEqual(out["all_events"], ["e1", "e2", "e3"])
        self.assertEqual(out["events_page"], "c2")
        # Retries.
        self.assertEqual(out["flaky_get"][0], True)
        self.assertEqual(out["flaky_post"][0], True)
        self.assertEqual(out["gave_up"], 503)

        # What the server saw.
        for rec in self.server.requests:
            self.assertTrue(rec.headers.get("x-custom-key") == self.key, f"{rec.method} {rec.path}: wrong key")
            self.assertNotIn("x-example-key", rec.headers)  # the spec's name, overridden by header_name
            self.assertNotIn("authorization", rec.headers)
        listed = self.server.seen("GET", "/resources")[0]
        self.assertEqual(listed.query, {"tag": ["a", "b"], "limit": ["5"], "status": ["in-review"]})
        self.assertEqual(listed.headers.get("x-request-id"), "req-1")
        created = self.server.seen("POST", "/resources")
        self.assertEqual(created[0].json(), {"name": "fresh", "tags": ["x"], "status": "archived"})
        self.assertEqual(created[0].headers.get("content-type"), "application/json")
        self.assertEqual(created[1].json(), {"name": "from dict"})
        session = self.server.seen("POST", "/session")[0]
        self.assertTrue(session.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"))
        self.assertEqual(session.form(), {"username": ["ann"], "remember": ["true"]})
        self.assertEqual(len(self.server.seen("DELETE", "/resources/r1")), 1)
        self.assertEqual(len(self.server.seen("GET", "/flaky")), 2 + 4)  # 429 then 200; 503 four times
        self.assertEqual(len(self.server.seen("POST", "/flaky")), 2)  # 503, then 200
        self.assertEqual(len(self.server.seen("GET", "/resources")), 1 + 2)  # list, then two pages
        self.assertEqual([r.query.get("page") for r in self.server.seen("GET", "/items")],
                         [None, ["2"], ["3"], None])
        self.assertEqual([r.query.get("cursor") for r in self.server.seen("GET", "/events")],
                         [None, ["c2"], None])

    def test_from_modules_import(self) -> None:
        # From the folder above DIR, without PYTHONPATH: `from modules import example_api`.
        out = self.ws.python("""
            import asyncio, json
            from modules import example_api
            from example_api import get_resource
            async def main():
                return [(await get_resource("r2")).name, (await example_api.get_resource("r3")).name]
            print(json.dumps(asyncio.run(main())))
            """, cwd=self.ws.root)
        self.assertEqual(out, ["Second", "Third"])

    def test_missing_base_url_and_credentials_name_the_field(self) -> None:
        self.ws.ctl("integration", "create", "Unset")
        self.ws.ctl("sdk", "generate", "--integration", "Unset", "--spec", str(SPEC), "--out",
                    str(self.ws.modules), "--auth", "bearer")
        self.ws.ctl("config", "unset", "Unset", "base_url")
        out = self.ws.python("""
            import asyncio, json
            from unset import get_resource, SDKError
            async def main():
                try:
                    await get_resource("r1")
                except SDKError as e:
                    return str(e)
            print(json.dumps(asyncio.run(main())))
            """, pythonpath=self.ws.modules)
        self.assertIn("base_url", out)
        self.assertIn("bifrostctl config set Unset base_url", out)
        self.ws.ctl("config", "set", "Unset", "base_url", self.server.base_url)
        out = self.ws.python("""
            import asyncio, json
            from unset import get_resource, SDKError
            async def main():
                try:
                    await get_resource("r1")
                except SDKError as e:
                    return str(e)
            print(json.dumps(asyncio.run(main())))
            """, pythonpath=self.ws.modules)
        self.assertIn("token", out)
        self.assertIn("--stdin", out)
        self.assertEqual(self.server.requests, [])

    def test_explicit_client_without_integration(self) -> None:
        out = self.ws.python(f"""
            import asyncio, json
            from example_api import Client
            async def main():
                async with Client(base_url={self.server.base_url!r}, headers={{"X-Other": "v"}}) as c:
                    r = await c.get_resource("r3")
                    return [r.name, r.status.value]
            print(json.dumps(asyncio.run(main())))
            """, pythonpath=self.ws.modules)
        self.assertEqual(out, ["Third", "2fa-pending"])
        self.assertEqual(self.server.requests[-1].headers.get("x-other"), "v")
        self.assertNotIn("x-custom-key", self.server.requests[-1].headers)

    def test_py_compile_and_mypy(self) -> None:
        files = sorted(self.ws.modules.rglob("*.py"))
        self.assertTrue(any(f.name == "client.py" for f in files))
        with tempfile.TemporaryDirectory() as scratch:
            for i, f in enumerate(files):
                py_compile.compile(str(f), cfile=os.path.join(scratch, f"{i}.pyc"), doraise=True)
        if MYPY is None:
            self.skipTest("mypy is not installed")
        # A typed user of the package: the annotations mypy infers are the generated ones.
        user = self.ws.root / "typed_user.py"
        user.write_text(textwrap.dedent("""
            from example_api import get_resource, iter_list_items, list_resources, models

            async def use() -> None:
                r: models.Resource = await get_resource("r1")
                page: models.ResourcePage = await list_resources(tag=["a"], limit=1)
                name: str = r.name
                async for item in iter_list_items():
                    n: int = item.id_
                print(name, page.value, n)
            """))
        env = dict(self.ws.env, MYPYPATH=str(self.ws.modules))
        # The generated package as the generator promises it (tst_pythongenerator's flags), the
        # runtime beside it under --strict (as tst_python_runtime checks it).
        for flags, target in ((["--warn-unused-ignores", "--no-implicit-optional"], ["-p", "example_api"]),
                              (["--warn-unused-ignores", "--no-implicit-optional"], [str(user)]),
                              (["--strict"], ["-p", "bifrost"])):
            result = subprocess.run([MYPY, "--no-incremental", "--cache-dir", os.devnull, *flags,
                                     "--python-executable", PYTHON, *target],
                                    capture_output=True, text=True, env=env, cwd=str(self.ws.modules),
                                    timeout=600)
            self.assertEqual(result.returncode, 0, f"mypy {target}:\n{result.stdout}{result.stderr}")


class BearerAndBasicEndToEnd(ServerCase):
    def test_bearer(self) -> None:
        token = "bearer-token-value-91c2"
        self.ws.ctl("integration", "create", "BearerAPI")
        out = self.ws.generate("BearerAPI", "--auth", "bearer", "--package", "bearer_api")
        self.assertIn("Added schema fields: base_url (string, required), token (secret)", out.stdout)
        self.ws.ctl("config", "set", "BearerAPI", "base_url", self.server.base_url)
        self.ws.ctl("config", "set", "BearerAPI", "token", "--stdin", stdin=token)
        result = self.ws.python("""
            import asyncio, json
            from bearer_api import get_resource, list_items
            async def main():
                r = await get_resource("r1")
                items = await list_items()
                return [r.name, len(items)]
            print(json.dumps(asyncio.run(main())))
            """, pythonpath=self.ws.modules)
        self.assertEqual(result, ["First", 2])
        self.assertEqual(len(self.server.requests), 2)
        for rec in self.server.requests:
            self.assertTrue(rec.headers.get("authorization") == f"Bearer {token}", "wrong bearer token")
            self.assertNotIn("x-example-key", rec.headers)

    def test_basic(self) -> None:
        user, password = "svc-user", "basic-password-33d1"
        self.ws.ctl("integration", "create", "BasicAPI")
        out = self.ws.generate("BasicAPI", "--auth", "basic", "--package", "basic_api")
        self.assertIn("username (string, required), password (secret)", out.stdout)
        self.ws.ctl("config", "set", "BasicAPI", "base_url", self.server.base_url)
        self.ws.ctl("config", "set", "BasicAPI", "username", user)
        self.ws.ctl("config", "set", "BasicAPI", "password", "--stdin", stdin=password)
        result = self.ws.python("""
            import asyncio, json
            from basic_api import get_shape
            print(json.dumps(type(asyncio.run(get_shape(2))).__name__))
            """, pythonpath=self.ws.modules)
        self.assertEqual(result, "Square")
        expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.assertEqual(len(self.server.requests), 1)
        self.assertTrue(self.server.requests[0].headers.get("authorization") == expected, "wrong basic auth")


class SwaggerEndToEnd(ServerCase):
    """The Swagger 2.0 variant of a subset (specs/example-api-swagger.json): definitions with
    allOf, formData parameters as a form body, collectionFormat multi, basic auth from
    securityDefinitions."""

    def test_swagger_2(self) -> None:
        self.ws.ctl("integration", "create", "SwaggerAPI")
        out = self.ws.ctl("sdk", "generate", "--integration", "SwaggerAPI", "--spec", str(SWAGGER_SPEC),
                          "--out", str(self.ws.modules), "--package", "swagger_api")
        self.assertIn("Auth: basic", out.stdout)
        self.assertIn("Swagger 2.0", out.stdout)
        self.assertEqual(self.ws.get("SwaggerAPI")["config"]["base_url"], "https://api.example.com/v1")
        self.ws.ctl("config", "set", "SwaggerAPI", "base_url", self.server.base_url)
        self.ws.ctl("config", "set", "SwaggerAPI", "username", "sw")
        self.ws.ctl("config", "set", "SwaggerAPI", "password", "--stdin", stdin="swagger-password-1")
        result = self.ws.python("""
            import asyncio, json
            from swagger_api import get_resource, iter_list_resources, list_resources, submit_login, models, SDKError
            async def main():
                r = await get_resource("r1")
                page = await list_resources(tag=["a", "b"])
                every = [x.id_ for x in [i async for i in iter_list_resources()]]
                session = await submit_login({"username": "sw", "remember": False})
                try:
                    await get_resource("nope")
                    missing = None
                except SDKError as e:
                    missing = e.status
                return [isinstance(r, models.Resource), r.id_, r.metadata, r.status.value,
                        len(page.value), every, session.user, session.remembered, missing]
            print(json.dumps(asyncio.run(main())))
            """, pythonpath=self.ws.modules)
        self.assertEqual(result, [True, "r1", {"owner": "ops"}, "active", 2, ["r1", "r2", "r3"], "sw", False, 404])
        expected = "Basic " + base64.b64encode(b"sw:swagger-password-1").decode()
        for rec in self.server.requests:
            self.assertTrue(rec.headers.get("authorization") == expected, "wrong basic auth")
        self.assertEqual(self.server.seen("GET", "/resources")[0].query.get("tag"), ["a", "b"])
        self.assertEqual(self.server.seen("POST", "/session")[0].form(),
                         {"username": ["sw"], "remember": ["false"]})


class OAuthServer:
    """tests/support/oauth/server.mjs (node): prints READY http://127.0.0.1:PORT."""

    def __init__(self) -> None:
        script = SUPPORT_DIR / "oauth" / "server.mjs"
        node = os.environ.get("NODE") or shutil.which("node")
        if not node or not script.exists():
            raise unittest.SkipTest("node or tests/support/oauth/server.mjs is missing")
        self.process = subprocess.Popen([node, str(script)], stdout=subprocess.PIPE, text=True)
        assert self.process.stdout
        line = self.process.stdout.readline().strip()
        if not line.startswith("READY http://"):
            self.process.kill()
            raise AssertionError(f"the OAuth test server did not start: {line!r}")
        self.issuer = line[len("READY "):]

    def stats(self) -> dict[str, Any]:
        with urllib.request.urlopen(self.issuer + "/_test/stats", timeout=10) as response:
            return json.loads(response.read())

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


OAUTH_SCRIPT = """
import asyncio, json
from PACKAGE import get_resource
async def main():
    return (await get_resource("r1")).name
print(json.dumps(asyncio.run(main())))
"""


class OAuthEndToEnd(ServerCase):
    @classmethod
    def setUpClass(cls) -> None:
        super().setUpClass()
        cls.oauth = OAuthServer()

    @classmethod
    def tearDownClass(cls) -> None:
        cls.oauth.stop()
        super().tearDownClass()

    def connect(self, name: str, package: str, client: str, secret: str) -> None:
        self.ws.ctl("integration", "create", name)
        self.ws.ctl("oauth", "set", name, "--flow", "client_credentials", "--token-url", self.oauth.issuer + "/token",
                    "--client-id", client, "--scopes", "api:read", "--auth-method", "basic",
                    "--client-secret-stdin", stdin=secret)
        self.ws.ctl("oauth", "connect", name)
        out = self.ws.generate(name, "--auth", "oauth", "--package", package)
        self.assertIn("Auth: oauth", out.stdout)
        self.ws.ctl("config", "set", name, "base_url", self.server.base_url)

    def token(self, name: str) -> str:
        oauth = self.ws.get(name)["oauth"]
        self.assertIsNotNone(oauth)
        return str(oauth["access_token"])

    def test_sends_the_token_get_returns_and_refreshes_after_401(self) -> None:
        self.connect("OAuthAPI", "oauth_api", "service", "service-secret")
        current = self.token("OAuthAPI")
        self.server.authorize = lambda rec: rec.headers.get("authorization") == f"Bearer {current}"
        self.assertEqual(self.ws.python(OAUTH_SCRIPT.replace("PACKAGE", "oauth_api"),
                                        pythonpath=self.ws.modules), "First")
        self.assertEqual(len(self.server.requests), 1)
        self.assertTrue(self.server.requests[0].headers.get("authorization") == f"Bearer {current}")

        # The API stops accepting that token (revoked at its side): the SDK gets a 401, refreshes
        # once through bifrostctl oauth refresh, and retries with the new token, which is the one
        # `bifrostctl get` returns from then on.
        self.server.clear()
        old = current
        self.server.authorize = lambda rec: rec.headers.get("authorization") not in (None, f"Bearer {old}")
        before = self.oauth.stats()["token"].get("client_credentials", 0)
        self.assertEqual(self.ws.python(OAUTH_SCRIPT.replace("PACKAGE", "oauth_api"),
                                        pythonpath=self.ws.modules), "First")
        seen = [r.headers.get("authorization") for r in self.server.requests]
        self.assertEqual(len(seen), 2)
        self.assertTrue(seen[0] == f"Bearer {old}", "the first request did not use the stored token")
        new = self.token("OAuthAPI")
        self.assertTrue(new != old, "no new token was minted")
        self.assertTrue(seen[1] == f"Bearer {new}", "the retry did not use the refreshed token")
        self.assertEqual(self.oauth.stats()["token"].get("client_credentials", 0), before + 1)

    def test_expired_token_is_replaced_on_the_next_call(self) -> None:
        # service-short tokens live 3 s: within get's refresh margin, so every call gets a fresh one.
        self.connect("ShortAPI", "short_api", "service-short", "service-secret")
        self.server.authorize = lambda rec: (rec.headers.get("authorization") or "").startswith("Bearer ")
        script = """
            import asyncio, json, time
            from short_api import get_resource
            async def main():
                first = (await get_resource("r1")).name
                await asyncio.sleep(3.5)  # the first token has expired by now
                second = (await get_resource("r2")).name
                return [first, second]
            print(json.dumps(asyncio.run(main())))
            """
        self.assertEqual(self.ws.python(script, pythonpath=self.ws.modules), ["First", "Second"])
        seen = [r.headers.get("authorization") for r in self.server.requests]
        self.assertEqual(len(seen), 2)
        self.assertTrue(seen[0] != seen[1], "the expired token was sent again")

    def test_not_connected_says_what_to_do(self) -> None:
        self.ws.ctl("integration", "create", "Unconnected")
        # authorization_code: nothing connects it behind the user's back (client_credentials would be
        # minted by `get` on demand).
        self.ws.ctl("oauth", "set", "Unconnected", "--flow", "authorization_code", "--token-url",
                    self.oauth.issuer + "/token", "--authorize-url", self.oauth.issuer + "/auth",
                    "--client-id", "native-pkce", "--auth-method", "none")
        self.ws.generate("Unconnected", "--auth", "oauth", "--package", "unconnected")
        self.ws.ctl("config", "set", "Unconnected", "base_url", self.server.base_url)
        out = self.ws.python("""
            import asyncio, json, warnings
            warnings.simplefilter("ignore")
            from unconnected import get_resource, SDKError
            async def main():
                try:
                    await get_resource("r1")
                except SDKError as e:
                    return str(e)
            print(json.dumps(asyncio.run(main())))
            """, pythonpath=self.ws.modules)
        self.assertIn("bifrostctl oauth connect Unconnected", out)
        self.assertEqual(self.server.requests, [])


class DeterministicAndRuntime(unittest.TestCase):
    def test_same_bytes_and_runtime_alone(self) -> None:
        ws = Workspace()
        try:
            ws.ctl("integration", "create", "ExampleAPI")
            trees = []
            for out in ("one", "two"):
                ws.ctl("sdk", "generate", "--integration", "ExampleAPI", "--spec", str(SPEC), "--out",
                       str(ws.root / out))
                trees.append({p.relative_to(ws.root / out).as_posix(): p.read_bytes()
                              for p in sorted((ws.root / out).rglob("*")) if p.is_file()})
            self.assertEqual(trees[0].keys(), trees[1].keys())
            for path, data in trees[0].items():
                self.assertTrue(data == trees[1][path], path)
            ws.ctl("sdk", "runtime", "--out", str(ws.root / "rt"))
            self.assertEqual(sorted(p.name for p in (ws.root / "rt").iterdir()), ["bifrost"])
            out = ws.python("""
                import json, bifrost
                from bifrost import integrations, workflow
                print(json.dumps(bifrost.__name__))
                """, pythonpath=ws.root / "rt")
            self.assertEqual(out, "bifrost")
        finally:
            ws.close()


if __name__ == "__main__":
    unittest.main()
