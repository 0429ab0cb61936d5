"""Currencies and their exchange rates against the company currency, by date."""
