"""northward.corpus."""
