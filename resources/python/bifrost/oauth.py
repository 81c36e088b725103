"""Deprecated: ``from bifrost import oauth``; use ``(await integrations.get(name)).oauth``."""

from __future__ import annotations

import warnings

from ._models import OAuthToken, read_integration, scope_args

__all__ = ["BifrostDeprecationWarning", "OAuthToken", "get"]


class BifrostDeprecationWarning(DeprecationWarning):
    """A deprecated part of the bifrost runtime was used. Its own class so that
    ``python3 -m bifrost run`` can show it (Python hides DeprecationWarning outside __main__)."""


async def get(name: str, scope: str | None = None) -> OAuthToken | None:
    """Deprecated alias: the integration's OAuth token for ``scope``, or None when the
    integration is unknown or has no OAuth connection. Use ``integrations.get(name, scope)``
    and its ``.oauth``, which also gives the configuration."""
    warnings.warn(
        f"bifrost.oauth.get() is deprecated; use (await integrations.get({name!r})).oauth",
        BifrostDeprecationWarning,
        stacklevel=2,
    )
    data = await read_integration(name, scope_args(scope))
    return data.oauth if data is not None else None
