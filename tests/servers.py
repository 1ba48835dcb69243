"""Real servers for the tests that need more than one process: portal instances under
gunicorn, background-task workers, a Redis of their own and an SMTP sink.

Each starts on a free loopback port and is stopped by the test that started it. `Portal`
takes the environment it runs with, so a shared helper for starting gunicorn can replace its
`start` without changing the tests.
"""

import contextlib
import os
import signal
import socket
import socketserver
import subprocess
import sys
import threading
import time
import urllib.request
from email import message_from_bytes, policy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=2) as response:
            if response.status == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer 200 within {seconds} s")


def _stop(process, sig=signal.SIGTERM):
    if process.poll() is None:
        os.killpg(process.pid, sig)
        process.wait(timeout=20)


class Portal:
    """The portal under gunicorn, `workers` sync workers, on its own port."""

    def __init__(self, env, workers=2):
        self.env, self.workers = env, workers
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "glgp.wsgi",
            "--bind",
            f"127.0.0.1:{self.port}",
        ]
        command += ["--workers", str(self.workers), "--log-level", "warning"]
        # Its own process group: killing the instance kills its workers with it.
        self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, start_new_session=True)
        wait_for(self.base + "/readyz")
        return self

    def kill(self):
        """Gone at once, as a machine that fails: SIGKILL to the master and its workers."""
        _stop(self.process, signal.SIGKILL)

    def stop(self):
        _stop(self.process)


class Worker:
    """`manage.py db_worker`: runs the background tasks queued in the database."""

    def __init__(self, env):
        self.env = env
        self.process = None

    def start(self):
        command = [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.2"]
        self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, start_new_session=True)
        return self

    def stop(self):
        _stop(self.process)


class Redis:
    """redis-server on a free port, nothing written to disk."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no", "--loglevel", "warning"]
        self.process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port)):
                return self
            time.sleep(0.1)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        _stop(self.process)


class _SmtpHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP for Django's backend without TLS: every message is kept."""

    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.reply("220 sink")
        recipients = []
        while line := self.rfile.readline():
            verb = line[:4].upper()
            if verb == b"EHLO":
                self.reply("250-sink\r\n250 8BITMIME")
            elif verb == b"RCPT":
                recipients.append(line.split(b":", 1)[1].strip(b" <>\r\n").decode())
                self.reply("250 ok")
            elif verb == b"DATA":
                self.reply("354 go on")
                self.server.sink.keep(self._data(), recipients)
                recipients = []
                self.reply("250 kept")
            elif verb == b"QUIT":
                self.reply("221 bye")
                return
            else:  # HELO, MAIL, RSET, NOOP
                self.reply("250 ok")

    def _data(self):
        lines = []
        while (line := self.rfile.readline()) not in (b".\r\n", b""):
            lines.append(line[1:] if line.startswith(b"..") else line)
        return b"".join(lines)


class SmtpSink:
    def __init__(self):
        self.messages = []
        self._lock = threading.Lock()
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SmtpHandler)
        self._server.daemon_threads = True
        self._server.sink = self
        self.port = self._server.server_address[1]

    def keep(self, data, recipients):
        with self._lock:
            message = message_from_bytes(data, policy=policy.default)  # headers decoded
            self.messages.append((message, sorted(recipients)))

    def start(self):
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        self._server.shutdown()
        self._server.server_close()


def collect_static(root):
    """Collect the static files into `root` as a deployment does (hashed names, compressed)."""
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "collecting-" + "s" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(root),
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return root
