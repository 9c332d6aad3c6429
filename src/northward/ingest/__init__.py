"""northward.ingest."""
