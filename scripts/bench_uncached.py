#!/usr/bin/env python3
"""The uncached mixed workload of scripts/bench.sh: people searching ahead of a WTDC session.

N distinct list, search and dashboard addresses (each asked once, so none can come from the page
cache), CONCURRENCY at a time, against one server on a loopback address. Prints p50, p99 and
requests per second, and the answers that were not 200. Bounded: N requests and a per-request
timeout; it never fails on a figure.

usage: bench_uncached.py BASE_URL [N] [CONCURRENCY]
"""
import itertools
import random
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

FOCUS = ["access", "adoption", "value_creation", "accelerate"]
TYPES = ["financial", "project", "policy", "advocacy"]
STAKEHOLDERS = ["government", "private_sector", "international_organisation", "un_entity",
                "financial_institution", "civil_society", "academia", "philanthropy", "youth"]
REGIONS = ["africa", "americas", "arab_states", "asia_pacific", "cis", "europe"]
GROUPS = ["ldc", "lldc", "sids"]
COUNTRIES = ["rw", "ke", "fj", "ht", "bo", "np", "bd", "sn", "pe", "ws", "la", "et"]
# Words of the synthetic titles (app/src/ssr/bulk_seed.rs) and some that find nothing.
WORDS = ["schools", "rural", "broadband", "digital skills", "community networks", "backhaul",
         "villages", "young people", "écoles", "escuelas", "Rwanda", "Fiji", "Kenya", "satellite",
         "fibre", "solar", "Nepal", "Haiti"]
SORTS = ["newest", "value"]


def addresses(n, seed=2026):
    """N distinct addresses: filter combinations, searches and dashboards, in a shuffled order."""
    rng = random.Random(seed)
    seen = set()
    out = []
    for attempt in itertools.count():
        if len(out) >= n or attempt > n * 50:
            break
        params = {}
        for key, values, chance in (("focus_area", FOCUS, 0.5), ("pledge_type", TYPES, 0.4),
                                    ("stakeholder_type", STAKEHOLDERS, 0.3),
                                    ("region", REGIONS, 0.3), ("group", GROUPS, 0.3),
                                    ("country", COUNTRIES, 0.15), ("sort", SORTS, 0.2)):
            if rng.random() < chance:
                params[key] = rng.choice(values)
        if rng.random() < 0.35:
            params["q"] = rng.choice(WORDS)
        if rng.random() < 0.15:
            params["usd_min"] = str(rng.choice([1000, 50000, 1000000]))
        if rng.random() < 0.1:
            params["year"] = str(rng.choice([2025, 2026]))
        path = "/dashboard" if rng.random() < 0.25 else "/"
        address = path + ("?" + urllib.parse.urlencode(params) if params else "")
        if address not in seen:
            seen.add(address)
            out.append(address)
    return out


def fetch(base, address):
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(base + address, timeout=30) as answer:
            answer.read()
            status = answer.status
    except urllib.error.HTTPError as e:
        status = e.code
    except Exception:  # noqa: BLE001 - a refused or timed-out request is counted, not fatal
        status = 0
    return time.perf_counter() - started, status


def report(label, results, wall):
    times = sorted(t for t, _ in results)
    bad = [s for _, s in results if s != 200]
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))] * 1000  # noqa: E731
    print(f"    {label}: {len(results)} distinct addresses, "
          f"{len(results) / wall:.1f} addresses/s, p50 {p(0.50):.0f} ms, p99 {p(0.99):.0f} ms, "
          f"mean {statistics.mean(times) * 1000:.0f} ms")
    if bad:
        counts = {s: bad.count(s) for s in sorted(set(bad))}
        print(f"    answers other than 200 (not counted as figures): {counts}")


def main():
    base = sys.argv[1].rstrip("/")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    concurrency = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    # One set of addresses: the first quarter asked one at a time (the time of one uncached
    # answer), the rest CONCURRENCY at a time (throughput); none is asked twice.
    todo = addresses(n + n // 4)
    alone, together = todo[: n // 4], todo[n // 4:]
    started = time.perf_counter()
    results = [fetch(base, a) for a in alone]
    report("one at a time", results, time.perf_counter() - started)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(lambda a: fetch(base, a), together))
    report(f"{concurrency} at a time", results, time.perf_counter() - started)


if __name__ == "__main__":
    main()
