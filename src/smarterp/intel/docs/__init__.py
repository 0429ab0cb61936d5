"""Reading documents: ingestion of emails, chats and papers, and what they say about the books."""
