"""Double-entry accounting: chart of accounts, journals, entries, taxes, periods, reports."""
