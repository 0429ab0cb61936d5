"""The `smarterp` command line (Typer and Rich)."""
