"""Offline JavaScript for the charts: the Vega, Vega-Lite and vega-embed bundle, never a CDN.

The bundle comes from ``vl_convert.javascript_bundle()`` (the libraries ship inside the
vl-convert-python wheel). It is written into the package's static folder by
``python -m northward.web.assets`` at build time; when it is not there, the app generates it on
first request and caches it under ``$NORTHWARD_HOME/cache``.
"""

from __future__ import annotations

import sys
import threading
from importlib import resources
from pathlib import Path

BUNDLE_NAME = "vega-bundle.js"
STATIC_DIR = Path(str(resources.files("northward.web") / "static"))

# The pages call window.vegaEmbed (static/charts.js); the bundle puts the libraries there.
GLOBALS_SNIPPET = "window.vegaEmbed = vegaEmbed; window.vega = vega; window.vegaLite = vegaLite;"

_lock = threading.Lock()
_memory: dict[str, bytes] = {}


def bundle_version() -> str:
    import vl_convert as vlc

    return f"vega-{vlc.get_vega_version()}_embed-{vlc.get_vega_embed_version()}"


def make_bundle() -> str:
    """The JavaScript of vega, vega-lite and vega-embed, assigned to ``window``."""
    import vl_convert as vlc

    return str(vlc.javascript_bundle(GLOBALS_SNIPPET))


def vega_bundle(cache_dir: Path | None) -> bytes:
    """The bundle's bytes: from the package, else the home cache, else generated (once)."""
    with _lock:
        if "bundle" in _memory:
            return _memory["bundle"]
        shipped = STATIC_DIR / "vendor" / BUNDLE_NAME
        cached = cache_dir / f"{bundle_version()}.js" if cache_dir is not None else None
        if shipped.is_file():
            data = shipped.read_bytes()
        elif cached is not None and cached.is_file():
            data = cached.read_bytes()
        else:
            data = make_bundle().encode("utf-8")
            if cached is not None:
                try:
                    cached.parent.mkdir(parents=True, exist_ok=True)
                    tmp = cached.with_suffix(".tmp")
                    tmp.write_bytes(data)
                    tmp.replace(cached)
                except OSError:
                    pass  # a read-only home still serves the bundle from memory
        _memory["bundle"] = data
        return data


def write_bundle(target: Path | None = None) -> Path:
    """Write the bundle into the package's static folder (run at build time)."""
    out = target or STATIC_DIR / "vendor" / BUNDLE_NAME
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(make_bundle(), encoding="utf-8")
    return out


if __name__ == "__main__":  # pragma: no cover - build-time helper
    path = write_bundle(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(f"wrote {path}")
