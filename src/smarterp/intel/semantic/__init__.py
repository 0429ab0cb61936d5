"""The semantic layer: a catalogue of measures and dimensions compiled to read-only SQL."""
