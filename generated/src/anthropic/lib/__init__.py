"""Hand-written helpers layered on the generated client."""
