"""CLI command groups. Each module defines ``register(app)`` and holds no logic of its own:
it parses options, calls one library function and prints the result."""
