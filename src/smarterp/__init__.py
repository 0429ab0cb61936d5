"""smarterp: an AI-native ERP for small and mid-sized companies."""

__version__ = "0.1.0"
