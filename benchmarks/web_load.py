"""Load benchmark of the web dashboard on loopback: 50 concurrent clients for 60 s.

    python -m benchmarks.web_load [--clients 50] [--seconds 60] [--home DIR]

Starts the app under uvicorn in its own process on a free 127.0.0.1 port, warms it, then runs two
phases with the same clients: the baseline (one static file from the same server) and a realistic
mix of pages and API calls. Prints p50/p95/p99 latency, throughput, errors and the ratios of the
mix to the baseline. Never leaves loopback; bounded by time and by --max-requests.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
TEST_DATA = REPO / "tests" / "web" / "data" / "seed"
BASELINE = [("static file", "/static/northward.css")]


def mix(territories: list[str], partners: list[str]) -> list[tuple[str, str]]:
    """(kind, path) pairs a dashboard user and an API client would send, with their weights by repetition."""
    out: list[tuple[str, str]] = []
    out += [("page overview", "/")] * 3
    out += [("page territory", f"/territories/{t}") for t in territories]
    pairs = [(t, p) for t in territories for p in partners[:2]]
    out += [("page explorer", f"/explorer?territory={t}&partner={p}") for t, p in pairs]
    out += [("page explorer", f"/explorer?territory={t}&flow=total&period=2019..2024") for t in territories]
    out += [("page sources", "/sources")]
    out += [("api overview", "/api/overview")] * 2
    out += [("api trade", f"/api/trade?territory={t}&partner={p}") for t, p in pairs]
    out += [("api observations", f"/api/observations?territory={t}&indicator=trade_value")
            for t in territories]
    out += [("api observations csv", f"/api/observations?territory={t}&format=csv") for t in territories[:2]]
    out += [("api sources", "/api/sources")]
    out += [("static js", "/static/charts.js")]
    return out


class RawConnection:
    """A minimal HTTP/1.1 keep-alive client on asyncio streams: far less CPU per request than httpx,
    so that on a small machine the figures measure the server rather than the load generator."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
        if "content-length" in headers:
            await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
                await self.reader.readexactly(size + 2)
                if size == 0:
                    break
        if headers.get("connection") == "close":
            self.close()
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


@dataclass
class Phase:
    name: str
    latencies: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)
    elapsed: float = 0.0

    def pct(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    def row(self) -> str:
        n = len(self.latencies)
        mean = statistics.fmean(self.latencies) * 1000 if n else float("nan")
        return (f"| {self.name} | {n} | {n / self.elapsed:,.0f} | {mean:,.1f} | {self.pct(0.50):,.1f} | "
                f"{self.pct(0.95):,.1f} | {self.pct(0.99):,.1f} | {self.errors} |")


async def run_phase(base: str, name: str, urls: list[tuple[str, str]], clients: int, seconds: float,
                    max_requests: int, seed: int, raw: bool = False) -> Phase:
    phase = Phase(name)
    deadline = time.perf_counter() + seconds
    budget = [max_requests]
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    host, port = base.removeprefix("http://").split(":")
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30.0, trust_env=False) as http:

        async def fetch(conn: RawConnection, path: str) -> int:
            if raw:
                return await asyncio.wait_for(conn.get(path), timeout=30.0)
            r = await http.get(path)
            await r.aread()
            return r.status_code

        async def client(i: int) -> None:
            rnd = random.Random(seed + i)
            conn = RawConnection(host, int(port))
            while time.perf_counter() < deadline and budget[0] > 0:
                budget[0] -= 1
                kind, path = rnd.choice(urls)
                t0 = time.perf_counter()
                try:
                    status = await fetch(conn, path)
                except (TimeoutError, httpx.HTTPError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
                    conn.close()
                    status = 0
                    phase.failures[type(exc).__name__] = phase.failures.get(type(exc).__name__, 0) + 1
                took = time.perf_counter() - t0
                phase.latencies.append(took)
                phase.by_kind.setdefault(kind, []).append(took)
                phase.statuses[status] = phase.statuses.get(status, 0) + 1
                if status != 200:
                    phase.errors += 1

        start = time.perf_counter()
        await asyncio.gather(*(client(i) for i in range(clients)))
        phase.elapsed = time.perf_counter() - start
    return phase


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def prepare_home(home: str | None) -> Path:
    if home:
        return Path(home)
    from northward.ingest.seed import build_store, default_data_dir

    target = Path(tempfile.mkdtemp(prefix="nw-web-bench-"))
    shipped = default_data_dir()
    data = shipped if any((shipped / "observations").glob("*.csv")) else TEST_DATA
    build_store(target, data_dir=data)
    print(f"store built from {data}")
    return target


def start_server(home: Path, port: int, cache: bool = True) -> subprocess.Popen[bytes]:
    env = dict(os.environ, NORTHWARD_HOME=str(home), PYTHONPATH=str(REPO / "src"),
               NORTHWARD_WEB_CACHE="1" if cache else "0")
    cmd = [sys.executable, "-m", "uvicorn", "--factory", "northward.web:create_app", "--host", "127.0.0.1",
           "--port", str(port), "--log-level", "warning", "--no-access-log"]
    proc = subprocess.Popen(cmd, env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/static/northward.css", timeout=1, trust_env=False)
            return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the server did not start")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60.0, help="length of the mixed phase")
    ap.add_argument("--baseline-seconds", type=float, default=15.0)
    ap.add_argument("--max-requests", type=int, default=500_000)
    ap.add_argument("--home", help="an existing northward home (default: build one in a temp folder)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-cache", action="store_true",
                    help="serve with NORTHWARD_WEB_CACHE=0: every request computes its answer")
    ap.add_argument("--client", choices=("httpx", "raw"), default="httpx",
                    help="load generator: httpx, or a minimal HTTP/1.1 client that costs less CPU")
    args = ap.parse_args(argv)

    home = prepare_home(args.home)
    port = free_port()
    proc = start_server(home, port, cache=not args.no_cache)
    base = f"http://127.0.0.1:{port}"
    try:
        terr = httpx.get(f"{base}/api/territories", trust_env=False).json()["rows"]
        codes = [t["code"] for t in terr if t["code"] in ("NEC", "CN-HL", "CN-JL", "CN-LN", "CN-NM")]
        urls = mix(codes, ["RU", "WLD"])
        for _, path in [*BASELINE, *urls]:  # warm-up: caches, the vega bundle, first compilations
            httpx.get(base + path, timeout=120, trust_env=False)
        httpx.get(base + "/static/vendor/vega-bundle.js", timeout=120, trust_env=False)
        raw = args.client == "raw"
        baseline = asyncio.run(run_phase(base, "baseline: static file", BASELINE, args.clients,
                                         args.baseline_seconds, args.max_requests, args.seed, raw))
        mixed = asyncio.run(run_phase(base, "mix: pages + API", urls, args.clients, args.seconds,
                                      args.max_requests, args.seed, raw))
        # one client, no queueing: how long each request takes to serve on this machine right now
        single = asyncio.run(run_phase(base, "mix, 1 client (service time)", urls, 1, args.baseline_seconds,
                                       args.max_requests, args.seed, raw))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"\n{args.clients} clients ({args.client}), cache {'off' if args.no_cache else 'on'}, on loopback, "
          f"{len(urls)} distinct mixed requests, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}\n")
    print("| phase | requests | req/s | mean ms | p50 ms | p95 ms | p99 ms | errors |")
    print("|---|---|---|---|---|---|---|---|")
    print(baseline.row())
    print(mixed.row())
    print(single.row())
    print(f"\nratios mix/baseline: p50 {mixed.pct(0.5) / baseline.pct(0.5):.2f}×, "
          f"p95 {mixed.pct(0.95) / baseline.pct(0.95):.2f}×, throughput "
          f"{(len(mixed.latencies) / mixed.elapsed) / (len(baseline.latencies) / baseline.elapsed):.2f}×")
    print(f"target p95 < 150 ms with zero errors: "
          f"{'met' if mixed.pct(0.95) < 150 and mixed.errors == 0 else 'NOT met'}")
    print("\n| request kind | requests | p50 ms | p95 ms |\n|---|---|---|---|")
    for kind, values in sorted(mixed.by_kind.items()):
        ordered = sorted(values)
        print(f"| {kind} | {len(values)} | {ordered[len(ordered) // 2] * 1000:,.1f} | "
              f"{ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1000:,.1f} |")
    if mixed.errors or baseline.errors:
        print(f"statuses: baseline {baseline.statuses} {baseline.failures}, "
              f"mix {mixed.statuses} {mixed.failures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
