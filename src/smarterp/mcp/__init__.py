"""The MCP server: the books offered to AI assistants as tools and resources, with the caller's
role applied and every write made through a proposal a person confirms."""
