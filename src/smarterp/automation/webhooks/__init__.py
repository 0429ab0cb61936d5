"""Webhooks: subscribers receive domain events from the outbox, signed and retried."""
