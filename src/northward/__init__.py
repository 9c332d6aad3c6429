"""northward: an open observatory of China's opening to the North.

The public API: open a store, build it, query it, compute indicators with lineage.
"""

from .config import settings
from .errors import NorthwardError
from .provenance import Lineage, ObservationRef, Source
from .store import Store, memory_store, open_store

__version__ = "0.1.0"

__all__ = ["Lineage", "NorthwardError", "ObservationRef", "Source", "Store", "__version__", "memory_store",
           "open_store", "settings"]
