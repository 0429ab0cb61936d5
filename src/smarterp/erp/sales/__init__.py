"""Selling: quotations, sales orders, deliveries, customer invoices, returns."""
