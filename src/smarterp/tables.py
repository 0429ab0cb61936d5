"""Every table of every layer, imported in one place so migrations and test set-up see them all."""

# Each layer above the books that keeps tables of its own adds its models module here.
from smarterp.automation.rules import models as _rules  # noqa: F401
from smarterp.automation.webhooks import models as _webhooks  # noqa: F401
from smarterp.erp.models import metadata
from smarterp.intel.act import models as _act  # noqa: F401
from smarterp.intel.docs import aliases as _aliases  # noqa: F401
from smarterp.intel.docs import mailboxes as _mailboxes  # noqa: F401
from smarterp.intel.finance import models as _finance  # noqa: F401 (budgets)
from smarterp.intel.forecast import models as _forecast  # noqa: F401
from smarterp.intel.graph import models as _graph  # noqa: F401 (and documents)
from smarterp.intel.watch import models as _watch  # noqa: F401
from smarterp.web import models as _web  # noqa: F401

__all__ = ["metadata"]
