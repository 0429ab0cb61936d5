"""Customers, suppliers and their contacts."""
