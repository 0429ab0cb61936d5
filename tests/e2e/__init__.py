"""End-to-end tests: the command line, the HTTP server and the browser, as a user drives them."""
