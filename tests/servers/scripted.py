"""A scripted loopback HTTP/1.1 server for what Prism cannot do.

Prism answers every request with the same example, so it cannot serve a second
page, stream SSE events with gaps between them, fail twice then succeed, or
drop a connection halfway through a body. Tests script those conversations
here, then assert on exactly what the SDK sent (``server.requests``).

It is also the fault server: a reply can reset or close the connection before
or after its headers (``fault``), cut its body short (``close_after``), arrive
late (``delay_before``), or carry any status, headers, content type and body
bytes, including invalid JSON.

Stdlib only, so it works before the generated SDK or any extra dependency
exists.

    with ScriptedServer() as server:
        server.add("GET", "/v1/models", [Reply(status=529), Reply(body={"data": []})])
        ...  # point a client at server.base_url
        assert len(server.requests) == 2
"""

from __future__ import annotations

import json as _json
import socket
import struct
import sys
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Deque, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union
from urllib.parse import parse_qsl, urlencode, urlsplit

__all__ = [
    "CLOSE_AFTER_HEADERS",
    "CLOSE_BEFORE_HEADERS",
    "EXHAUSTED_STATUS",
    "FAULTS",
    "RESET_AFTER_HEADERS",
    "RESET_BEFORE_HEADERS",
    "RecordedRequest",
    "Reply",
    "Route",
    "ScriptedServer",
    "jsonl",
    "sse",
]

# Sent when a route has no scripted reply left. Deliberately a status the API
# never returns and that SDKs do not retry (they retry 408/409/429/5xx), so an
# under-scripted test fails at once with this message instead of backing off.
EXHAUSTED_STATUS = 418

# Connection faults a reply can inject instead of (or part way through) answering.
# "reset" aborts the TCP connection (RST, the client reads ECONNRESET); "close"
# ends it cleanly (FIN, the client reads end-of-file). Either way the request
# has already been read and recorded.
RESET_BEFORE_HEADERS = "reset_before_headers"
CLOSE_BEFORE_HEADERS = "close_before_headers"
RESET_AFTER_HEADERS = "reset_after_headers"  # status line and headers sent, no body byte
CLOSE_AFTER_HEADERS = "close_after_headers"
FAULTS = frozenset({RESET_BEFORE_HEADERS, CLOSE_BEFORE_HEADERS, RESET_AFTER_HEADERS, CLOSE_AFTER_HEADERS})

Body = Union[bytes, str, Mapping[str, Any], List[Any], None]
Headers = Union[Mapping[str, str], Sequence[Tuple[str, str]]]


@dataclass
class Reply:
    """One scripted response.

    ``body``: bytes/str are sent as is; a dict or list is JSON-encoded and gets
    ``content-type: application/json`` unless ``headers`` sets one.
    ``chunks``: send these pieces with chunked transfer encoding instead of
    ``body``, flushing each and waiting ``delay`` seconds between them, so the
    client sees them arrive separately. Defaults to ``text/event-stream``.
    ``close_after``: drop the connection after at most this many body bytes;
    fewer than the whole body means the client sees a truncated message.
    ``delay_before``: wait this long before sending the status line (timeouts).
    ``content_type``: the ``content-type`` header, whatever the body is (a wrong
    one, or ``application/json`` on bytes that are not JSON).
    ``fault``: one of FAULTS: reset or close the connection before the status
    line, or right after the headers (which promise the whole body).
    """

    status: int = 200
    body: Body = None
    headers: Headers = ()
    chunks: Optional[Sequence[bytes]] = None
    delay: float = 0.0
    close_after: Optional[int] = None
    delay_before: float = 0.0
    content_type: Optional[str] = None
    fault: Optional[str] = None

    def __post_init__(self) -> None:
        if self.fault is not None and self.fault not in FAULTS:
            raise ValueError(f"unknown fault {self.fault!r}; expected one of {sorted(FAULTS)}")

    def encoded_body(self) -> bytes:
        body = self.body
        if body is None:
            return b""
        if isinstance(body, bytes):
            return body
        if isinstance(body, str):
            return body.encode("utf-8")
        return _json.dumps(body).encode("utf-8")

    def header_items(self) -> List[Tuple[str, str]]:
        items = list(self.headers.items()) if isinstance(self.headers, Mapping) else list(self.headers)
        if self.content_type is not None:
            items = [(name, value) for name, value in items if name.lower() != "content-type"]
            items.append(("content-type", self.content_type))
        names = {name.lower() for name, _ in items}
        if "content-type" not in names:
            if self.chunks is not None:
                items.append(("content-type", "text/event-stream"))
            elif isinstance(self.body, (dict, list)):
                items.append(("content-type", "application/json"))
        return items


@dataclass(frozen=True)
class RecordedRequest:
    """What the client sent. Header names are lower-cased; repeated headers are joined with ", ".

    ``path`` is the raw request path, percent-escapes as sent. ``peer`` is the client's
    (host, port): requests with the same peer came over the same TCP connection.
    """

    method: str
    path: str
    query: Dict[str, str]
    query_items: List[Tuple[str, str]]
    headers: Dict[str, str]
    body: bytes
    json: Any = None
    peer: Optional[Tuple[str, int]] = None

    @property
    def target(self) -> str:
        """The request target as sent, path plus query string."""
        if not self.query_items:
            return self.path
        return f"{self.path}?{urlencode(self.query_items)}"


@dataclass
class Route:
    method: str
    path: str
    query: Optional[List[Tuple[str, str]]]
    replies: Deque[Reply]
    repeat_last: bool = False
    requests: List[RecordedRequest] = field(default_factory=list)
    exhausted: int = 0

    def matches(self, method: str, path: str, query_items: List[Tuple[str, str]]) -> bool:
        if method != self.method or path != self.path:
            return False
        return self.query is None or sorted(self.query) == sorted(query_items)

    def next_reply(self) -> Optional[Reply]:
        if len(self.replies) > 1 or (self.replies and not self.repeat_last):
            return self.replies.popleft()
        if self.replies:
            return self.replies[0]
        return None


def sse(*events: Tuple[str, Union[Mapping[str, Any], str]]) -> List[bytes]:
    """Format ``(event_name, data)`` pairs as SSE frames, one chunk per event.

    ``data`` that is not already a string is JSON-encoded, matching how the API
    sends ``event: message_start\\ndata: {...}\\n\\n``.
    """
    chunks = []
    for name, data in events:
        payload = data if isinstance(data, str) else _json.dumps(data)
        lines = "".join(f"data: {line}\n" for line in payload.split("\n"))
        chunks.append(f"event: {name}\n{lines}\n".encode("utf-8"))
    return chunks


def jsonl(*objs: Any) -> bytes:
    """JSON Lines body: one compact object per line, newline-terminated."""
    return "".join(_json.dumps(obj) + "\n" for obj in objs).encode("utf-8")


class ScriptedServer:
    """Loopback HTTP/1.1 server that answers from per-route reply queues and records every request."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._lock = threading.Lock()
        self._routes: List[Route] = []
        self._requests: List[RecordedRequest] = []
        self._arrived = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._connections: set = set()
        self._httpd = _HTTPServer((host, 0), _Handler, self)
        self._thread: Optional[threading.Thread] = None
        self.host, self.port = self._httpd.server_address[:2]
        self.base_url = f"http://{self.host}:{self.port}"

    # -- scripting -----------------------------------------------------------------

    def add(
        self,
        method: str,
        path: str,
        responses: Union[Reply, Iterable[Reply]],
        *,
        repeat_last: bool = False,
    ) -> Route:
        """Answer ``method path`` with ``responses`` in order, one per request.

        A ``?query`` in ``path`` restricts the route to requests with exactly
        those parameters (in any order); routes with a query win over the same
        path without one. When the queue is empty the route answers
        EXHAUSTED_STATUS, unless ``repeat_last`` keeps replaying the last reply.
        """
        split = urlsplit(path)
        query = parse_qsl(split.query, keep_blank_values=True) if split.query else None
        replies = deque([responses] if isinstance(responses, Reply) else responses)
        route = Route(method.upper(), split.path, query, replies, repeat_last)
        with self._lock:
            self._routes.append(route)
        return route

    def reset(self) -> None:
        """Forget all routes and recorded requests."""
        with self._lock:
            self._routes.clear()
            self._requests.clear()

    # -- inspection ----------------------------------------------------------------

    @property
    def requests(self) -> List[RecordedRequest]:
        """Every request received so far, in arrival order (a snapshot)."""
        with self._lock:
            return list(self._requests)

    @property
    def exhausted_routes(self) -> List[Route]:
        """Routes that got more requests than they had replies for."""
        with self._lock:
            return [route for route in self._routes if route.exhausted]

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> List[RecordedRequest]:
        """Block until at least ``count`` requests have arrived; raise TimeoutError otherwise."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self._requests) >= count, timeout):
                raise TimeoutError(f"expected {count} requests within {timeout}s, got {len(self._requests)}")
            return list(self._requests)

    # -- lifecycle -----------------------------------------------------------------

    def start(self) -> ScriptedServer:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever,
                kwargs={"poll_interval": 0.01},  # also how long stop() waits for the loop
                name=f"ScriptedServer:{self.port}",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and cut open connections, including ones mid-stream or idle in keep-alive."""
        self._stopping.set()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._httpd.server_close()

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- called from handler threads -----------------------------------------------

    def _record(self, request: RecordedRequest) -> Tuple[Optional[Reply], Optional[Route]]:
        with self._lock:
            self._requests.append(request)
            self._arrived.notify_all()
            candidates = [r for r in self._routes if r.matches(request.method, request.path, request.query_items)]
            if not candidates:
                return None, None
            # Most specific first: a route pinned to a query beats a bare path;
            # among equals the first registered wins.
            route = min(candidates, key=lambda r: r.query is None)
            route.requests.append(request)
            reply = route.next_reply()
            if reply is None:
                route.exhausted += 1
            return reply, route

    def _track(self, conn: socket.socket, active: bool) -> None:
        with self._lock:
            if active:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # Handler threads may be sleeping in a scripted delay; stop() cuts their
    # sockets instead of joining them.
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, address: Tuple[str, int], handler: type, scripted: ScriptedServer) -> None:
        self.scripted = scripted
        super().__init__(address, handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients hanging up mid-stream is routine in streaming tests; anything
        # else is a bug in this file and should be loud.
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):
            return
        super().handle_error(request, client_address)


class _DropConnection(Exception):
    pass


class _ResetConnection(Exception):
    pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real API
    server: _HTTPServer
    # Idle keep-alive connections would otherwise pin a thread forever.
    timeout = 30

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without NODELAY, Nagle's algorithm holds the
        # body back until the client's delayed ACK (~40 ms a request on Linux loopback).
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.scripted._track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.scripted._track(self.connection, False)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # tests read server.requests instead of stderr noise

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_HEAD = do_GET

    def _serve(self) -> None:
        scripted = self.server.scripted
        request = self._read_request()
        reply, route = scripted._record(request)
        if route is None:
            reply = _error_reply(
                404, "not_found_error", f"ScriptedServer: no route for {request.method} {request.path}"
            )
        elif reply is None:
            reply = _error_reply(
                EXHAUSTED_STATUS,
                "invalid_request_error",
                f"ScriptedServer: no scripted reply left for {route.method} {route.path} "
                f"(request #{len(route.requests)} to this route)",
            )
        try:
            self._send(reply, head_only=request.method == "HEAD")
        except _ResetConnection:
            self.close_connection = True
            # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
            try:
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
            except OSError:
                pass
        except _DropConnection:
            self.close_connection = True
            try:
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def _read_request(self) -> RecordedRequest:
        split = urlsplit(self.path)
        query_items = parse_qsl(split.query, keep_blank_values=True)
        headers: Dict[str, str] = {}
        for name, value in self.headers.items():
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        if "chunked" in headers.get("transfer-encoding", "").lower():
            body = self._read_chunked()
        else:
            body = self.rfile.read(int(headers.get("content-length") or 0))
        parsed = None
        if body:
            try:
                parsed = _json.loads(body)
            except ValueError:
                parsed = None
        return RecordedRequest(
            method=self.command.upper(),
            path=split.path,
            query=dict(query_items),
            query_items=query_items,
            headers=headers,
            body=body,
            json=parsed,
            peer=tuple(self.client_address[:2]),
        )

    def _read_chunked(self) -> bytes:
        parts = []
        while True:
            size = int(self.rfile.readline().split(b";", 1)[0].strip(), 16)
            if size == 0:
                # Trailers, if any, end with an empty line.
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(parts)
            parts.append(self.rfile.read(size))
            self.rfile.readline()

    def _pause(self, seconds: float) -> None:
        # Waiting on the stop event (not time.sleep) lets stop() end a long
        # scripted delay at once.
        if seconds > 0 and self.server.scripted._stopping.wait(seconds):
            raise _DropConnection()

    def _send(self, reply: Reply, head_only: bool) -> None:
        self._pause(reply.delay_before)
        if reply.fault == RESET_BEFORE_HEADERS:
            raise _ResetConnection()
        if reply.fault == CLOSE_BEFORE_HEADERS:
            raise _DropConnection()
        chunked = reply.chunks is not None
        body = b"" if chunked else reply.encoded_body()
        bodiless = head_only or reply.status in (204, 304) or 100 <= reply.status < 200

        self.send_response_only(reply.status)
        self.send_header("date", self.date_time_string())
        sent = set()
        for name, value in reply.header_items():
            self.send_header(name, value)
            sent.add(name.lower())
        if not bodiless and "content-length" not in sent and "transfer-encoding" not in sent:
            if chunked:
                self.send_header("transfer-encoding", "chunked")
            else:
                # The full length even when close_after truncates: that is what
                # makes the client notice the body is incomplete.
                self.send_header("content-length", str(len(body)))
        self.end_headers()
        if reply.fault == RESET_AFTER_HEADERS:
            self.wfile.flush()
            raise _ResetConnection()
        if reply.fault == CLOSE_AFTER_HEADERS:
            raise _DropConnection()
        if bodiless:
            return

        budget = reply.close_after
        if not chunked:
            self.wfile.write(body if budget is None else body[:budget])
            if budget is not None:
                raise _DropConnection()
            return

        for index, chunk in enumerate(reply.chunks or ()):
            if index:
                self._pause(reply.delay)
            if budget is not None and len(chunk) >= budget:
                if budget:
                    self._write_chunk(chunk[:budget])
                raise _DropConnection()
            if chunk:  # an empty chunk would read as the end of the body
                self._write_chunk(chunk)
            if budget is not None:
                budget -= len(chunk)
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()
        if budget is not None:
            raise _DropConnection()

    def _write_chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()


def _error_reply(status: int, error_type: str, message: str) -> Reply:
    return Reply(status=status, body={"type": "error", "error": {"type": error_type, "message": message}})
