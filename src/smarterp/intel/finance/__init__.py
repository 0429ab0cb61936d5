"""Financial analysis: explaining changes in revenue and margin from the books."""
