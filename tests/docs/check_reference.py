#!/usr/bin/env python3
"""Checks that the reference pages in docs/reference/ cover what the code offers.

bifrostctl: every command that `bifrostctl --help` lists has a section in
docs/reference/bifrostctl/FIRST-WORD.md whose heading names it (`bifrostctl org add`), holding its
usage line as --help prints it, a row or item for each of its options, its exit codes and an
example that runs it; no section documents a command that does not exist; the global options are
in docs/reference/README.md.

Python: every public name of the runtime (bifrost.__all__, the __all__ of its public modules, the
fields, methods and parameters of its public classes and functions, the options of
`python3 -m bifrost run`) and of a generated SDK (generated here from sdk-spec.yaml with the real
bifrostctl: Client and its methods, SDKError, models, the iter_ pagination helpers) is named in
docs/reference/python.md.

    check_reference.py --bifrostctl PATH [--source DIR]

Exits 1 and lists every gap when something is undocumented.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import inspect
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


class Page:
    """A Markdown page split into sections at its headings (fenced code is not a heading)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.text = path.read_text(encoding="utf-8")
        self.sections: list[tuple[int, str, str]] = []  # (level, heading, body until the next heading <= level)
        lines = self.text.splitlines()
        heads: list[tuple[int, int, str]] = []
        fenced = False
        for i, line in enumerate(lines):
            if line.lstrip().startswith("```"):
                fenced = not fenced
                continue
            m = HEADING.match(line)
            if m and not fenced:
                heads.append((i, len(m.group(1)), m.group(2).strip()))
        for n, (i, level, title) in enumerate(heads):
            end = len(lines)
            for j, other_level, _ in heads[n + 1:]:
                if other_level <= level:
                    end = j
                    break
            self.sections.append((level, title, "\n".join(lines[i + 1:end])))

    def section(self, pattern: re.Pattern[str]) -> str | None:
        for _, title, body in self.sections:
            if pattern.search(title):
                return body
        return None


def normalize(text: str) -> str:
    return " ".join(text.split())


def mentions(body: str, name: str) -> bool:
    """`name` in a code span or block, as a whole identifier/option."""
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", body) is not None


# ---------------------------------------------------------------------------------------- bifrostctl


def help_usages(bifrostctl: str) -> tuple[str, list[str]]:
    env = dict(os.environ, LANGUAGE="C", LANG="C", LC_ALL="C")
    out = subprocess.run([bifrostctl, "--help"], env=env, capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    first = lines[0]
    usages: list[str] = []
    in_commands = False
    for line in lines:
        if line.strip() == "Commands:":
            in_commands = True
            continue
        if in_commands:
            if not line.strip():
                break
            if line.startswith("  ") and not line.startswith("   "):
                usages.append(line.strip())
    return first, usages


def command_words(usage: str) -> list[str]:
    words: list[str] = []
    for token in usage.split():
        if not re.fullmatch(r"[a-z][a-z0-9-]*", token):
            break
        words.append(token)
    return words


def check_bifrostctl(bifrostctl: str, reference: Path, problems: list[str]) -> int:
    first, usages = help_usages(bifrostctl)
    if not usages:
        problems.append("bifrostctl --help lists no commands (could not parse it)")
        return 0
    pages: dict[str, Page] = {}
    known: set[str] = set()
    for usage in usages:
        words = command_words(usage)
        command = " ".join(words)
        known.add(command)
        path = reference / "bifrostctl" / f"{words[0]}.md"
        if not path.exists():
            problems.append(f"{path}: missing (the page for `bifrostctl {command}`)")
            continue
        page = pages.setdefault(words[0], Page(path))
        heading = re.compile(r"`bifrostctl " + re.escape(command) + r"(?:`| [^a-z`])")
        body = page.section(heading)
        where = f"{path.name}, `bifrostctl {command}`"
        if body is None:
            problems.append(f"{path}: no heading names `bifrostctl {command}`")
            continue
        if normalize("bifrostctl " + usage) not in normalize(body):
            problems.append(f"{where}: the usage line is not there as --help prints it: bifrostctl {usage}")
        for option in re.findall(r"\[--([a-z0-9-]+)", usage):
            if not row_for(body, "--" + option):
                problems.append(f"{where}: option --{option} has no table row or list item")
        if not re.search(r"\bexit", body, re.I):
            problems.append(f"{where}: no exit codes")
        example = re.compile(r"^\s*(?:\$ )?(?:\S+=\S+ )*(?:\S*/)?bifrostctl\b.*\b" + re.escape(command) + r"\b", re.M)
        fences = re.findall(r"```[a-z]*\n(.*?)```", body, re.S)
        if not any(example.search(block) for block in fences):
            problems.append(f"{where}: no example (a code block that runs it)")
    # Sections for commands that do not exist (removed or renamed) are stale.
    for path in sorted((reference / "bifrostctl").glob("*.md")):
        if path.name == "README.md":
            continue
        page = pages.get(path.stem) or Page(path)
        for _, title, _ in page.sections:
            for m in re.finditer(r"`bifrostctl ((?:[a-z][a-z0-9-]* ?)+)", title):
                named = " ".join(command_words(m.group(1)))
                groups = {k.split()[0] for k in known}
                if named and named not in known and named not in groups:
                    problems.append(f"{path}: heading documents `bifrostctl {named}`, which --help does not list")
    index = reference / "README.md"
    if not index.exists():
        problems.append(f"{index}: missing")
    else:
        text = index.read_text(encoding="utf-8")
        for option in ["help", "version", *re.findall(r"\[--([a-z0-9-]+)", first)]:
            if not mentions(text, "--" + option):
                problems.append(f"{index}: global option --{option} is not documented")
        for first_word in sorted({u.split()[0] for u in usages}):
            if f"bifrostctl/{first_word}.md" not in text:
                problems.append(f"{index}: no link to bifrostctl/{first_word}.md")
        if "python.md" not in text:
            problems.append(f"{index}: no link to python.md")
    return len(usages)


def slug(title: str) -> str:
    """The anchor GitHub makes of a heading."""
    text = re.sub(r"[^\w\- ]", "", title.strip().lower())
    return text.replace(" ", "-")


def check_links(source: Path, pages: list[Path], problems: list[str]) -> None:
    """Relative links between the pages (and to the rest of docs/) lead somewhere."""
    for page in pages:
        text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue
            path, _, anchor = target.partition("#")
            file = (page.parent / path).resolve() if path else page
            if not file.exists():
                problems.append(f"{page.relative_to(source)}: link to {target}, which does not exist")
                continue
            if anchor and file.suffix == ".md":
                anchors = {slug(t) for _, t, _ in Page(file).sections}
                if anchor not in anchors:
                    problems.append(f"{page.relative_to(source)}: link to {target}, a heading that does not exist")


# -------------------------------------------------------------------------------------------- Python


def public_members(cls: type, instance: object | None) -> list[str]:
    names: set[str] = set()
    if dataclasses.is_dataclass(cls):
        names.update(f.name for f in dataclasses.fields(cls))
    for name, value in vars(cls).items():
        if not name.startswith("_") and (callable(value) or isinstance(value, (property, classmethod, staticmethod))):
            names.add(name)
    if instance is not None:
        names.update(n for n in vars(instance) if not n.startswith("_"))
    return sorted(names)


def parameters(func: object) -> list[str]:
    try:
        sig = inspect.signature(func)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return []
    return [p for p in sig.parameters if p not in ("self", "cls") and not p.startswith("_")]


def row_for(body: str, name: str) -> bool:
    """`name` explained in a table row or a list item of its own, not only named in a synopsis."""
    row = re.compile(r"^\s*(?:\|[^|\n]*|[-*][^\n]*?)`" + re.escape(name) + r"(?![\w-])", re.M)
    return row.search(body) is not None


def check_names(page: Page, title: str, names: list[str], problems: list[str], what: str,
                rows: bool = False) -> None:
    # "iter_" names a family (iter_list_tickets ...): a heading that starts with it is enough.
    end = "" if title.endswith("_") else r"[`(\[ ]"
    body = page.section(re.compile(r"`" + re.escape(title) + end))
    if body is None:
        problems.append(f"{page.path.name}: no heading names `{title}` ({what})")
        return
    for name in names:
        if not (row_for(body, name) if rows else mentions(body, name)):
            problems.append(f"{page.path.name}, `{title}`: `{name}` is not documented"
                            + (" (no table row or list item)" if rows else ""))


def check_runtime(source: Path, page: Page, problems: list[str]) -> int:
    sys.path.insert(0, str(source / "resources" / "python"))
    bifrost = importlib.import_module("bifrost")
    runner = importlib.import_module("bifrost._runner")
    checked = 0
    modules = [("bifrost", bifrost)]
    for name in bifrost.__all__:
        value = getattr(bifrost, name)
        if inspect.ismodule(value):
            modules.append((f"bifrost.{name}", value))
    for module_name, module in modules:
        prefix = "" if module_name == "bifrost" else module_name.split(".", 1)[1] + "."
        for name in module.__all__:
            value = getattr(module, name)
            checked += 1
            if inspect.ismodule(value):
                check_names(page, f"bifrost.{name}", [], problems, "module")
            elif inspect.isclass(value):
                # A class re-exported by a second module is documented once, under its name.
                instance = None
                if issubclass(value, Exception) and "exit_code" in parameters(value):
                    instance = value("message", 2)
                members = public_members(value, instance)
                if dataclasses.is_dataclass(value) or "__init__" in vars(value):
                    members += [p for p in parameters(value.__init__) if p not in members]
                check_names(page, name, members, problems, "class")
            elif callable(value):
                check_names(page, prefix + name, parameters(value), problems, "function")
            else:
                check_names(page, prefix + name, [], problems, "value")
    parser = runner._parser()
    options = [o for a in parser._actions for o in a.option_strings if o.startswith("--") and o != "--help"]
    for action in parser._actions:
        choices = getattr(action, "choices", None)
        if isinstance(choices, dict):
            for command, sub in choices.items():
                opts = [o for a in sub._actions for o in a.option_strings if o.startswith("--") and o != "--help"]
                check_names(page, f"python3 -m bifrost {command}", opts + options, problems, "runner", rows=True)
                checked += 1
    for variable in ("BIFROSTCTL", "BIFROST_ORG", "BIFROST_TRACEBACK"):
        if not mentions(page.text, variable):
            problems.append(f"{page.path.name}: environment variable {variable} is not documented")
    return checked


SPEC = Path(__file__).with_name("sdk-spec.yaml")


def check_sdk(bifrostctl: str, page: Page, problems: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="bifrost-docs-") as tmp:
        env = dict(os.environ, LANGUAGE="C", LC_ALL="C", BIFROST_DB=os.path.join(tmp, "docs.db"))
        env.pop("BIFROST_SECRETS", None)

        def ctl(*args: str) -> None:
            run = subprocess.run([bifrostctl, *args], env=env, capture_output=True, text=True, cwd=tmp)
            if run.returncode != 0:
                raise SystemExit(f"bifrostctl {' '.join(args)} failed ({run.returncode}): {run.stderr.strip()}")

        ctl("integration", "create", "DocsAPI")
        ctl("sdk", "generate", "--integration", "DocsAPI", "--spec", str(SPEC), "--out", "modules", "--auth", "none")
        sys.path.insert(0, os.path.join(tmp, "modules"))
        package = importlib.import_module("docs_api")
        client_module = importlib.import_module("docs_api.client")
        base = importlib.import_module("docs_api._base")
    operations = {n for n, v in vars(client_module).items() if inspect.iscoroutinefunction(v) or inspect.isasyncgenfunction(v)}
    iterators = sorted(n for n in operations if n.startswith("iter_"))
    if not iterators:
        problems.append(f"{SPEC.name}: generated no iter_ helper; the check needs a paginated operation")
    check_names(page, "iter_", [], problems, "pagination helpers")
    checked = 0
    for name in package.__all__:
        if name in operations:
            continue
        checked += 1
        value = getattr(package, name)
        if name == "Client":
            instance = value(base_url="http://127.0.0.1:1")
            members = [m for m in public_members(value, instance) if m not in operations]
            for cls in value.__mro__[1:]:
                if cls.__module__.endswith("._base"):
                    members += [m for m in public_members(cls, None) if m not in members]
            members += [p for p in parameters(base.BaseClient.__init__) if p not in members]
            check_names(page, "Client", members, problems, "generated class")
        elif name == "SDKError":
            members = public_members(value, value("message")) + parameters(value.__init__)
            check_names(page, "SDKError", sorted(set(members)), problems, "generated class")
        elif name == "models":
            models = [v for v in vars(value).values() if inspect.isclass(v) and hasattr(v, "from_dict")]
            # What every model has: its methods, and the fields all of them share.
            methods = [n for n in vars(models[0]) if not n.startswith("_") and callable(getattr(models[0], n))]
            shared = set.intersection(*(set(getattr(m, "__annotations__", {})) for m in models))
            check_names(page, "models", methods + sorted(shared), problems, "generated module")
        else:
            problems.append(f"{page.path.name}: the generated package exports `{name}`, which the check does not know")
    for name in base.__all__:
        if name not in package.__all__ and name != "BaseClient":
            check_names(page, name, [], problems, "SDK base")
    return checked


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bifrostctl", required=True)
    parser.add_argument("--source", default=str(Path(__file__).resolve().parents[2]))
    args = parser.parse_args()
    source = Path(args.source)
    reference = source / "docs" / "reference"
    problems: list[str] = []
    args.bifrostctl = os.path.abspath(args.bifrostctl)
    commands = check_bifrostctl(args.bifrostctl, reference, problems)
    python_page = reference / "python.md"
    names = 0
    if not python_page.exists():
        problems.append(f"{python_page}: missing")
    else:
        page = Page(python_page)
        names = check_runtime(source, page, problems)
        names += check_sdk(args.bifrostctl, page, problems)
    check_links(source, sorted(reference.rglob("*.md")) + [source / "docs" / "cli.md"], problems)
    if problems:
        print(f"docs/reference is incomplete ({len(problems)} gap(s)); document each of these:", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print(f"docs/reference covers {commands} bifrostctl command(s) and {names} public Python name(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
