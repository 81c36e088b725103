#!/usr/bin/env python3
"""Proves that check_reference.py fails when something is undocumented.

Copies what the check reads (the Markdown of docs/, the Python runtime, tests/docs) into a
temporary tree, runs the check there unchanged (it must pass), then once per gap: a command
section removed, an option row removed, a stale section for a command that does not exist, a
new option in bifrostctl (through a wrapper that adds it to --help), a new public Python name, a
runtime function's heading removed, a generated SDK's member left out, a broken link. Each run
must exit 1 and name the gap.

    selftest_check_reference.py --bifrostctl PATH [--source DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent


def copy_tree(source: Path, root: Path) -> None:
    # All of docs/ (Markdown only): the pages link to each other.
    shutil.copytree(source / "docs", root / "docs",
                    ignore=lambda d, names: [n for n in names if not n.endswith(".md") and not (Path(d) / n).is_dir()])
    shutil.copytree(source / "resources" / "python", root / "resources" / "python",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(HERE, root / "tests" / "docs", ignore=shutil.ignore_patterns("__pycache__"))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old not in text:
        raise SystemExit(f"selftest: {path} no longer holds {old!r}; update the selftest")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def edit_all(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old not in text:
        raise SystemExit(f"selftest: {path} no longer holds {old!r}; update the selftest")
    path.write_text(text.replace(old, new), encoding="utf-8")


def wrapper(root: Path, bifrostctl: str) -> str:
    """A bifrostctl whose --help lists one option more (`org list [--verbose]`)."""
    script = root / "bifrostctl-with-new-option"
    script.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "--help" ]; then\n'
        f'  "{bifrostctl}" --help | sed "s/^  org list \\[--json\\]$/  org list [--json] [--verbose]/"\n'
        "else\n"
        f'  exec "{bifrostctl}" "$@"\n'
        "fi\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def run_check(root: Path, bifrostctl: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(
        [sys.executable, str(root / "tests" / "docs" / "check_reference.py"), "--bifrostctl", bifrostctl,
         "--source", str(root)],
        env=env, capture_output=True, text=True, timeout=120,
    )


Mutation = Callable[[Path], None]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bifrostctl", required=True)
    parser.add_argument("--source", default=str(HERE.parents[1]))
    args = parser.parse_args()
    source = Path(args.source)
    bifrostctl = os.path.abspath(args.bifrostctl)
    ref = Path("docs/reference")

    cases: list[tuple[str, Mutation | None, str]] = [
        ("a command's section removed",
         lambda r: edit(r / ref / "bifrostctl/team.md", "## `bifrostctl team rotate`", "## Rotating"),
         "no heading names `bifrostctl team rotate`"),
        ("an option's row removed",
         lambda r: edit(r / ref / "bifrostctl/integration.md",
                        "| `--missing-only` | only the organizations that miss a required value |\n", ""),
         "option --missing-only has no table row"),
        ("a usage line out of date",
         lambda r: edit(r / ref / "bifrostctl/get.md", "[--strict] [--explain]\n```", "[--strict]\n```"),
         "the usage line is not there"),
        ("a section for a command that does not exist",
         lambda r: edit(r / ref / "bifrostctl/org.md", "## `bifrostctl org show`",
                        "## `bifrostctl org purge`\n\nGone.\n\n## `bifrostctl org show`"),
         "`bifrostctl org purge`, which --help does not list"),
        ("a new option in bifrostctl", None, "option --verbose has no table row"),
        ("a new public name in the runtime",
         lambda r: edit(r / "resources/python/bifrost/__init__.py", '    "workflow",\n]',
                        '    "workflow",\n    "sdk_version",\n]\nsdk_version = "1"'),
         "no heading names `sdk_version`"),
        ("a runtime function undocumented",
         lambda r: edit(r / ref / "python.md", "### `integrations.get_mapping(name, scope=None, entity_id=None)`",
                        "### Finding one mapping"),
         "no heading names `integrations.get_mapping`"),
        ("a runner option undocumented",
         lambda r: edit(r / ref / "python.md", "| `--traceback` | print the full traceback", "| | print the full traceback"),
         "`--traceback` is not documented (no table row"),
        ("a generated client member undocumented",
         lambda r: edit_all(r / ref / "python.md", "retry_wait", "backoff"),
         "`retry_wait` is not documented"),
        ("a broken link",
         lambda r: edit(r / ref / "README.md", "(bifrostctl/doctor.md)", "(bifrostctl/doktor.md)"),
         "link to bifrostctl/doktor.md, which does not exist"),
    ]

    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bifrost-docs-selftest-") as tmp:
        base = Path(tmp) / "unchanged"
        copy_tree(source, base)
        result = run_check(base, bifrostctl)
        if result.returncode != 0:
            print(f"selftest: the check fails on the unchanged docs:\n{result.stderr}", file=sys.stderr)
            return 1
        print("ok: the unchanged docs pass")
        for n, (what, mutate, expected) in enumerate(cases):
            root = Path(tmp) / f"case{n}"
            copy_tree(source, root)
            ctl = bifrostctl
            if mutate is None:
                ctl = wrapper(root, bifrostctl)
            else:
                mutate(root)
            result = run_check(root, ctl)
            if result.returncode == 1 and expected in result.stderr:
                print(f"ok: {what}: the check fails and says {expected!r}")
            else:
                failures.append(f"{what}: exit {result.returncode}, expected 1 with {expected!r}; stderr:\n"
                                f"{result.stderr}")
    for f in failures:
        print(f"FAIL: {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
