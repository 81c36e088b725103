"""``python3 -m bifrost run MODULE:FUNCTION [--org ORG] [--arg KEY=VALUE ...]``: runs a workflow
and prints its result as JSON.

Exit codes: 0 success; 2 usage (a bad MODULE:FUNCTION, a module or function that does not exist,
arguments the function does not take); a BifrostError's own exit code (bifrostctl's: 3 not
found, 5 external ...); 1 any other exception (one line on stderr; the traceback with
--traceback or BIFROST_TRACEBACK=1); 130 on Ctrl-C.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import json
import os
import sys
import traceback
import warnings
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TextIO

from . import __version__
from ._ctl import BifrostWarning
from ._workflow import is_workflow
from .oauth import BifrostDeprecationWarning

PROG = "bifrost"
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """Bad command line, module or function: exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{PROG}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=f"python3 -m {PROG}", description="The Bifrost workflow runtime.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    run = commands.add_parser(
        "run",
        help="run a workflow and print its result as JSON",
        description="Runs MODULE:FUNCTION (from the current folder or ./modules) and prints its "
        "result as JSON. The function is awaited when it is async.",
    )
    run.add_argument("target", metavar="MODULE:FUNCTION", help="e.g. myflows:sync_data")
    run.add_argument(
        "--org",
        metavar="ORG",
        help="organization (name or id) the workflow runs for; sets BIFROST_ORG, the default "
        "scope of integrations.get",
    )
    run.add_argument(
        "--arg",
        metavar="KEY=VALUE",
        action="append",
        default=[],
        help="keyword argument for the function; VALUE is parsed as JSON when it is valid JSON "
        "(42, true, [1,2], {\"a\":1}, \"quoted\"), else taken as a string; repeatable",
    )
    run.add_argument(
        "--traceback",
        action="store_true",
        help="print the full traceback of an exception (also BIFROST_TRACEBACK=1)",
    )
    return parser


def parse_arg(text: str) -> tuple[str, Any]:
    """``KEY=VALUE`` -> (KEY, VALUE as JSON when it parses, else the string)."""
    key, sep, value = text.partition("=")
    key = key.strip()
    if not sep or not key.isidentifier():
        raise UsageError(f"--arg {text!r}: expected KEY=VALUE with KEY a Python identifier")
    try:
        return key, json.loads(value)
    except ValueError:
        return key, value


def _split_target(target: str) -> tuple[str, str]:
    module, sep, function = target.partition(":")
    parts = module.split(".") + function.split(".")
    if not sep or not all(p.isidentifier() for p in parts):
        raise UsageError(f"{target!r}: expected MODULE:FUNCTION, e.g. myflows:sync_data")
    return module, function


def _prepare_path() -> None:
    # `python3 -m` puts the current folder first already; say so explicitly for other launchers,
    # and add ./modules, where `bifrostctl sdk generate` writes the SDKs (after the folder, so a
    # workflow module wins over a generated package of the same name).
    cwd = os.getcwd()
    modules = os.path.join(cwd, "modules")
    entries = [cwd, modules] if os.path.isdir(modules) else [cwd]
    sys.path[:] = entries + [p for p in sys.path if p not in entries and p != ""]


def _load(module_name: str, function_path: str) -> Callable[..., Any]:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as e:
        # Only the module asked for (or its package) missing is a usage error; an import that
        # fails inside it is the workflow's own exception.
        if e.name is not None and (module_name == e.name or module_name.startswith(e.name + ".")):
            raise UsageError(
                f"cannot import {module_name!r}: no module of that name in {os.getcwd()}"
                + (" or ./modules" if os.path.isdir("modules") else "")
            ) from None
        raise
    target: Any = module
    for part in function_path.split("."):
        if not hasattr(target, part):
            raise UsageError(f"module {module_name!r} has no function {function_path!r}")
        target = getattr(target, part)
    if not callable(target):
        raise UsageError(f"{module_name}:{function_path} is a {type(target).__name__}, not a function")
    return target  # type: ignore[no-any-return]


def _bind(function: Callable[..., Any], name: str, kwargs: dict[str, Any]) -> None:
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return
    try:
        signature.bind(**kwargs)
    except TypeError as e:
        raise UsageError(f"{name}: {e}; it takes ({', '.join(signature.parameters)})") from None


async def _call(function: Callable[..., Any], kwargs: dict[str, Any]) -> Any:
    result = function(**kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    stream = file if file is not None else sys.stderr
    if issubclass(category, BifrostWarning):
        text = f"{PROG}: warning: {message}\n"
    elif issubclass(category, BifrostDeprecationWarning):
        text = f"{PROG}: warning: {filename}:{lineno}: {message}\n"
    else:
        text = warnings.formatwarning(message, category, filename, lineno, line)
    try:
        stream.write(text)
    except OSError:
        pass


def _error(message: str) -> None:
    sys.stderr.write(f"{PROG}: error: {message}\n")


def _is_bifrost_error(e: BaseException) -> bool:
    # By name as well as by class: a workflow may have imported a second copy of the package
    # (modules/bifrost beside the SDKs), whose BifrostError is a different class.
    return type(e).__name__ == "BifrostError" and isinstance(getattr(e, "exit_code", None), int)


def run(target: str, org: str | None, raw_args: Sequence[str], show_traceback: bool) -> int:
    """Runs one workflow; returns the process exit code."""
    try:
        module_name, function_path = _split_target(target)
        kwargs: dict[str, Any] = {}
        for text in raw_args:
            key, value = parse_arg(text)
            if key in kwargs:
                raise UsageError(f"--arg {key} is given twice")
            kwargs[key] = value
        if org is not None:
            if not org.strip():
                raise UsageError("--org needs an organization name or id")
            os.environ["BIFROST_ORG"] = org
        _prepare_path()
        function = _load(module_name, function_path)
        if not is_workflow(function):
            sys.stderr.write(
                f"{PROG}: warning: {module_name}:{function_path} is not marked @workflow; "
                "running it anyway\n"
            )
        _bind(function, f"{module_name}:{function_path}", kwargs)
        result = asyncio.run(_call(function, kwargs))
        text = json.dumps(result, indent=2, default=str, ensure_ascii=False)
    except UsageError as e:
        _error(str(e))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except Exception as e:  # noqa: BLE001 - the runner reports every failure of the workflow
        if show_traceback:
            traceback.print_exc(file=sys.stderr)
        if _is_bifrost_error(e):
            _error(str(getattr(e, "message", e)))
            code = int(getattr(e, "exit_code"))
            return code if 0 < code < 256 else EXIT_FAILED
        detail = str(e)
        _error(f"{type(e).__name__}: {detail}" if detail else type(e).__name__)
        if not show_traceback:
            sys.stderr.write(f"{PROG}: run with --traceback (or BIFROST_TRACEBACK=1) for the traceback\n")
        return EXIT_FAILED
    _write_stdout(text + "\n")
    return 0


def _write_stdout(text: str) -> None:
    # JSON is UTF-8 whatever the locale says (a C locale would fail on a non-ASCII name).
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            sys.stdout.flush()
            buffer.write(text.encode("utf-8"))
            buffer.flush()
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
    except BrokenPipeError:
        # `... | head`: the reader is gone; nothing more to say.
        pass


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    warnings.showwarning = _show_warning
    # Python hides DeprecationWarning outside __main__; the runner's users should see ours.
    warnings.filterwarnings("default", category=BifrostDeprecationWarning)
    if args.command == "run":
        show_traceback = bool(args.traceback) or os.environ.get("BIFROST_TRACEBACK", "") not in ("", "0")
        return run(args.target, args.org, args.arg, show_traceback)
    return EXIT_USAGE
