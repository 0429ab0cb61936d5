"""Foundations every other layer builds on: settings, database, money, errors, events, audit."""
