"""The portal served by gunicorn on loopback for as long as a `with` block runs.

    with gunicorn(env, workers=2) as base:
        urllib.request.urlopen(base + "/en/")

Used by the benchmark, the load test and the tests of the outage pages.
"""

import contextlib
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def gunicorn(
    env,
    *,
    app="glgp.wsgi",
    workers=1,
    port=None,
    ready="/healthz",
    args=(),
    collect_static=False,
):
    """Start gunicorn serving `app` on 127.0.0.1:`port` (a free port unless given) with the
    environment `env`, wait until `ready` answers 2xx, yield the base URL, stop the server when
    the block ends. With `collect_static`, run collectstatic in that environment first (the
    server serves static files from STATIC_ROOT). Exits with "gunicorn did not start" if it
    does not answer within 30 seconds."""
    if collect_static:
        manage = [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"]
        subprocess.run(manage, cwd=ROOT, env=env, check=True)
    port = port or free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "gunicorn", app, "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", str(workers), "--log-level", "warning", *args]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        _wait_until_answering(server, base + ready)
        yield base
    finally:
        _stop(server)


def _wait_until_answering(server, url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                response.read()
            return
        except OSError:  # refused while it starts, or an error status
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def _stop(server):
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
