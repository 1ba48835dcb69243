"""Load test: concurrent clients on the public pages of a portal served by gunicorn.

    .venv/bin/python scripts/loadtest.py [--clients 16] [--seconds 60] [--url http://...]

Without --url it serves the configured database (DATABASE_URL, else var/glgp.sqlite3 — run
`make setup` first) with gunicorn on a free loopback port and stops it afterwards. Requests go
to loopback only, are bounded in time, and the script stops by itself. It prints requests,
throughput, latency percentiles and every non-2xx answer, and exits 1 if any request failed.
"""

import argparse
import contextlib
import os
import re
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter

# Run as `python scripts/loadtest.py`: this folder is on sys.path.
from serving import gunicorn


@contextlib.contextmanager
def portal(workers):
    """gunicorn serving the configured database, its static files collected for the run."""
    with tempfile.TemporaryDirectory(prefix="glgp-static-") as static:
        env = {
            **os.environ,
            "DEBUG": "0",
            "HTTPS": "0",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECRET_KEY": os.environ.get("SECRET_KEY", "load-test-" + "x" * 50),
            "STATIC_ROOT": static,
            "LOG_LEVEL": "WARNING",
        }
        with gunicorn(env, workers=workers, collect_static=True) as base:
            yield base


def public_urls(base):
    """Pages a visitor reaches: home, browse, and what the sitemap lists."""
    urls = [
        f"{base}/km/",
        f"{base}/en/",
        f"{base}/km/practices/",
        f"{base}/en/practices/",
        f"{base}/en/practices/?page=2",
    ]
    try:
        with urllib.request.urlopen(base + "/sitemap.xml", timeout=10) as response:
            found = re.findall(r"<loc>([^<]+)</loc>", response.read().decode())
        urls += [re.sub(r"^https?://[^/]+", base, u) for u in found[:200]]
    except OSError:
        pass
    return urls


def client(urls, offset, stop_at, results, lock):
    i = offset
    while time.monotonic() < stop_at:
        url = urls[i % len(urls)]
        i += 7
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        except OSError as error:
            status = type(error).__name__
        elapsed = time.perf_counter() - started
        with lock:
            results.append((status, elapsed, url))


def run(base, clients, seconds):
    urls = public_urls(base)
    results, lock = [], threading.Lock()
    stop_at = time.monotonic() + seconds
    threads = [
        threading.Thread(target=client, args=(urls, n, stop_at, results, lock))
        for n in range(clients)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return urls, results


def report(urls, results, clients, seconds):
    times = sorted(r[1] * 1000 for r in results)
    statuses = Counter(r[0] for r in results)
    failures = [(s, u) for s, _, u in results if not (isinstance(s, int) and s < 400)]
    q = statistics.quantiles(times, n=100) if len(times) > 1 else times * 99
    print(f"clients {clients}, {seconds} s, {len(urls)} distinct pages")
    print(f"requests {len(results)}, {len(results) / seconds:.1f}/s; statuses {dict(statuses)}")
    print(f"latency ms: median {q[49]:.1f}, p95 {q[94]:.1f}, p99 {q[98]:.1f}, max {times[-1]:.1f}")
    print(f"failed requests: {len(failures)}")
    for status, url in failures[:10]:
        print(f"  {status} {url}")
    return not failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--url", help="a running portal; default: start gunicorn here")
    args = parser.parse_args()
    server = contextlib.nullcontext(args.url) if args.url else portal(args.workers)
    with server as base:
        urls, results = run(base.rstrip("/"), args.clients, args.seconds)
    sys.exit(0 if report(urls, results, args.clients, args.seconds) else 1)


if __name__ == "__main__":
    main()
