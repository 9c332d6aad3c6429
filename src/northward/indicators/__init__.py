"""northward.indicators."""
