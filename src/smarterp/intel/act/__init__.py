"""Act: a command in English or Chinese becomes a proposal that a person confirms."""
