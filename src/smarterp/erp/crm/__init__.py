"""Communications with customers and suppliers: emails, chats and notes linked to the books."""
