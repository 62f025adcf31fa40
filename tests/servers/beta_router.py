"""A loopback reverse proxy that sends ``?beta=true`` requests to a second Prism.

Prism 5 ignores the query part of path keys, so the beta operations run in
their own Prism on a spec whose keys lost the ``?beta=true`` suffix (see
support/prism_specs.py). This proxy gives tests one base URL again: requests
whose query has ``beta=true`` go to the beta upstream with that parameter
removed, everything else to the plain one; only ``Accept: application/binary``
is changed on the way (see ``_accept``).

Stdlib only and deliberately dumb: no retries, no rewriting of bodies. The
response body is relayed as it arrives, so a streaming upstream still streams.
"""

from __future__ import annotations

import http.client
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional, Tuple
from urllib.parse import urlsplit

__all__ = ["BetaRouter", "route"]

BETA_PARAM = "beta=true"

# Meaningful for one connection only (RFC 9110 7.6.1). Framing is redone on
# each side: http.client de-chunks the upstream body, we re-chunk if needed.
_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "expect",  # BaseHTTPRequestHandler already answered any 100-continue
    "host",  # http.client sets the upstream's own
}


def _accept(value: str) -> str:
    # The SDK asks for batch results and downloads with `application/binary`, the value the real API
    # takes; the spec lists the bodies' own media types, so Prism would answer 406 to it.
    return "*/*" if value.strip().lower() == "application/binary" else value


def route(target: str) -> Tuple[bool, str]:
    """``(is_beta, target to forward)`` for a request target like ``/v1/files?beta=true&limit=2``.

    Works on the raw query so the other parameters reach Prism byte for byte
    (re-encoding could turn ``%20`` into ``+``).
    """
    path, sep, query = target.partition("?")
    params = query.split("&") if sep else []
    kept = [p for p in params if p != BETA_PARAM]
    if len(kept) == len(params):
        return False, target
    return True, f"{path}?{'&'.join(kept)}" if kept else path


class BetaRouter:
    """Serve on ``host``:``port`` (0: a free one) and forward to ``plain_url`` / ``beta_url`` (``http://host:port``)."""

    def __init__(self, plain_url: str, beta_url: str, host: str = "127.0.0.1", port: int = 0) -> None:
        self._httpd = _HTTPServer((host, port), _Handler)
        self._httpd.upstreams = (_netloc(plain_url), _netloc(beta_url))
        self._thread: Optional[threading.Thread] = None
        self.host, self.port = self._httpd.server_address[:2]
        self.base_url = f"http://{self.host}:{self.port}"

    def start(self) -> BetaRouter:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="BetaRouter", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> BetaRouter:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _netloc(url: str) -> Tuple[str, int]:
    parts = urlsplit(url)
    return parts.hostname or "127.0.0.1", parts.port or 80


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # idle keep-alive handlers must not hold up stop()
    upstreams: Tuple[Tuple[str, int], Tuple[str, int]]

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client hanging up mid-stream is routine; anything else is a bug here.
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive and chunked responses, like the real API
    server: _HTTPServer
    timeout = 30  # an idle keep-alive connection must not pin a thread forever

    def log_message(self, format: str, *args: Any) -> None:
        pass  # Prism's own logs record every request

    def do_GET(self) -> None:
        is_beta, target = route(self.path)
        host, port = self.server.upstreams[is_beta]
        # Content-Length is set again below, from the body as read (which may have come chunked).
        headers = [
            (k, _accept(v) if k.lower() == "accept" else v)
            for k, v in self.headers.items()
            if k.lower() not in _HOP_BY_HOP | {"content-length"}
        ]
        body = self._read_body()
        upstream = http.client.HTTPConnection(host, port, timeout=60)
        try:
            try:
                upstream.putrequest(self.command, target, skip_accept_encoding=True)
                for name, value in headers:
                    upstream.putheader(name, value)
                if body is not None:
                    upstream.putheader("Content-Length", str(len(body)))
                upstream.endheaders(body)
                response = upstream.getresponse()
            except (OSError, http.client.HTTPException) as exc:
                self._send_bad_gateway(f"BetaRouter: upstream {host}:{port} failed: {exc}")
                return
            self._relay(response)
        finally:
            upstream.close()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_HEAD = do_GET

    def _read_body(self) -> Optional[bytes]:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            parts = []
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        length = self.headers.get("Content-Length")
        return self.rfile.read(int(length)) if length is not None else None

    def _relay(self, response: http.client.HTTPResponse) -> None:
        self.send_response_only(response.status, response.reason)
        length = response.getheader("Content-Length")
        for name, value in response.getheaders():
            if name.lower() not in _HOP_BY_HOP:
                self.send_header(name, value)
        no_body = self.command == "HEAD" or response.status in (204, 304) or 100 <= response.status < 200
        # Without a length (chunked or close-delimited upstream) re-chunk, so
        # the client connection can stay alive and sees data as it comes.
        chunked = not no_body and length is None
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        if no_body:
            return
        try:
            # read1 returns whatever has arrived (up to the limit) instead of
            # waiting to fill the buffer, which is what keeps SSE streaming.
            while data := response.read1(65536):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data) if chunked else data)
                self.wfile.flush()
            incomplete = bool(response.length)  # closed before its Content-Length was sent
        except http.client.HTTPException:  # chunked body cut short
            incomplete = True
        if incomplete:
            # Dropping the connection is the only way left to tell the client
            # that its body is incomplete.
            self.close_connection = True
            return
        if chunked:
            self.wfile.write(b"0\r\n\r\n")

    def _send_bad_gateway(self, message: str) -> None:
        body = message.encode("utf-8")
        self.send_response_only(502)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
