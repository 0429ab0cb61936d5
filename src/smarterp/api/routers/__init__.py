"""One router per business area, all mounted under /api/v1."""
