"""The ``@workflow`` decorator and the registry of workflows."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, overload

__all__ = ["WorkflowInfo", "is_workflow", "registered_workflows", "workflow", "workflow_info"]

_F = TypeVar("_F", bound=Callable[..., Any])

# The attribute @workflow sets on the function. A plain attribute, not registry membership, so
# that a function is recognised even when two copies of the package were imported.
ATTRIBUTE = "__bifrost_workflow__"


@dataclass(frozen=True)
class WorkflowInfo:
    """What @workflow recorded about a function."""

    name: str
    description: str
    module: str
    qualname: str
    is_async: bool
    function: Callable[..., Any]


_registry: dict[str, WorkflowInfo] = {}


def _first_line(doc: str | None) -> str:
    lines = inspect.cleandoc(doc).splitlines() if doc else []
    return lines[0] if lines else ""


def _mark(func: _F, name: str | None, description: str | None) -> _F:
    if not callable(func):
        raise TypeError(f"@workflow applies to a function, not {type(func).__name__}")
    info = WorkflowInfo(
        name=name or str(getattr(func, "__name__", repr(func))),
        description=description if description is not None else _first_line(func.__doc__),
        module=getattr(func, "__module__", "") or "",
        qualname=getattr(func, "__qualname__", "") or "",
        is_async=inspect.iscoroutinefunction(func),
        function=func,
    )
    setattr(func, ATTRIBUTE, info)
    # A module imported again (or two workflows with one name) replaces the earlier entry.
    _registry[f"{info.module}:{info.name}"] = info
    return func


@overload
def workflow(func: _F, /) -> _F: ...


@overload
def workflow(*, name: str | None = None, description: str | None = None) -> Callable[[_F], _F]: ...


def workflow(
    func: _F | None = None, /, *, name: str | None = None, description: str | None = None
) -> _F | Callable[[_F], _F]:
    """Marks a function (normally ``async def``) as a workflow.

    Use it bare (``@workflow``) or with a name and description
    (``@workflow(name="sync", description="...")``; the description defaults to the first line of
    the docstring). The function is returned unchanged, so it stays directly callable and
    awaitable; ``python3 -m bifrost run MODULE:FUNCTION`` runs it.
    """
    if func is not None:
        return _mark(func, name, description)

    def decorate(f: _F) -> _F:
        return _mark(f, name, description)

    return decorate


def workflow_info(func: object) -> WorkflowInfo | None:
    """What @workflow recorded for ``func``, or None when it is not marked."""
    info = getattr(func, ATTRIBUTE, None)
    return info if isinstance(info, WorkflowInfo) else None


def is_workflow(func: object) -> bool:
    """Whether ``func`` was marked with @workflow (by this or another copy of the package)."""
    return getattr(func, ATTRIBUTE, None) is not None


def registered_workflows() -> dict[str, WorkflowInfo]:
    """Every workflow marked so far, keyed by "MODULE:NAME" (a copy)."""
    return dict(_registry)
