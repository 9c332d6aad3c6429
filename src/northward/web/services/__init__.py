"""What the pages and the API show, as plain data: one module per page family."""
