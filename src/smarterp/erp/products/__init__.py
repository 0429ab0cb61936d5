"""Products, categories and what suppliers offer them at."""
