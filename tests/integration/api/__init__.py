"""REST API integration tests, on SQLite and PostgreSQL."""
