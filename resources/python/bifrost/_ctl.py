"""Runs bifrostctl as a subprocess and turns its exit codes and messages into Python.

bifrostctl is run with asyncio.create_subprocess_exec (never through a shell, so names and
organizations need no quoting) and inherits the environment: BIFROST_DB, BIFROST_SECRETS,
BIFROST_VAULT_PASSPHRASE and the rest reach it unchanged. Its standard input is closed, so a
missing vault passphrase fails at once instead of waiting for input that never comes (a prompt
on the terminal, /dev/tty, still works). Secret values only travel on its stdout pipe.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import warnings
from dataclasses import dataclass
from typing import Any

__all__ = [
    "BifrostError",
    "BifrostWarning",
    "CtlResult",
    "EXIT_CONFLICT",
    "EXIT_EXTERNAL",
    "EXIT_INVALID",
    "EXIT_NOT_FOUND",
    "bifrostctl_path",
    "error_for",
    "run_checked",
    "run_ctl",
    "run_json",
]

# bifrostctl's exit codes (docs/cli.md, "Exit codes and output").
EXIT_INVALID = 2
EXIT_NOT_FOUND = 3
EXIT_CONFLICT = 4
EXIT_EXTERNAL = 5

_ERROR_PREFIX = "bifrostctl: error: "
_WARNING_PREFIX = "bifrostctl: warning: "


class BifrostError(Exception):
    """A bifrostctl command failed.

    ``message`` is bifrostctl's own message (without the ``bifrostctl: error:`` prefix), which
    names what was wrong and what to do; ``exit_code`` is its exit code: 2 invalid input, 3 not
    found, 4 conflict, 5 external failure (keychain, database locked, OAuth provider). A
    bifrostctl that cannot be found or started is exit code 5 as well.
    """

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code

    def __repr__(self) -> str:
        return f"BifrostError({self.message!r}, exit_code={self.exit_code})"


class BifrostWarning(UserWarning):
    """A warning bifrostctl printed while the command still succeeded (e.g. OAuth not connected)."""


@dataclass
class CtlResult:
    exit_code: int
    stdout: bytes
    stderr: str


def bifrostctl_path() -> str:
    """The bifrostctl program: $BIFROSTCTL when set, else ``bifrostctl`` on PATH."""
    configured = os.environ.get("BIFROSTCTL", "")
    if configured:
        if not os.path.isfile(configured) or not os.access(configured, os.X_OK):
            raise BifrostError(
                f"BIFROSTCTL is set to {configured!r}, which is not an executable file; "
                "point it at the bifrostctl program or unset it to search PATH",
                EXIT_EXTERNAL,
            )
        return configured
    found = shutil.which("bifrostctl")
    if found is None:
        raise BifrostError(
            "bifrostctl was not found on PATH; install Bifrost Admin or set BIFROSTCTL to the "
            "bifrostctl program",
            EXIT_EXTERNAL,
        )
    return found


def _messages(stderr: str, prefix: str) -> list[str]:
    return [line[len(prefix):].strip() for line in stderr.splitlines() if line.startswith(prefix)]


def _forward_warnings(stderr: str) -> None:
    # Passed on, not swallowed: "oauth not connected" and similar matter to the workflow's author.
    # Lines without our prefixes (a Qt message, a crash note) are passed on as they are.
    for line in stderr.splitlines():
        line = line.strip()
        if not line or line.startswith(_ERROR_PREFIX):
            continue
        if line.startswith(_WARNING_PREFIX):
            line = line[len(_WARNING_PREFIX):].strip()
        # stacklevel 4: the public function (integrations.get ...) that ran the command.
        warnings.warn(f"bifrostctl: {line}", BifrostWarning, stacklevel=4)


async def run_ctl(args: list[str]) -> CtlResult:
    """Runs ``bifrostctl ARGS...`` and returns its exit code, stdout and stderr.

    Never raises for a non-zero exit code (see :func:`error_for`); raises BifrostError when the
    program cannot be found or started, or was killed by a signal (exit code 128 + signal, as a
    shell reports it). Cancelling the awaiting task kills the process.
    """
    program = bifrostctl_path()
    try:
        process = await asyncio.create_subprocess_exec(
            program,
            *args,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
    except OSError as e:
        raise BifrostError(f"cannot start {program}: {e.strerror or e}", EXIT_EXTERNAL) from e
    try:
        out, err = await process.communicate()
    except asyncio.CancelledError:
        if process.returncode is None:
            process.kill()
            await process.wait()
        raise
    code = process.returncode if process.returncode is not None else -1
    stderr = err.decode("utf-8", errors="replace")
    if code < 0:
        # Killed by a signal: report it the way a shell does (128 + signal number).
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = str(-code)
        command = " ".join(["bifrostctl", *args[:1]])
        raise BifrostError(f"{command} was killed by signal {name}", 128 - code)
    return CtlResult(code, out, stderr)


def error_for(result: CtlResult, args: list[str]) -> BifrostError:
    """The BifrostError for a failed run: bifrostctl's error lines, else a generic message."""
    lines = _messages(result.stderr, _ERROR_PREFIX)
    if not lines:
        lines = [line.strip() for line in result.stderr.splitlines() if line.strip()]
    message = " ".join(lines) if lines else (
        f"bifrostctl {' '.join(args[:2])} failed with exit code {result.exit_code} and no message"
    )
    return BifrostError(message, result.exit_code)


async def run_json(args: list[str], *, none_when_not_found: bool) -> Any:
    """Runs bifrostctl and parses its stdout as JSON.

    Exit code 3 (not found) gives None when ``none_when_not_found``; any other failure raises
    BifrostError. Warnings on stderr are passed on through the warnings module (BifrostWarning).
    """
    result = await run_ctl(args)
    if result.exit_code != 0:
        if result.exit_code == EXIT_NOT_FOUND and none_when_not_found:
            return None
        raise error_for(result, args)
    _forward_warnings(result.stderr)
    try:
        return json.loads(result.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        # Never quote the output: it may hold secrets.
        raise BifrostError(
            f"bifrostctl {' '.join(args[:2])} printed output that is not JSON ({type(e).__name__}); "
            "check that BIFROSTCTL points at a matching bifrostctl",
            EXIT_EXTERNAL,
        ) from None


async def run_checked(args: list[str]) -> CtlResult:
    """Runs bifrostctl; raises BifrostError on any failure, passes warnings on."""
    result = await run_ctl(args)
    if result.exit_code != 0:
        raise error_for(result, args)
    _forward_warnings(result.stderr)
    return result
