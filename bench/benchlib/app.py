"""The packaged Cadence (target/quarkus-app) in production mode, as its own process."""
import http.client
import os
import signal
import subprocess
import time
from pathlib import Path

from .util import fail, free_port, log, rss_mb


class Cadence:
    def __init__(self, jar: Path, java: str, jvm_options, env, log_file: Path):
        self.jar = jar
        self.java = java
        self.jvm_options = list(jvm_options)
        self.env = env
        self.log_file = log_file
        self.process = None
        self.port = None

    @property
    def pid(self):
        return self.process.pid

    def start(self):
        self.port = free_port()
        env = dict(os.environ, QUARKUS_PROFILE="prod", QUARKUS_HTTP_HOST="127.0.0.1", QUARKUS_HTTP_PORT=str(self.port),
                   **self.env)
        args = [self.java, *self.jvm_options, "-jar", str(self.jar)]
        log("starting Cadence: " + " ".join(self.jvm_options))
        self.started = time.monotonic()
        self.process = subprocess.Popen(args, env=env, stdout=open(self.log_file, "a"), stderr=subprocess.STDOUT,
                                        cwd=self.jar.parent)

    def first_request(self, path, token, timeout=300):
        """Polls an authenticated GET until it answers 200; seconds from the JVM's start."""
        deadline = self.started + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                fail(f"Cadence exited with {self.process.returncode}; see {self.log_file}")
            try:
                status = get_status(self.port, path, token)
                if status == 200:
                    return time.monotonic() - self.started
                if status not in (502, 503):
                    fail(f"first request {path} answered {status}; see {self.log_file}")
            except (ConnectionError, OSError, http.client.HTTPException):
                pass
            time.sleep(0.005)
        fail(f"Cadence did not serve {path} within {timeout} s; see {self.log_file}")

    def rss_mb(self):
        return rss_mb(self.pid)

    def peak_rss_mb(self):
        return rss_mb(self.pid, "VmHWM")

    def stop(self, sig=signal.SIGTERM, timeout=60):
        if self.process and self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                log("Cadence did not stop in time; killing it")
                self.process.kill()
                self.process.wait()


def get_status(port, path, token, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers=dict({"Authorization": "Bearer " + token}, **(headers or {})))
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def request(port, method, path, token, body=None, headers=None):
    """One request; returns (status, headers, body bytes)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        all_headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}
        if body is not None:
            all_headers["Content-Type"] = "application/json"
        all_headers.update(headers or {})
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()
