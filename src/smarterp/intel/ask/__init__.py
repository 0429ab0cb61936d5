"""Ask: questions in English and Chinese answered from the books through the semantic layer."""
