"""northward.geo."""
