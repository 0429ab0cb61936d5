"""The knowledge graph: entities, records of the books and documents, linked with sources."""
