"""A real Keycloak (keycloak-quarkus-dist from Maven Central, as the end-to-end test runs it) with the
realm of docker/keycloak/cadence-realm.json. It issues the RS256 tokens the benchmark sends; Cadence
fetches its discovery document and keys over HTTP exactly as in production."""
import base64
import json
import os
import shutil
import signal
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

from .util import fail, free_port, log, wait_until

# Long enough for a whole benchmark: the tokens are fetched once, before the runs.
TOKEN_LIFESPAN_SECONDS = 6 * 3600


def _post_form(url, form, token=None):
    request = urllib.request.Request(url, data=urllib.parse.urlencode(form).encode())
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def _json_request(method, url, token, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as response:
        raw = response.read()
        return json.loads(raw) if raw else None


def claims(token):
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


class Keycloak:
    def __init__(self, home: Path, realm_file: Path, log_file: Path, java_home: str):
        self.home = home
        self.realm_file = realm_file
        self.log_file = log_file
        self.java_home = java_home
        self.process = None
        self.url = None
        self.admin_password = f"bench-{time.time_ns()}"

    def start(self):
        if not (self.home / "bin" / "kc.sh").exists():
            fail(f"Keycloak is not unpacked at {self.home}")
        imports = self.home / "data" / "import"
        imports.mkdir(parents=True, exist_ok=True)
        shutil.copy(self.realm_file, imports / "cadence-realm.json")
        h2 = self.home / "data" / "h2"
        if h2.exists():
            shutil.rmtree(h2)
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        env = dict(os.environ, JAVA_HOME=self.java_home, KC_BOOTSTRAP_ADMIN_USERNAME="admin",
                   KC_BOOTSTRAP_ADMIN_PASSWORD=self.admin_password)
        log(f"starting Keycloak on {self.url}")
        self.process = subprocess.Popen(
            [str(self.home / "bin" / "kc.sh"), "start-dev", "--http-host=127.0.0.1", f"--http-port={port}",
             f"--http-management-port={free_port()}", "--import-realm"],
            env=env, stdout=open(self.log_file, "w"), stderr=subprocess.STDOUT, start_new_session=True)

        def ready():
            if self.process.poll() is not None:
                fail(f"Keycloak exited; see {self.log_file}")
            try:
                with urllib.request.urlopen(self.realm_url() + "/.well-known/openid-configuration", timeout=2):
                    return True
            except OSError:
                return False
        wait_until(ready, 300, interval=1, what="Keycloak")
        self._lengthen_tokens()

    def realm_url(self):
        return self.url + "/realms/cadence"

    def _admin_token(self):
        return _post_form(self.url + "/realms/master/protocol/openid-connect/token",
                          {"grant_type": "password", "client_id": "admin-cli", "username": "admin",
                           "password": self.admin_password})["access_token"]

    def _lengthen_tokens(self):
        admin = self._admin_token()
        realm = self.url + "/admin/realms/cadence"
        _json_request("PUT", realm, admin, {"ssoSessionIdleTimeout": TOKEN_LIFESPAN_SECONDS,
                                            "ssoSessionMaxLifespan": TOKEN_LIFESPAN_SECONDS,
                                            "accessTokenLifespan": TOKEN_LIFESPAN_SECONDS})

    def password_token(self, username):
        return _post_form(self.realm_url() + "/protocol/openid-connect/token",
                          {"grant_type": "password", "username": username, "password": "demo",
                           "client_id": "cadence-api", "client_secret": "cadence-api-demo-secret"})["access_token"]

    def stop(self):
        if self.process and self.process.poll() is None:
            log("stopping Keycloak")
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
