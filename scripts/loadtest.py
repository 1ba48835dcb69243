"""Load test: concurrent clients on the public pages of a portal served by gunicorn.

    .venv/bin/python scripts/loadtest.py [--clients 16] [--seconds 60] [--url http://...]

Without --url it serves the configured database (DATABASE_URL, else var/glgp.sqlite3 — run
`make setup` first) with gunicorn on a free loopback port and stops it afterwards. Requests go
to loopback only, are bounded in time, and the script stops by itself. It prints requests,
throughput, latency percentiles and every non-2xx answer, and exits 1 if any request failed.
"""

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(workers):
    port = free_port()
    static = tempfile.mkdtemp(prefix="glgp-static-")
    env = {
        **os.environ,
        "DEBUG": "0",
        "HTTPS": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "load-test-" + "x" * 50),
        "STATIC_ROOT": static,
        "LOG_LEVEL": "WARNING",
    }
    python = sys.executable
    subprocess.run(
        [python, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    server = subprocess.Popen(
        [
            python,
            "-m",
            "gunicorn",
            "glgp.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)
            return server, base
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


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
    server = None
    base = args.url
    if not base:
        server, base = start_gunicorn(args.workers)
    try:
        urls, results = run(base.rstrip("/"), args.clients, args.seconds)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=10)
    sys.exit(0 if report(urls, results, args.clients, args.seconds) else 1)


if __name__ == "__main__":
    main()
