"""The web app: server-rendered pages, htmx, and the static assets they need."""
