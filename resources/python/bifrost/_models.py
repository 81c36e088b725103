"""IntegrationData and OAuthToken: what ``bifrostctl get`` prints, as typed Python objects."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ._ctl import EXIT_EXTERNAL, EXIT_NOT_FOUND, BifrostError, run_checked, run_json

__all__ = ["IntegrationData", "OAuthToken", "read_integration", "scope_args"]


def scope_args(scope: str | None) -> list[str]:
    """bifrostctl's scope options for ``scope``.

    None means the default: $BIFROST_ORG when set and not empty, else global. "global" (any
    case) means the integration's defaults; anything else is an organization name or id (an
    organization that is itself called "global" is reached by its id).
    """
    if scope is None:
        scope = os.environ.get("BIFROST_ORG", "").strip() or "global"
    if scope.strip().casefold() == "global":
        return ["--global"]
    return ["--org", scope]


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _opt_str(value: Any) -> str | None:
    # bifrostctl prints "" for an unset entity id or name; Python code tests `is None`/truthiness.
    text = _str(value)
    return text or None


def _str_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [_str(v) for v in value]


def parse_timestamp(value: Any) -> datetime | None:
    """An ISO 8601 timestamp from bifrostctl ("2025-06-01T12:00:00Z") as an aware datetime (UTC
    when it carries no offset); None for null or an empty string."""
    if not isinstance(value, str) or not value:
        return None
    text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise BifrostError(
            f"bifrostctl printed an expiry that is not an ISO 8601 timestamp: {value!r}", EXIT_EXTERNAL
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


@dataclass(eq=False)
class OAuthToken:
    """The OAuth block of an integration, for the scope it was read for.

    ``access_token`` is ready to use (``get`` refreshes a token that is about to expire before it
    returns it). ``expires_at`` is an aware datetime, None when the provider sent no lifetime.
    ``connection`` says whose token this is: "organization" (the organization's own
    connection) or "default" (the integration's default connection). The tokens never show in
    ``repr()``.
    """

    access_token: str = field(repr=False)
    token_type: str = "Bearer"
    expires_at: datetime | None = None
    refresh_token: str | None = field(default=None, repr=False)
    client_id: str | None = None
    token_url: str | None = None
    scopes: list[str] = field(default_factory=list)
    connection: str | None = None
    # Where the token came from, for refresh(): the integration's id and the organization it was
    # read for (None: global).
    integration: str | None = field(default=None, repr=False)
    organization_id: str | None = field(default=None, repr=False)

    @property
    def expired(self) -> bool:
        """Whether expires_at has passed (False when the expiry is unknown)."""
        return self.expires_at is not None and self.expires_at <= datetime.now(timezone.utc)

    async def refresh(self) -> None:
        """Forces a refresh now (``bifrostctl oauth refresh``; a client_credentials token is
        minted again), then reads the token again and updates this object in place.

        Refreshes the connection the token came from: the organization's own one, or the
        default connection. Raises BifrostError when bifrostctl fails (exit 3: not connected;
        exit 5: the provider refused, e.g. the refresh token was revoked: reconnect).
        """
        if not self.integration:
            raise BifrostError(
                "this OAuthToken was not read by integrations.get, so it cannot be refreshed",
                EXIT_NOT_FOUND,
            )
        args = ["oauth", "refresh", self.integration]
        if self.organization_id and self.connection != "default":
            args += ["--org", self.organization_id]
        await run_checked(args)
        data = await read_integration(self.integration, self._read_scope())
        if data is None or data.oauth is None:
            raise BifrostError(
                f"the OAuth connection of {self.integration!r} was refreshed but is no longer there; "
                f"run bifrostctl oauth connect {self.integration}",
                EXIT_NOT_FOUND,
            )
        self._update_from(data.oauth)

    def _read_scope(self) -> list[str]:
        return ["--org", self.organization_id] if self.organization_id else ["--global"]

    def _update_from(self, other: OAuthToken) -> None:
        self.access_token = other.access_token
        self.token_type = other.token_type
        self.expires_at = other.expires_at
        self.refresh_token = other.refresh_token
        self.client_id = other.client_id
        self.token_url = other.token_url
        self.scopes = list(other.scopes)
        self.connection = other.connection


@dataclass(eq=False, repr=False)
class IntegrationData:
    """An integration's merged configuration for one scope, as ``bifrostctl get`` prints it.

    ``config`` holds typed values (str, int, bool, or the parsed JSON of a json field), secrets
    included; ``config_secret_keys`` names the secret ones, whose values ``repr()`` masks.
    ``organization_id``/``organization_name`` are None for the global scope. ``entity_id`` is the
    mapping's entity id, else the integration's default entity id (None when neither is set).
    ``oauth`` is None for an integration without OAuth settings or without a connection.
    """

    integration_id: str
    name: str
    organization_id: str | None = None
    organization_name: str | None = None
    entity_id: str | None = None
    entity_name: str | None = None
    config: dict[str, Any] = field(default_factory=dict)
    config_secret_keys: list[str] = field(default_factory=list)
    missing_required: list[str] = field(default_factory=list)
    oauth: OAuthToken | None = None

    def __repr__(self) -> str:
        secret = set(self.config_secret_keys)
        config = {k: ("********" if k in secret else v) for k, v in self.config.items()}
        return (
            f"IntegrationData(integration_id={self.integration_id!r}, name={self.name!r}, "
            f"organization_id={self.organization_id!r}, organization_name={self.organization_name!r}, "
            f"entity_id={self.entity_id!r}, entity_name={self.entity_name!r}, config={config!r}, "
            f"config_secret_keys={self.config_secret_keys!r}, "
            f"missing_required={self.missing_required!r}, oauth={self.oauth!r})"
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IntegrationData:
        """Builds one from the JSON object ``bifrostctl get`` prints."""
        organization = data.get("organization")
        org_id: str | None = None
        org_name: str | None = None
        if isinstance(organization, dict):
            org_id = _opt_str(organization.get("id"))
            org_name = _opt_str(organization.get("name"))
        integration_id = _str(data.get("integration_id"))
        config = data.get("config")
        oauth = data.get("oauth")
        token: OAuthToken | None = None
        if isinstance(oauth, dict):
            token = OAuthToken(
                access_token=_str(oauth.get("access_token")),
                token_type=_str(oauth.get("token_type")) or "Bearer",
                expires_at=parse_timestamp(oauth.get("expires_at")),
                refresh_token=_opt_str(oauth.get("refresh_token")),
                client_id=_opt_str(oauth.get("client_id")),
                token_url=_opt_str(oauth.get("token_url")),
                scopes=_str_list(oauth.get("scopes")),
                connection=_opt_str(oauth.get("connection")),
                integration=integration_id or _str(data.get("name")),
                organization_id=org_id,
            )
        return cls(
            integration_id=integration_id,
            name=_str(data.get("name")),
            organization_id=org_id,
            organization_name=org_name,
            entity_id=_opt_str(data.get("entity_id")),
            entity_name=_opt_str(data.get("entity_name")),
            config=dict(config) if isinstance(config, dict) else {},
            config_secret_keys=_str_list(data.get("config_secret_keys")),
            missing_required=_str_list(data.get("missing_required")),
            oauth=token,
        )


async def read_integration(name: str, scope: list[str]) -> IntegrationData | None:
    """``bifrostctl get NAME SCOPE...``: None when bifrostctl says not found (exit 3)."""
    data = await run_json(["get", name, *scope], none_when_not_found=True)
    if data is None:
        return None
    if not isinstance(data, dict):
        raise BifrostError("bifrostctl get printed JSON that is not an object", EXIT_EXTERNAL)
    return IntegrationData.from_json(data)
