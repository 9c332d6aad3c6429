"""northward.audit."""
