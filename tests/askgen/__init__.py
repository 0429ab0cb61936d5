"""A generator of Ask questions with gold answers from an independent SQL oracle."""
