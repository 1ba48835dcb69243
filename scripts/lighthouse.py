"""Lighthouse's mobile preset (a mid-range phone on slow 4G) on the Khmer public pages, in
Debian's Chromium, against the portal served by gunicorn as in production (DEBUG off, static
files by whitenoise, compressed).

    .venv/bin/python scripts/lighthouse.py [--lighthouse PATH] [--base URL]

Lighthouse is not a dependency of the portal; install it outside the repository, e.g.
`npm i -E --prefix /tmp/lh lighthouse@12.2.3`, and pass `--lighthouse
/tmp/lh/node_modules/.bin/lighthouse`. Without --base it serves the database of `make run`
(var/, sample practices loaded) on a free port. Each page is fetched once before it is
measured (its thumbnails made and the page kept, as for every reader after the first).
Prints the four scores of each page and exits non-zero when a page misses the targets (100 for
accessibility, best practices and SEO, 95 for performance).
"""

import argparse
import json
import os
import re
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}


def pages(base):
    listing = urllib.request.urlopen(base + "/km/practices/", timeout=30).read().decode()
    slug = re.search(r'href="/km/practices/([^/"?]+)/"', listing)[1]
    return {
        "home": "/km/",
        "browse": "/km/practices/",
        "search": "/km/practices/?q=" + urllib.parse.quote("ការចូលរួម"),
        "practice": f"/km/practices/{slug}/",
        "nominate": "/km/nominate/",
    }


def serve(port):
    static = Path(tempfile.mkdtemp(prefix="glgp-lighthouse-"))
    env = {
        **os.environ,
        "DEBUG": "0",
        "HTTPS": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        "STATIC_ROOT": str(static),
        "LOG_LEVEL": "WARNING",
    }
    python = sys.executable
    subprocess.run(
        [python, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    server = subprocess.Popen(
        [python, "-m", "gunicorn", "glgp.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1).read()
            return server, base
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def score(lighthouse, url, report):
    """The four scores and the failed pass/fail audits; Lighthouse's trace recording fails now
    and then on a busy machine, so a page is tried three times."""
    for _ in range(3):
        finished = subprocess.run(
            [
                lighthouse,
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                "--only-categories=" + ",".join(CATEGORIES),
                "--chrome-flags=--headless=new --no-sandbox",
            ],
            env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
            check=False,
        )
        if finished.returncode == 0:
            break
    else:
        return None, ["lighthouse failed"]
    data = json.loads(Path(report).read_text())
    scores = {name: round(data["categories"][name]["score"] * 100) for name in CATEGORIES}
    failed = [
        audit["id"]
        for audit in data["audits"].values()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") == "binary"
    ]
    return scores, failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lighthouse", default="lighthouse")
    parser.add_argument("--base", help="a running portal, e.g. http://127.0.0.1:8000")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--reports", default=tempfile.gettempdir(), help="where the JSON goes")
    args = parser.parse_args()
    server, base = (None, args.base.rstrip("/")) if args.base else serve(args.port)
    missed = False
    try:
        print(f"{'page':10} " + " ".join(f"{c:>15}" for c in CATEGORIES) + "  failed audits")
        for name, path in pages(base).items():
            # Served once before: thumbnails made, the page kept, as for every reader but
            # the first after a publication.
            urllib.request.urlopen(base + path, timeout=60).read()
            report = Path(args.reports) / f"lighthouse-{name}.json"
            scores, failed = score(args.lighthouse, base + path, report)
            scores = scores or dict.fromkeys(CATEGORIES, 0)
            missed |= any(scores[c] < TARGETS[c] for c in CATEGORIES)
            row = " ".join(f"{scores[c]:>15}" for c in CATEGORIES)
            print(f"{name:10} {row}  {', '.join(failed)}", flush=True)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
