"""The bifrost Python runtime (resources/python/bifrost) against the real bifrostctl.

Everything is real: bifrostctl ($BIFROSTCTL) on a temporary SQLite database with its secrets in a
vault file (one suite uses the keychain when a D-Bus session is there: scripts/with-keyring),
workflows run as `/usr/bin/python3 -m bifrost run` subprocesses, the issue's example workflow
talks to a real http.server, OAuth tokens come from the real authorization server
(tests/support/oauth/server.mjs, node), and mypy --strict checks the package.

Secret values and tokens are compared with assertTrue(a == b) / assertFalse(s in text), never
assertEqual/assertIn, so that a failure does not print them.

    BIFROSTCTL=build/app/bifrostctl scripts/with-keyring /usr/bin/python3 tests/python/tst_python_runtime.py -v
"""

from __future__ import annotations

import asyncio
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import unittest
import urllib.request
import warnings
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from unittest import mock

sys.dont_write_bytecode = True

SOURCE_DIR = Path(os.environ.get("BIFROST_SOURCE_DIR") or Path(__file__).resolve().parents[2])
RUNTIME_SOURCE = SOURCE_DIR / "resources" / "python" / "bifrost"
SUPPORT_DIR = Path(os.environ.get("BIFROST_TEST_SUPPORT") or SOURCE_DIR / "tests" / "support")
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
PASSPHRASE = "runtime-test-passphrase"
SECRET = "s3cr3t-api-key-value"

# The runtime is imported from a copy (RUNTIME_COPY/bifrost), so that neither these tests nor the
# workflow subprocesses write anything into the source tree.
_scratch = tempfile.TemporaryDirectory(prefix="bifrost-runtime-test-")
RUNTIME_COPY = Path(_scratch.name) / "runtime"
shutil.copytree(RUNTIME_SOURCE, RUNTIME_COPY / "bifrost")
sys.path.insert(0, str(RUNTIME_COPY))

import bifrost  # noqa: E402
from bifrost import BifrostError, IntegrationData, OAuthToken, integrations, oauth, workflow  # noqa: E402
from bifrost._runner import parse_arg  # noqa: E402


def bifrostctl() -> str:
    path = os.environ.get("BIFROSTCTL", "")
    if not path or not os.access(path, os.X_OK):
        raise RuntimeError("set BIFROSTCTL to the bifrostctl program (ctest does)")
    return path


def run(coro: Any) -> Any:
    return asyncio.run(coro)


class Database:
    """A temporary bifrostctl database; `env` is what bifrostctl and the runtime need."""

    def __init__(self, secrets: str = "vault") -> None:
        self.dir = tempfile.TemporaryDirectory(prefix="bifrost-db-")
        self.env = {
            "BIFROSTCTL": bifrostctl(),
            "BIFROST_DB": os.path.join(self.dir.name, "test.db"),
            "BIFROST_SECRETS": secrets,
        }
        if secrets == "vault":
            self.env["BIFROST_VAULT_PASSPHRASE"] = PASSPHRASE

    def full_env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.pop("BIFROST_ORG", None)
        env.update(self.env)
        env.update(extra)
        return env

    def ctl(self, *args: str, stdin: str | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [bifrostctl(), *args],
            input=stdin if stdin is not None else "",
            capture_output=True,
            text=True,
            env=self.full_env(),
            timeout=120,
        )
        if check and result.returncode != 0:
            # stderr only: stdout of `get` holds secrets.
            raise AssertionError(f"bifrostctl {' '.join(args[:3])} exited {result.returncode}: {result.stderr}")
        return result

    def get_json(self, *args: str) -> dict[str, Any]:
        data = json.loads(self.ctl("get", *args).stdout)
        assert isinstance(data, dict)
        return data

    def patch_env(self, **extra: str) -> Any:
        """A mock.patch.dict of os.environ with this database's variables (the runtime reads
        them from the environment, as in a workflow)."""
        return mock.patch.dict(os.environ, {**self.env, **extra})

    def close(self) -> None:
        self.dir.cleanup()


def schema(path: Path, fields: list[dict[str, Any]]) -> str:
    path.write_text(json.dumps(fields))
    return str(path)


def populate(db: Database) -> dict[str, str]:
    """HaloPSA with typed fields and a secret, three organizations, two of them mapped. Returns
    the organization ids by name."""
    db.ctl("integration", "create", "HaloPSA", "--default-entity-id", "default-entity")
    file = schema(
        Path(db.dir.name) / "halo.json",
        [
            {"key": "base_url", "type": "string", "required": True},
            {"key": "timeout", "type": "int", "min": 1, "max": 600},
            {"key": "verbose", "type": "bool"},
            {"key": "extra", "type": "json"},
            {"key": "api_key", "type": "secret", "required": True},
            {"key": "region", "type": "string", "required": True},
        ],
    )
    db.ctl("schema", "set", "HaloPSA", "--file", file)
    db.ctl("config", "set", "HaloPSA", "base_url", "https://halo.example.com")
    db.ctl("config", "set", "HaloPSA", "timeout", "30")
    db.ctl("config", "set", "HaloPSA", "verbose", "yes")
    db.ctl("config", "set", "HaloPSA", "extra", '{"tags": ["a", "b"], "depth": 2}')
    db.ctl("config", "set", "HaloPSA", "api_key", "--stdin", stdin=SECRET)
    ids = {}
    for org in ("Contoso", "Fabrikam", "Northwind"):
        out = db.ctl("org", "add", org).stdout
        ids[org] = out[out.rindex("(") + 1 : out.rindex(")")]
    db.ctl("mapping", "set", "HaloPSA", "--org", "Contoso", "--entity-id", "42", "--entity-name", "Contoso Ltd")
    db.ctl("mapping", "set", "HaloPSA", "--org", "Fabrikam", "--entity-id", "7", "--entity-name", "Fabrikam Inc")
    db.ctl("config", "set", "HaloPSA", "timeout", "60", "--org", "Contoso")
    db.ctl("config", "set", "HaloPSA", "region", "eu", "--org", "Contoso")
    return ids


class TypeCheckTest(unittest.TestCase):
    def test_mypy_strict_and_py_compile(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            for source in sorted(RUNTIME_SOURCE.glob("*.py")):
                compile(source.read_text(encoding="utf-8"), str(source), "exec", dont_inherit=True)
            result = subprocess.run(
                [PYTHON, "-m", "mypy", "--strict", "--cache-dir", tmp, "--no-error-summary", "bifrost"],
                cwd=RUNTIME_SOURCE.parent,
                capture_output=True,
                text=True,
                timeout=300,
            )
        self.assertEqual(result.returncode, 0, f"mypy --strict:\n{result.stdout}{result.stderr}")

    def test_package_exports(self) -> None:
        for name in ("integrations", "workflow", "oauth", "IntegrationData", "OAuthToken", "BifrostError", "__version__"):
            self.assertTrue(hasattr(bifrost, name), name)
        self.assertTrue((RUNTIME_SOURCE / "py.typed").exists())
        self.assertTrue(callable(bifrost.workflow))


class IntegrationsTest(unittest.TestCase):
    db: Database
    ids: dict[str, str]

    @classmethod
    def setUpClass(cls) -> None:
        cls.db = Database()
        cls.ids = populate(cls.db)

    @classmethod
    def tearDownClass(cls) -> None:
        cls.db.close()

    def setUp(self) -> None:
        patcher = self.db.patch_env()
        patcher.start()
        self.addCleanup(patcher.stop)
        os.environ.pop("BIFROST_ORG", None)

    def test_get_global_typed_values(self) -> None:
        data = run(integrations.get("HaloPSA"))
        self.assertIsInstance(data, IntegrationData)
        assert data is not None
        self.assertEqual(data.name, "HaloPSA")
        self.assertTrue(data.integration_id)
        self.assertIsNone(data.organization_id)
        self.assertIsNone(data.organization_name)
        self.assertEqual(data.entity_id, "default-entity")
        self.assertIsNone(data.entity_name)
        self.assertEqual(data.config["base_url"], "https://halo.example.com")
        self.assertEqual(data.config["timeout"], 30)
        self.assertIs(data.config["verbose"], True)
        self.assertEqual(data.config["extra"], {"tags": ["a", "b"], "depth": 2})
        self.assertNotIn("region", data.config)
        self.assertEqual(data.config_secret_keys, ["api_key"])
        self.assertTrue(data.config["api_key"] == SECRET, "the secret value came back")
        self.assertEqual(data.missing_required, ["region"])
        self.assertIsNone(data.oauth)

    def test_get_organization_by_name_any_case_and_id(self) -> None:
        by_name = run(integrations.get("HaloPSA", "contoso"))
        by_id = run(integrations.get("HaloPSA", self.ids["Contoso"]))
        for data in (by_name, by_id):
            assert data is not None
            self.assertEqual(data.organization_id, self.ids["Contoso"])
            self.assertEqual(data.organization_name, "Contoso")
            self.assertEqual(data.entity_id, "42")
            self.assertEqual(data.entity_name, "Contoso Ltd")
            self.assertEqual(data.config["timeout"], 60)
            self.assertEqual(data.config["region"], "eu")
            self.assertEqual(data.missing_required, [])
        # Not mapped: the integration's default entity id, its defaults.
        northwind = run(integrations.get("HaloPSA", "Northwind"))
        assert northwind is not None
        self.assertEqual(northwind.entity_id, "default-entity")
        self.assertEqual(northwind.config["timeout"], 30)

    def test_default_scope_is_bifrost_org_else_global(self) -> None:
        os.environ["BIFROST_ORG"] = "Fabrikam"
        data = run(integrations.get("HaloPSA"))
        assert data is not None
        self.assertEqual(data.organization_name, "Fabrikam")
        for scope in ("global", "GLOBAL"):
            data = run(integrations.get("HaloPSA", scope))
            assert data is not None
            self.assertIsNone(data.organization_id, scope)
        os.environ["BIFROST_ORG"] = ""
        data = run(integrations.get("HaloPSA"))
        assert data is not None
        self.assertIsNone(data.organization_id)

    def test_not_found_gives_none(self) -> None:
        self.assertIsNone(run(integrations.get("NoSuchIntegration")))
        self.assertIsNone(run(integrations.get("halopsa")), "integration names are exact")
        self.assertIsNone(run(integrations.get("HaloPSA", "No Such Org")))

    def test_invalid_input_raises_bifrost_error(self) -> None:
        with self.assertRaises(BifrostError) as caught:
            run(integrations.get("HaloPSA", ""))
        self.assertEqual(caught.exception.exit_code, 2)
        self.assertIn("--org", caught.exception.message)
        self.assertFalse(caught.exception.message.startswith("bifrostctl:"), caught.exception.message)
        self.assertEqual(str(caught.exception), caught.exception.message)

    def test_wrong_vault_passphrase_raises(self) -> None:
        os.environ["BIFROST_VAULT_PASSPHRASE"] = "not-the-passphrase"
        with self.assertRaises(BifrostError) as caught:
            run(integrations.get("HaloPSA"))
        self.assertEqual(caught.exception.exit_code, 2)
        self.assertIn("passphrase", caught.exception.message)

    def test_bifrostctl_from_path_or_clear_error(self) -> None:
        with tempfile.TemporaryDirectory() as bindir:
            os.symlink(bifrostctl(), os.path.join(bindir, "bifrostctl"))
            with mock.patch.dict(os.environ, {"PATH": bindir}):
                del os.environ["BIFROSTCTL"]
                data = run(integrations.get("HaloPSA"))
                self.assertIsNotNone(data)
            with mock.patch.dict(os.environ, {"PATH": os.path.join(bindir, "empty")}):
                del os.environ["BIFROSTCTL"]
                with self.assertRaises(BifrostError) as caught:
                    run(integrations.get("HaloPSA"))
                self.assertEqual(caught.exception.exit_code, 5)
                self.assertIn("BIFROSTCTL", caught.exception.message)
        with mock.patch.dict(os.environ, {"BIFROSTCTL": "/nonexistent/bifrostctl"}):
            with self.assertRaises(BifrostError) as caught:
                run(integrations.get("HaloPSA"))
            self.assertIn("/nonexistent/bifrostctl", caught.exception.message)

    def test_list_mappings(self) -> None:
        order = [m["name"] for m in json.loads(self.db.ctl("mapping", "list", "HaloPSA", "--json").stdout)]
        mappings = run(integrations.list_mappings("HaloPSA"))
        self.assertEqual([m.organization_name for m in mappings], order)
        self.assertEqual(sorted(order), ["Contoso", "Fabrikam"])
        by_org = {m.organization_name: m for m in mappings}
        self.assertEqual(by_org["Contoso"].entity_id, "42")
        self.assertEqual(by_org["Contoso"].config["timeout"], 60)
        self.assertEqual(by_org["Fabrikam"].entity_name, "Fabrikam Inc")
        self.assertEqual(by_org["Fabrikam"].config["timeout"], 30)
        self.assertTrue(by_org["Fabrikam"].config["api_key"] == SECRET)
        self.assertEqual(run(integrations.list_mappings("NoSuchIntegration")), [])

    def test_get_mapping_by_organization_and_entity_id(self) -> None:
        data = run(integrations.get_mapping("HaloPSA", "CONTOSO"))
        assert data is not None
        self.assertEqual((data.organization_name, data.entity_id), ("Contoso", "42"))
        data = run(integrations.get_mapping("HaloPSA", self.ids["Fabrikam"]))
        assert data is not None
        self.assertEqual(data.entity_id, "7")
        entities: tuple[str | int, ...] = ("7", 7)
        for entity in entities:
            data = run(integrations.get_mapping("HaloPSA", entity_id=entity))
            assert data is not None
            self.assertEqual(data.organization_name, "Fabrikam")
            self.assertEqual(data.entity_name, "Fabrikam Inc")
        # Both given: they must agree.
        self.assertIsNone(run(integrations.get_mapping("HaloPSA", "Contoso", entity_id="7")))
        data = run(integrations.get_mapping("HaloPSA", "fabrikam", entity_id="7"))
        assert data is not None
        self.assertEqual(data.organization_name, "Fabrikam")
        # Not mapped, unknown organization, unknown entity, unknown integration.
        self.assertIsNone(run(integrations.get_mapping("HaloPSA", "Northwind")))
        self.assertIsNone(run(integrations.get_mapping("HaloPSA", "No Such Org")))
        self.assertIsNone(run(integrations.get_mapping("HaloPSA", entity_id="999")))
        self.assertIsNone(run(integrations.get_mapping("NoSuchIntegration", "Contoso")))
        self.assertIsNone(run(integrations.get_mapping("NoSuchIntegration", entity_id="42")))
        # The default organization, and none at all.
        os.environ["BIFROST_ORG"] = "Contoso"
        data = run(integrations.get_mapping("HaloPSA"))
        assert data is not None
        self.assertEqual(data.entity_id, "42")
        del os.environ["BIFROST_ORG"]
        with self.assertRaises(BifrostError) as caught:
            run(integrations.get_mapping("HaloPSA"))
        self.assertEqual(caught.exception.exit_code, 2)

    def test_concurrent_calls_share_the_event_loop(self) -> None:
        async def many() -> tuple[list[IntegrationData | None], int]:
            ticks = 0
            done = asyncio.Event()

            async def ticker() -> None:
                nonlocal ticks
                while not done.is_set():
                    ticks += 1
                    await asyncio.sleep(0.01)

            tick_task = asyncio.create_task(ticker())
            results = await asyncio.gather(*(integrations.get("HaloPSA", org) for org in ("Contoso", "Fabrikam") * 3))
            done.set()
            await tick_task
            return list(results), ticks

        results, ticks = run(many())
        self.assertEqual([r.organization_name for r in results if r], ["Contoso", "Fabrikam"] * 3)
        # The loop kept running while bifrostctl worked (never blocked by a synchronous wait).
        self.assertGreater(ticks, 1)

    def test_repr_never_shows_secrets(self) -> None:
        data = run(integrations.get("HaloPSA", "Contoso"))
        assert data is not None
        text = repr(data) + str(data)
        self.assertFalse(SECRET in text, "the secret value is in repr()")
        self.assertIn("'api_key': '********'", text)
        self.assertIn("https://halo.example.com", text)

    def test_bifrostctl_warnings_are_passed_on(self) -> None:
        # OAuth settings without a connection: `get` warns "not connected" and exits 0.
        self.db.ctl("integration", "create", "Graph")
        self.db.ctl(
            "oauth", "set", "Graph", "--flow", "authorization_code",
            "--authorize-url", "http://127.0.0.1:9/authorize", "--token-url", "http://127.0.0.1:9/token",
            "--client-id", "graph-client", "--auth-method", "none",
        )  # fmt: skip
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            data = run(integrations.get("Graph"))
        assert data is not None
        self.assertIsNone(data.oauth)
        messages = [str(w.message) for w in caught if issubclass(w.category, bifrost.BifrostWarning)]
        self.assertEqual(len(messages), 1, messages)
        self.assertIn("connect", messages[0])
        self.assertFalse(messages[0].startswith("bifrostctl: warning:"), messages[0])

    def test_deprecated_oauth_get_warns(self) -> None:
        with self.assertWarns(DeprecationWarning) as caught:
            token = run(oauth.get("HaloPSA"))
        self.assertIsNone(token)
        self.assertIn("integrations.get", str(caught.warning))
        # stacklevel: the warning points at the caller, not at bifrost/oauth.py.
        self.assertNotIn("bifrost", os.path.basename(caught.filename))
        with self.assertWarns(DeprecationWarning):
            self.assertIsNone(run(oauth.get("NoSuchIntegration")))


class WorkflowDecoratorTest(unittest.TestCase):
    def test_bare_and_with_arguments(self) -> None:
        @workflow
        async def first(x: int = 1) -> int:
            """Doubles x.

            More text."""
            return x * 2

        @workflow(name="second-flow", description="Says hello")
        async def second() -> str:
            return "hello"

        def not_marked() -> None:
            pass

        self.assertEqual(run(first(4)), 8, "still directly awaitable")
        self.assertEqual(first.__name__, "first")
        self.assertEqual(run(second()), "hello")
        self.assertTrue(bifrost.is_workflow(first) and bifrost.is_workflow(second))
        self.assertFalse(bifrost.is_workflow(not_marked))
        registry = bifrost.registered_workflows()
        info = registry[f"{__name__}:first"]
        self.assertEqual((info.name, info.description, info.is_async), ("first", "Doubles x.", True))
        self.assertIs(info.function, first)
        info = registry[f"{__name__}:second-flow"]
        self.assertEqual(info.description, "Says hello")
        with self.assertRaises(TypeError):
            workflow(42)  # type: ignore[call-overload]

    def test_parse_arg(self) -> None:
        self.assertEqual(parse_arg("n=42"), ("n", 42))
        self.assertEqual(parse_arg("s=hello world"), ("s", "hello world"))
        self.assertEqual(parse_arg('q="42"'), ("q", "42"))
        self.assertEqual(parse_arg("b=true"), ("b", True))
        self.assertEqual(parse_arg("e="), ("e", ""))
        self.assertEqual(parse_arg("u=a=b"), ("u", "a=b"))
        self.assertEqual(parse_arg('o={"a": [1, null]}'), ("o", {"a": [1, None]}))


class DataHandler(http.server.BaseHTTPRequestHandler):
    """GET /data answers a JSON document and records the Authorization header it got."""

    seen: list[dict[str, str | None]] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        type(self).seen.append({"path": self.path, "authorization": self.headers.get("Authorization")})
        if self.path != "/data":
            self.send_error(404)
            return
        body = json.dumps({"items": [{"id": 1, "name": "alpha"}, {"id": 2, "name": "beta"}], "total": 2}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


class DataServer:
    def __init__(self) -> None:
        DataHandler.seen = []
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), DataHandler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# The workflow from the issue, verbatim.
ISSUE_EXAMPLE = '''\
from bifrost import workflow, integrations
import httpx

@workflow
async def sync_data():
    integration = await integrations.get("ExternalAPI")
    if not integration:
        return {"error": "Integration not configured"}
    headers = {}
    if integration.oauth:
        headers["Authorization"] = f"Bearer {integration.oauth.access_token}"
    base_url = integration.config.get("base_url")
    async with httpx.AsyncClient() as client:
        response = await client.get(f"{base_url}/data", headers=headers)
        return response.json()
'''

TEST_FLOWS = '''\
import datetime
import os

from bifrost import BifrostError, integrations, oauth, workflow
import helper_mod


@workflow
async def echo(**kwargs):
    return kwargs


@workflow(name="where", description="the scope it runs in")
async def where():
    data = await integrations.get("HaloPSA")
    return {
        "BIFROST_ORG": os.environ.get("BIFROST_ORG"),
        "organization": data.organization_name if data else None,
        "entity_id": data.entity_id if data else None,
        "helper": helper_mod.VALUE,
    }


def sync_plain(a, b=2):
    return {"sum": a + b, "when": datetime.date(2025, 6, 1)}


@workflow
async def fails():
    raise RuntimeError("the remote system said no")


@workflow
async def bifrost_fails():
    raise BifrostError("conflict from somewhere", 4)


@workflow
async def bad_scope():
    return await integrations.get("HaloPSA", "")


@workflow
async def whole_integration():
    return await integrations.get("HaloPSA")


@workflow
async def deprecated():
    token = await oauth.get("HaloPSA")
    return {"token": token}


NOT_A_FUNCTION = 42
'''


class RunnerTest(unittest.TestCase):
    db: Database
    project: tempfile.TemporaryDirectory[str]
    server: DataServer

    @classmethod
    def setUpClass(cls) -> None:
        cls.db = Database()
        populate(cls.db)
        cls.server = DataServer()
        cls.db.ctl("integration", "create", "ExternalAPI")
        file = schema(Path(cls.db.dir.name) / "ext.json", [{"key": "base_url", "type": "string", "required": True}])
        cls.db.ctl("schema", "set", "ExternalAPI", "--file", file)
        # The default points nowhere: only the organization's override reaches the server, so
        # the run proves that --org was the scope.
        cls.db.ctl("config", "set", "ExternalAPI", "base_url", "http://127.0.0.1:9")
        cls.db.ctl("config", "set", "ExternalAPI", "base_url", cls.server.url, "--org", "Contoso")
        cls.project = tempfile.TemporaryDirectory(prefix="bifrost-project-")
        root = Path(cls.project.name)
        (root / "myflows.py").write_text(ISSUE_EXAMPLE)
        (root / "testflows.py").write_text(TEST_FLOWS)
        (root / "broken.py").write_text("import no_such_package_anywhere\n")
        (root / "modules").mkdir()
        (root / "modules" / "helper_mod.py").write_text("VALUE = 'from ./modules'\n")

    @classmethod
    def tearDownClass(cls) -> None:
        cls.server.close()
        cls.project.cleanup()
        cls.db.close()

    def bifrost_run(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [PYTHON, "-m", "bifrost", "run", *args],
            cwd=self.project.name,
            capture_output=True,
            text=True,
            env=self.db.full_env(PYTHONPATH=str(RUNTIME_COPY), PYTHONDONTWRITEBYTECODE="1", **env),
            timeout=180,
        )

    def assert_exit(self, result: subprocess.CompletedProcess[str], code: int) -> None:
        self.assertEqual(result.returncode, code, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")

    def test_issue_example_runs_as_is(self) -> None:
        DataHandler.seen.clear()
        result = self.bifrost_run("myflows:sync_data", "--org", "Contoso")
        self.assert_exit(result, 0)
        self.assertEqual(
            json.loads(result.stdout),
            {"items": [{"id": 1, "name": "alpha"}, {"id": 2, "name": "beta"}], "total": 2},
        )
        self.assertTrue(result.stdout.startswith('{\n  "items"'), "indent 2")
        self.assertEqual(DataHandler.seen, [{"path": "/data", "authorization": None}])
        self.assertEqual(result.stderr, "")

    def test_issue_example_without_integration(self) -> None:
        result = self.bifrost_run("myflows:sync_data", "--org", "Contoso", BIFROST_DB=os.path.join(self.db.dir.name, "empty.db"))
        self.assert_exit(result, 0)
        self.assertEqual(json.loads(result.stdout), {"error": "Integration not configured"})

    def test_org_sets_bifrost_org_and_modules_folder_is_importable(self) -> None:
        result = self.bifrost_run("testflows:where", "--org", "contoso")
        self.assert_exit(result, 0)
        self.assertEqual(
            json.loads(result.stdout),
            {"BIFROST_ORG": "contoso", "organization": "Contoso", "entity_id": "42", "helper": "from ./modules"},
        )
        result = self.bifrost_run("testflows:where")
        self.assert_exit(result, 0)
        self.assertEqual(json.loads(result.stdout)["organization"], None)
        result = self.bifrost_run("testflows:where", BIFROST_ORG="Fabrikam")
        self.assert_exit(result, 0)
        self.assertEqual(json.loads(result.stdout)["entity_id"], "7")

    def test_args(self) -> None:
        result = self.bifrost_run(
            "testflows:echo", "--arg", "n=42", "--arg", "s=hello world", "--arg", "b=true", "--arg", "l=[1, 2]",
            "--arg", 'q="42"', "--arg", "e=", "--arg", "o={\"k\": null}", "--arg", "eq=a=b", "--arg", "city=Zürich",
        )  # fmt: skip
        self.assert_exit(result, 0)
        self.assertEqual(
            json.loads(result.stdout),
            {
                "n": 42, "s": "hello world", "b": True, "l": [1, 2], "q": "42", "e": "", "o": {"k": None},
                "eq": "a=b", "city": "Zürich",
            },
        )  # fmt: skip

    def test_sync_function_without_decorator_runs_with_a_warning(self) -> None:
        result = self.bifrost_run("testflows:sync_plain", "--arg", "a=40")
        self.assert_exit(result, 0)
        # A value JSON cannot hold is printed with str().
        self.assertEqual(json.loads(result.stdout), {"sum": 42, "when": "2025-06-01"})
        self.assertIn("bifrost: warning: testflows:sync_plain is not marked @workflow", result.stderr)

    def test_usage_errors_exit_2(self) -> None:
        cases = {
            ("testflows",): "expected MODULE:FUNCTION",
            ("testflows:",): "expected MODULE:FUNCTION",
            ("test-flows:echo",): "expected MODULE:FUNCTION",
            ("no_such_module:run",): "cannot import 'no_such_module'",
            ("testflows:no_such_function",): "has no function 'no_such_function'",
            ("testflows:NOT_A_FUNCTION",): "not a function",
            ("testflows:sync_plain",): "missing a required argument: 'a'",
            ("testflows:where", "--arg", "x=1"): "unexpected keyword argument 'x'",
            ("testflows:echo", "--arg", "novalue"): "expected KEY=VALUE",
            ("testflows:echo", "--arg", "a=1", "--arg", "a=2"): "given twice",
            ("testflows:echo", "--org", " "): "--org needs",
            ("testflows:echo", "--bogus"): "unrecognized arguments: --bogus",
        }
        for args, message in cases.items():
            with self.subTest(args=args):
                result = self.bifrost_run(*args)
                self.assert_exit(result, 2)
                self.assertEqual(result.stdout, "")
                self.assertIn("bifrost: error: ", result.stderr)
                self.assertIn(message, result.stderr)

    def test_exceptions_exit_1_with_traceback_on_request(self) -> None:
        result = self.bifrost_run("testflows:fails")
        self.assert_exit(result, 1)
        self.assertEqual(result.stdout, "")
        self.assertIn("bifrost: error: RuntimeError: the remote system said no\n", result.stderr)
        self.assertNotIn("Traceback", result.stderr)
        variants: list[tuple[tuple[str, ...], dict[str, str]]] = [(("--traceback",), {}), ((), {"BIFROST_TRACEBACK": "1"})]
        for extra, env in variants:
            result = self.bifrost_run("testflows:fails", *extra, **env)
            self.assert_exit(result, 1)
            self.assertIn("Traceback (most recent call last)", result.stderr)
            self.assertIn("testflows.py", result.stderr)
        # An import that fails inside the module is the module's error, not a usage error.
        result = self.bifrost_run("broken:anything")
        self.assert_exit(result, 1)
        self.assertIn("ModuleNotFoundError", result.stderr)

    def test_bifrost_errors_keep_their_exit_code(self) -> None:
        result = self.bifrost_run("testflows:bifrost_fails")
        self.assert_exit(result, 4)
        self.assertIn("bifrost: error: conflict from somewhere\n", result.stderr)
        result = self.bifrost_run("testflows:bad_scope")
        self.assert_exit(result, 2)
        self.assertIn("bifrost: error: --org needs an organization", result.stderr)
        result = self.bifrost_run("testflows:where", BIFROSTCTL="/nonexistent/bifrostctl")
        self.assert_exit(result, 5)
        self.assertIn("/nonexistent/bifrostctl", result.stderr)

    def test_result_repr_hides_secrets_and_deprecation_shows(self) -> None:
        result = self.bifrost_run("testflows:whole_integration")
        self.assert_exit(result, 0)
        self.assertFalse(SECRET in result.stdout + result.stderr, "a secret was printed")
        self.assertIn("IntegrationData(", json.loads(result.stdout))
        result = self.bifrost_run("testflows:deprecated")
        self.assert_exit(result, 0)
        self.assertEqual(json.loads(result.stdout), {"token": None})
        self.assertIn("bifrost: warning: ", result.stderr)
        self.assertIn("testflows.py", result.stderr)
        self.assertIn("deprecated", result.stderr)

    def test_help_and_version(self) -> None:
        result = subprocess.run(
            [PYTHON, "-m", "bifrost", "--version"], capture_output=True, text=True,
            env=self.db.full_env(PYTHONPATH=str(RUNTIME_COPY)), timeout=60,
        )  # fmt: skip
        self.assert_exit(result, 0)
        self.assertEqual(result.stdout.strip(), f"bifrost {bifrost.__version__}")
        result = subprocess.run(
            [PYTHON, "-m", "bifrost"], capture_output=True, text=True,
            env=self.db.full_env(PYTHONPATH=str(RUNTIME_COPY)), timeout=60,
        )  # fmt: skip
        self.assert_exit(result, 2)
        self.assertIn("bifrost: error:", result.stderr)


@unittest.skipUnless(os.environ.get("DBUS_SESSION_BUS_ADDRESS"), "no D-Bus session: run under scripts/with-keyring")
class KeychainTest(unittest.TestCase):
    def test_secret_from_the_keychain(self) -> None:
        db = Database(secrets="keychain")
        try:
            db.ctl("integration", "create", "KeychainAPI")
            file = schema(Path(db.dir.name) / "k.json", [{"key": "token", "type": "secret", "required": True}])
            db.ctl("schema", "set", "KeychainAPI", "--file", file)
            db.ctl("config", "set", "KeychainAPI", "token", "--stdin", stdin=SECRET + "-keychain")
            with db.patch_env():
                os.environ.pop("BIFROST_VAULT_PASSPHRASE", None)
                data = run(integrations.get("KeychainAPI"))
            assert data is not None
            self.assertEqual(data.config_secret_keys, ["token"])
            self.assertTrue(data.config["token"] == SECRET + "-keychain", "the keychain secret came back")
            # Leave no entries behind in the session's keychain.
            db.ctl("integration", "delete", "KeychainAPI", "--force")
        finally:
            db.close()


class OAuthServer:
    """tests/support/oauth/server.mjs (oidc-provider on loopback), as OAuthTestServer runs it."""

    def __init__(self) -> None:
        node = os.environ.get("NODE") or shutil.which("node") or "node"
        self.process = subprocess.Popen(
            [node, str(SUPPORT_DIR / "oauth" / "server.mjs")],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        ready: list[str] = []
        reader = threading.Thread(target=lambda: ready.append(self.process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
        reader.start()
        reader.join(60)
        line = ready[0].strip() if ready else ""
        if not line.startswith("READY http://"):
            self.close()
            raise RuntimeError("the OAuth test server did not start (npm ci in tests/?); its stderr above says why")
        self.issuer = line[len("READY ") :]

    def url(self, path: str) -> str:
        return self.issuer + path

    def stats(self) -> dict[str, Any]:
        with urllib.request.urlopen(self.url("/_test/stats"), timeout=10) as response:
            data = json.loads(response.read())
        assert isinstance(data, dict)
        return data

    def client_credentials_count(self) -> int:
        return int(self.stats().get("token", {}).get("client_credentials", 0))

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        if self.process.stdout:
            self.process.stdout.close()


class OAuthTest(unittest.TestCase):
    db: Database
    server: OAuthServer
    data_server: DataServer

    @classmethod
    def setUpClass(cls) -> None:
        cls.server = OAuthServer()
        cls.data_server = DataServer()
        cls.db = Database()
        for org in ("Contoso", "Fabrikam"):
            cls.db.ctl("org", "add", org)
        for name in ("Service", "ExternalAPI"):
            cls.db.ctl("integration", "create", name)
            cls.db.ctl(
                "oauth", "set", name, "--flow", "client_credentials", "--token-url", cls.server.url("/token"),
                "--client-id", "service", "--scopes", "api:read", "--auth-method", "basic",
                "--client-secret-stdin", stdin="service-secret",
            )  # fmt: skip
        file = schema(Path(cls.db.dir.name) / "ext.json", [{"key": "base_url", "type": "string", "required": True}])
        cls.db.ctl("schema", "set", "ExternalAPI", "--file", file)
        cls.db.ctl("config", "set", "ExternalAPI", "base_url", cls.data_server.url)
        # Fabrikam has its own connection; Contoso uses the default one.
        cls.db.ctl("oauth", "connect", "Service")
        cls.db.ctl("oauth", "connect", "Service", "--org", "Fabrikam")

    @classmethod
    def tearDownClass(cls) -> None:
        cls.data_server.close()
        cls.server.close()
        cls.db.close()

    def setUp(self) -> None:
        patcher = self.db.patch_env()
        patcher.start()
        self.addCleanup(patcher.stop)
        os.environ.pop("BIFROST_ORG", None)

    def test_oauth_block(self) -> None:
        data = run(integrations.get("Service"))
        assert data is not None and data.oauth is not None
        token = data.oauth
        self.assertIsInstance(token, OAuthToken)
        raw = self.db.get_json("Service")["oauth"]
        self.assertTrue(len(token.access_token) > 10 and token.access_token == raw["access_token"])
        self.assertEqual(token.token_type, "Bearer")
        self.assertIsNone(token.refresh_token)
        self.assertEqual(token.client_id, "service")
        self.assertEqual(token.token_url, self.server.url("/token"))
        self.assertEqual(token.scopes, ["api:read"])
        self.assertEqual(token.connection, "default")
        assert token.expires_at is not None
        self.assertIsNotNone(token.expires_at.tzinfo)
        self.assertGreater(token.expires_at, datetime.now(timezone.utc))
        self.assertFalse(token.expired)
        self.assertFalse(token.access_token in repr(data), "repr() shows the token")
        # An organization without its own connection gets the default's token.
        contoso = run(integrations.get("Service", "Contoso"))
        assert contoso is not None and contoso.oauth is not None
        self.assertEqual(contoso.oauth.connection, "default")
        self.assertTrue(contoso.oauth.access_token == token.access_token)
        fabrikam = run(integrations.get("Service", "Fabrikam"))
        assert fabrikam is not None and fabrikam.oauth is not None
        self.assertEqual(fabrikam.oauth.connection, "organization")
        self.assertFalse(fabrikam.oauth.access_token == token.access_token)

    def test_refresh_mints_a_new_token(self) -> None:
        for scope, connection in ((None, "default"), ("Fabrikam", "organization"), ("Contoso", "default")):
            with self.subTest(scope=scope):
                data = run(integrations.get("Service", scope))
                assert data is not None and data.oauth is not None
                token = data.oauth
                self.assertEqual(token.connection, connection)
                before = (token.access_token, token.expires_at)
                minted = self.server.client_credentials_count()
                # expires_at has whole seconds: let the clock pass one so the new expiry is later.
                time.sleep(1.1)
                run(token.refresh())
                self.assertIs(data.oauth, token, "updated in place")
                self.assertFalse(token.access_token == before[0], "refresh() left the old token")
                assert token.expires_at is not None and before[1] is not None
                self.assertGreater(token.expires_at, before[1])
                self.assertEqual(token.connection, connection)
                self.assertEqual(self.server.client_credentials_count(), minted + 1)
                # What bifrostctl stores now is the refreshed token.
                fresh = run(integrations.get("Service", scope))
                assert fresh is not None and fresh.oauth is not None
                self.assertTrue(fresh.oauth.access_token == token.access_token)
        # Contoso's refresh went to the default connection: still no connection of its own.
        contoso = run(integrations.get("Service", "Contoso"))
        assert contoso is not None and contoso.oauth is not None
        self.assertEqual(contoso.oauth.connection, "default")

    def test_refresh_refused_by_the_provider_raises(self) -> None:
        self.db.ctl("integration", "create", "Refused")
        self.db.ctl(
            "oauth", "set", "Refused", "--flow", "client_credentials", "--token-url", self.server.url("/token"),
            "--client-id", "service", "--auth-method", "basic", "--client-secret-stdin", stdin="service-secret",
        )  # fmt: skip
        data = run(integrations.get("Refused", "Contoso"))
        assert data is not None and data.oauth is not None
        # The provider now rejects the client (a wrong secret): the refresh fails for real.
        self.db.ctl("oauth", "set", "Refused", "--client-secret-stdin", stdin="not-the-service-secret")
        old = data.oauth.access_token
        with self.assertRaises(BifrostError) as caught:
            run(data.oauth.refresh())
        self.assertEqual(caught.exception.exit_code, 5)
        self.assertFalse(caught.exception.message.startswith("bifrostctl"), caught.exception.message)
        self.assertFalse(old in caught.exception.message)
        self.assertTrue(data.oauth.access_token == old, "a failed refresh changed the token")

    def test_deprecated_alias_returns_the_token(self) -> None:
        with self.assertWarns(DeprecationWarning):
            token = run(oauth.get("Service", "Fabrikam"))
        assert token is not None
        data = run(integrations.get("Service", "Fabrikam"))
        assert data is not None and data.oauth is not None
        self.assertTrue(token.access_token == data.oauth.access_token)
        self.assertEqual(token.connection, "organization")

    def test_issue_example_sends_the_bearer_token(self) -> None:
        DataHandler.seen.clear()
        with tempfile.TemporaryDirectory(prefix="bifrost-project-") as project:
            (Path(project) / "myflows.py").write_text(ISSUE_EXAMPLE)
            result = subprocess.run(
                [PYTHON, "-m", "bifrost", "run", "myflows:sync_data", "--org", "Contoso"],
                cwd=project, capture_output=True, text=True, timeout=180,
                env=self.db.full_env(PYTHONPATH=str(RUNTIME_COPY), PYTHONDONTWRITEBYTECODE="1"),
            )  # fmt: skip
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(json.loads(result.stdout)["total"], 2)
        data = run(integrations.get("ExternalAPI", "Contoso"))
        assert data is not None and data.oauth is not None
        self.assertEqual(len(DataHandler.seen), 1)
        self.assertTrue(
            DataHandler.seen[0]["authorization"] == f"Bearer {data.oauth.access_token}",
            "the server did not get the integration's bearer token",
        )
        self.assertFalse(data.oauth.access_token in result.stdout + result.stderr)


def tearDownModule() -> None:
    _scratch.cleanup()


if __name__ == "__main__":
    unittest.main()
