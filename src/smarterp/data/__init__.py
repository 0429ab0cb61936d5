"""Bringing data in: Northwind migration, CSV/Excel imports, sample data."""
