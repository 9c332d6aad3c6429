"""The evidence store: the only code that opens DuckDB."""

from .batches import Batch, drop_batch, list_batches
from .connection import Store, memory_store, open_store

__all__ = ["Batch", "Store", "drop_batch", "list_batches", "memory_store", "open_store"]
