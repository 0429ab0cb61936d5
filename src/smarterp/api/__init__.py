"""The REST API (FastAPI): one router per business area over the same services as the CLI."""
