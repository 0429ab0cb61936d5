"""What smarterp understands and predicts on top of the books: ask, read, forecast, plan."""
