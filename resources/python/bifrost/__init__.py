"""The Bifrost runtime for Python workflows and generated SDKs.

    from bifrost import workflow, integrations

    @workflow
    async def sync_data():
        api = await integrations.get("ExternalAPI")   # scope: $BIFROST_ORG, else global
        ...

Run one with ``python3 -m bifrost run myflows:sync_data --org Contoso``. Configuration is read
through ``bifrostctl`` ($BIFROSTCTL, else PATH); see the integrations module. Standard library
only (generated SDKs add httpx).
"""

from __future__ import annotations

# The version of Bifrost Admin (project VERSION in CMakeLists.txt).
__version__ = "0.1.0"

from . import integrations, oauth
from ._ctl import BifrostError, BifrostWarning
from ._models import IntegrationData, OAuthToken
from ._workflow import WorkflowInfo, is_workflow, registered_workflows, workflow

__all__ = [
    "BifrostError",
    "BifrostWarning",
    "IntegrationData",
    "OAuthToken",
    "WorkflowInfo",
    "__version__",
    "integrations",
    "is_workflow",
    "oauth",
    "registered_workflows",
    "workflow",
]
