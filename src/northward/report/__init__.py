"""northward.report."""
