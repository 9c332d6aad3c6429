"""HTTP routes: pages (HTML), the JSON/CSV API, and the offline API docs."""
