"""Automation on top of the books: webhooks, and rules run by workers on a job queue."""
