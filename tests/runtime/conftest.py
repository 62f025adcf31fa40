"""Assemble the runtime templates into a throwaway importable package for these tests."""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "package" / "src" / "__pkg__"
PKG = "anthropic_rt_test"

ERRORS = [
    SimpleNamespace(name="BadRequestError", status=400, error_type="invalid_request_error", doc="HTTP 400."),
    SimpleNamespace(name="AuthenticationError", status=401, error_type="authentication_error", doc="HTTP 401."),
    SimpleNamespace(name="PermissionDeniedError", status=403, error_type="permission_error", doc="HTTP 403."),
    SimpleNamespace(name="NotFoundError", status=404, error_type="not_found_error", doc="HTTP 404."),
    SimpleNamespace(name="ConflictError", status=409, error_type=None, doc="HTTP 409."),
    SimpleNamespace(name="RequestTooLargeError", status=413, error_type="request_too_large", doc="HTTP 413."),
    SimpleNamespace(name="UnprocessableEntityError", status=422, error_type=None, doc="HTTP 422."),
    SimpleNamespace(name="RateLimitError", status=429, error_type="rate_limit_error", doc="HTTP 429."),
    SimpleNamespace(name="ServiceUnavailableError", status=503, error_type=None, doc="HTTP 503."),
    SimpleNamespace(name="OverloadedError", status=529, error_type="overloaded_error", doc="HTTP 529."),
    SimpleNamespace(name="DeadlineExceededError", status=504, error_type=None, doc="HTTP 504."),
    SimpleNamespace(name="InternalServerError", status=None, error_type="api_error", doc="Any other 5xx."),
]


# Only the runtime's own templates are rendered; the client/package templates belong
# to the generator and need its full context.
OWN_TEMPLATES = {"_exceptions.py.jinja"}


def _assemble(dest: Path) -> None:
    env = jinja2.Environment(
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True
    )
    for src in TEMPLATES.rglob("*"):
        if src.is_dir() or "__pycache__" in src.parts:
            continue
        rel = src.relative_to(TEMPLATES)
        if src.name in OWN_TEMPLATES:
            out = dest / rel.parent / src.name[: -len(".jinja")]
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(env.from_string(src.read_text()).render(errors=ERRORS))
        elif src.suffix == ".py":
            out = dest / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, out)
    init = dest / "__init__.py"
    if not init.exists():
        init.write_text("")


@pytest.fixture(scope="session")
def rt(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("rtpkg")
    _assemble(root / PKG)
    sys.path.insert(0, str(root))
    try:
        pkg = importlib.import_module(PKG)
        yield pkg
    finally:
        sys.path.remove(str(root))


# ---------------------------------------------------------------------------
# A scripted HTTP server on loopback and a minimal client built like the
# generated one (same constructor contract as the lead's `_client.py`).

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ScriptedServer:
    """Each request pops the next scripted reply: (status, headers, body-bytes or list of chunks)."""

    def __init__(self) -> None:
        self.replies: list = []
        self.requests: list = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args, **kwargs):  # keep test output quiet
                pass

            def _handle(self):
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                server.requests.append(
                    {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body}
                )
                reply = server.replies.pop(0) if server.replies else (500, {}, b"no scripted reply")
                if callable(reply):
                    reply(self)
                    return
                status, headers, payload = reply
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if isinstance(payload, list):
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for chunk in payload:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        self.wfile.flush()
                    self.wfile.write(b"0\r\n\r\n")
                else:
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)

            do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self.thread.start()
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def json(self, status: int, obj: object, headers: dict | None = None) -> None:
        self.replies.append((status, {"Content-Type": "application/json", **(headers or {})}, json.dumps(obj).encode()))

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def server():
    srv = ScriptedServer()
    yield srv
    srv.close()


def make_client_classes(rt):
    """Sync/async clients shaped like the generated `Anthropic`/`AsyncAnthropic`."""
    base = importlib.import_module(f"{PKG}._base_client")
    exc = importlib.import_module(f"{PKG}._exceptions")

    class _Common:
        api_key = "sk-test-secret"

        @property
        def auth_headers(self):
            return {"X-Api-Key": self.api_key} if self.api_key else {}

        @property
        def default_headers(self):
            return {**super().default_headers, "anthropic-version": "2023-06-01", **self._custom_headers}

        def _validate_headers(self, headers, custom_headers):
            if any(k.lower() == "x-api-key" for k in headers):
                return
            raise TypeError("Could not resolve authentication method")

        def _make_status_error(self, err_msg, *, body, response):
            return exc.make_status_error(err_msg, body=body, response=response)

    class Client(_Common, base.SyncAPIClient):
        def __init__(self, *, base_url, max_retries=2, http_client=None, _strict_response_validation=False, **kw):
            super().__init__(
                version="9.9.9",
                base_url=base_url,
                max_retries=max_retries,
                http_client=http_client,
                _strict_response_validation=_strict_response_validation,
                **kw,
            )
            self.sleeps = []

        def _sleep(self, seconds):
            self.sleeps.append(seconds)

    class AsyncClient(_Common, base.AsyncAPIClient):
        def __init__(self, *, base_url, max_retries=2, http_client=None, _strict_response_validation=False, **kw):
            super().__init__(
                version="9.9.9",
                base_url=base_url,
                max_retries=max_retries,
                http_client=http_client,
                _strict_response_validation=_strict_response_validation,
                **kw,
            )
            self.sleeps = []

        async def _sleep(self, seconds):
            self.sleeps.append(seconds)

    return Client, AsyncClient


@pytest.fixture(scope="session")
def clients(rt):
    return make_client_classes(rt)
