"""northward.web."""
