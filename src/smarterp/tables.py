"""Every table of every layer, imported in one place so migrations and test set-up see them all."""

# Each layer above the books that keeps tables of its own adds its models module here.
from smarterp.automation.webhooks import models as _webhooks  # noqa: F401
from smarterp.erp.models import metadata

__all__ = ["metadata"]
