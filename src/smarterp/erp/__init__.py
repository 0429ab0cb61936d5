"""The books: one package per business area, each with models, service and schemas."""
