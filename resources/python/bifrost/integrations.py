"""Integration configuration for workflows: ``from bifrost import integrations``.

Every call runs the real ``bifrostctl`` (from $BIFROSTCTL, else PATH) as a subprocess, so a
workflow always sees the current configuration and a fresh OAuth token. The database, secret
backend and vault passphrase come from the environment bifrostctl inherits (BIFROST_DB,
BIFROST_SECRETS, BIFROST_VAULT_PASSPHRASE, ...).

Scopes: an organization name or id, or "global" for the integration's defaults. None means
$BIFROST_ORG when set (``python3 -m bifrost run --org ORG`` sets it), else global.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any, TypeVar

from ._ctl import EXIT_EXTERNAL, EXIT_INVALID, BifrostError, run_json
from ._models import IntegrationData, OAuthToken, read_integration, scope_args

__all__ = ["BifrostError", "IntegrationData", "OAuthToken", "get", "get_mapping", "list_mappings"]

# How many `bifrostctl get` processes list_mappings runs at once.
MAX_CONCURRENT_READS = 8

_T = TypeVar("_T")


async def _gather(*awaitables: Awaitable[_T]) -> list[_T]:
    # asyncio.gather leaves the other processes running when one fails; cancel them instead (and
    # unlike TaskGroup, raise the first error itself, not an ExceptionGroup).
    tasks = [asyncio.ensure_future(a) for a in awaitables]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


async def get(name: str, scope: str | None = None) -> IntegrationData | None:
    """The integration ``name`` (exact name, or id) with its configuration merged for ``scope``.

    Returns None when bifrostctl reports "not found" (exit 3): an unknown integration, and also
    an unknown organization given as scope. Raises BifrostError for any other failure, with
    bifrostctl's message and exit code (2 invalid input, 5 keychain/database/OAuth provider
    failure, e.g. a revoked OAuth grant that needs ``bifrostctl oauth connect``). Warnings
    bifrostctl prints (an OAuth connection that is not connected yet) are issued as
    BifrostWarning through the warnings module.
    """
    return await read_integration(name, scope_args(scope))


async def _mappings(name: str) -> list[dict[str, Any]] | None:
    data = await run_json(["mapping", "list", name, "--json"], none_when_not_found=True)
    if data is None:
        return None
    if not isinstance(data, list):
        raise BifrostError("bifrostctl mapping list printed JSON that is not an array", EXIT_EXTERNAL)
    return [m for m in data if isinstance(m, dict)]


async def list_mappings(name: str) -> list[IntegrationData]:
    """Every organization mapped to the integration, each with its merged configuration, in
    bifrostctl's mapping order. An unknown integration gives an empty list."""
    mappings = await _mappings(name)
    if not mappings:
        return []
    limit = asyncio.Semaphore(MAX_CONCURRENT_READS)

    async def read(mapping: dict[str, Any]) -> IntegrationData | None:
        async with limit:
            return await read_integration(name, ["--org", str(mapping.get("id", ""))])

    results = await _gather(*(read(m) for m in mappings))
    # An organization removed between the two commands is simply left out.
    return [r for r in results if r is not None]


def _same_organization(mapping: dict[str, Any], scope: str) -> bool:
    return str(mapping.get("id", "")) == scope or str(mapping.get("name", "")).casefold() == scope.casefold()


async def get_mapping(
    name: str, scope: str | None = None, entity_id: str | int | None = None
) -> IntegrationData | None:
    """One mapping of the integration with its merged configuration, found by organization
    (``scope``: name or id) or by the mapping's ``entity_id`` (compared as text).

    With neither, the organization is $BIFROST_ORG. Returns None when the integration or the
    organization is unknown, the organization has no mapping, or no mapping has that entity id.
    With both, the mapping must match both. Raises BifrostError (exit code 2) when there is no
    organization to look for (no scope, no entity id and no $BIFROST_ORG, or scope "global").
    """
    if entity_id is not None:
        wanted = str(entity_id)
        mappings = await _mappings(name)
        for mapping in mappings or []:
            if str(mapping.get("entity_id", "")) != wanted:
                continue
            if scope is not None and not _same_organization(mapping, scope):
                continue
            return await read_integration(name, ["--org", str(mapping.get("id", ""))])
        return None

    args = scope_args(scope)
    if args == ["--global"]:
        raise BifrostError(
            "get_mapping needs an organization: pass scope= (an organization name or id) or "
            "entity_id=, or set BIFROST_ORG (python3 -m bifrost run --org ORG does)",
            EXIT_INVALID,
        )
    # bifrostctl resolves the organization (name in any case, or id); the mapping list then says
    # whether that organization is mapped.
    mappings_task = asyncio.ensure_future(_mappings(name))
    try:
        data = await read_integration(name, args)
        mappings = await mappings_task
    finally:
        if not mappings_task.done():
            mappings_task.cancel()
            await asyncio.gather(mappings_task, return_exceptions=True)
    if data is None or mappings is None:
        return None
    if any(str(m.get("id", "")) == data.organization_id for m in mappings):
        return data
    return None
