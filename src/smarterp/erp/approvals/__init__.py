"""Approvals: policies that hold an order back from confirmation until a person in a role agrees."""
