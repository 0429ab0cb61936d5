"""The company keeping these books: name, currency, lock date and policy switches."""
