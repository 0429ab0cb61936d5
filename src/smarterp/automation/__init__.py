"""Automation on top of the books: webhooks today; rules, approvals and schedules next."""
