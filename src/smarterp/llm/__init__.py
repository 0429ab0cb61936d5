"""The gateway to language models: OpenAI-compatible endpoints, structured output, masking."""
