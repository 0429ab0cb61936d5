"""Automation rules: a trigger, conditions over the record and the books, and actions."""
