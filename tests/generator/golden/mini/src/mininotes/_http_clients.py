"""httpx client classes with this package's defaults, and the shared SSL context."""

from __future__ import annotations

import sys
import socket
import threading
from typing import TYPE_CHECKING, Any, Dict, List, Tuple, Union, Optional

import httpx

from ._constants import DEFAULT_TIMEOUT, DEFAULT_CONNECTION_LIMITS

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "SyncHttpxClientWrapper",
    "AsyncHttpxClientWrapper",
    "default_ssl_context",
]

_ssl_lock = threading.Lock()
_ssl_context: Optional[Any] = None


def default_ssl_context() -> Any:
    """One verifying SSL context per process.

    Loading the CA bundle takes tens of milliseconds; httpx does it for every
    transport it builds, so we build it once (honouring SSL_CERT_FILE/SSL_CERT_DIR
    like httpx does) and hand the same context to every client we create.
    """
    global _ssl_context
    if _ssl_context is None:
        with _ssl_lock:
            if _ssl_context is None:
                _ssl_context = httpx.create_ssl_context(trust_env=True)
    return _ssl_context


def _keepalive_options() -> List[Tuple[int, int, Union[int, bool]]]:
    # TCP keepalive stops idle long-running requests from being dropped by NATs/LBs.
    options: List[Tuple[int, int, Union[int, bool]]] = [(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)]
    interval = getattr(socket, "TCP_KEEPINTVL", None)
    if interval is not None:
        options.append((socket.IPPROTO_TCP, interval, 60))
    elif sys.platform == "darwin":
        options.append((socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPALIVE", 0x10), 60))
    count = getattr(socket, "TCP_KEEPCNT", None)
    if count is not None:
        options.append((socket.IPPROTO_TCP, count, 5))
    idle = getattr(socket, "TCP_KEEPIDLE", None)
    if idle is not None:
        options.append((socket.IPPROTO_TCP, idle, 60))
    return options


def _apply_defaults(kwargs: Dict[str, Any], transport_cls: Any) -> Dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    if "verify" not in kwargs and "cert" not in kwargs:
        kwargs["verify"] = default_ssl_context()
    if "transport" not in kwargs:
        transport_kwargs: Dict[str, Any] = {
            k: kwargs[k] for k in ("verify", "cert", "trust_env", "http1", "http2", "limits") if k in kwargs
        }
        transport_kwargs["socket_options"] = _keepalive_options()
        mounts: Dict[str, Any] = {}
        if kwargs.get("trust_env", True):
            # we set `transport`, which stops httpx from wiring env proxies itself
            from httpx._utils import get_environment_proxies

            proxies = get_environment_proxies()
            for pattern, url in proxies.items():
                mounts[pattern] = None if url is None else transport_cls(proxy=httpx.Proxy(url=url), **transport_kwargs)
        mounts.update(kwargs.get("mounts") or {})
        kwargs["mounts"] = mounts
        kwargs["transport"] = transport_cls(**transport_kwargs)
    return kwargs


class DefaultHttpxClient(httpx.Client):
    """`httpx.Client` with this SDK's defaults (timeouts, pool limits, redirects, keepalive, shared SSL)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_apply_defaults(kwargs, httpx.HTTPTransport))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """`httpx.AsyncClient` with this SDK's defaults."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_apply_defaults(kwargs, httpx.AsyncHTTPTransport))


class DefaultAioHttpClient(httpx.AsyncClient):
    """An async client using aiohttp as transport (needs the `aiohttp` extra)."""

    def __init__(self, **kwargs: Any) -> None:
        # imported here, not at module level: aiohttp alone costs more to import than this whole package
        try:
            import httpx_aiohttp
        except ImportError:
            raise RuntimeError(
                "To use the aiohttp client you must have installed the package with the `aiohttp` extra: "
                "pip install 'anthropic[aiohttp]'"
            ) from None
        # `Any`: its transport hooks are called with this client as `self`, which is not its class.
        self._aiohttp_client_cls: Any = httpx_aiohttp.HttpxAiohttpClient
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
        kwargs.setdefault("follow_redirects", True)
        if "verify" not in kwargs and "cert" not in kwargs:
            kwargs["verify"] = default_ssl_context()
        super().__init__(**kwargs)

    # httpx builds its transports (the main one and one per environment proxy) through these two
    # hooks while __init__ runs; httpx-aiohttp's client class provides aiohttp ones that honour
    # verify/limits/proxy. Borrowed rather than inherited so aiohttp loads only when used.
    def _init_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
        transport: httpx.AsyncBaseTransport = self._aiohttp_client_cls._init_transport(self, *args, **kwargs)
        return transport

    def _init_proxy_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
        transport: httpx.AsyncBaseTransport = self._aiohttp_client_cls._init_proxy_transport(self, *args, **kwargs)
        return transport


class SyncHttpxClientWrapper(DefaultHttpxClient):
    """The client we create when the user didn't pass one: closed when garbage-collected.

    The finaliser lives on the httpx client (not the API client) so copies made
    with `with_options()` that share it keep it alive; user-supplied clients never
    get this class, so they are never closed behind the user's back.
    """

    def __del__(self) -> None:
        if getattr(self, "_state", None) is None or self.is_closed:
            return
        try:
            self.close()
        except Exception:
            pass


class AsyncHttpxClientWrapper(DefaultAsyncHttpxClient):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # Connections belong to the loop they were opened on; closing them from another loop fails,
        # so the finaliser only schedules a close on the loop that was running at construction.
        import asyncio  # here, not at module level: sync-only programs never load it

        try:
            self._home_loop: Optional[asyncio.AbstractEventLoop] = asyncio.get_running_loop()
        except RuntimeError:
            self._home_loop = None

    def __del__(self) -> None:
        if getattr(self, "_state", None) is None or self.is_closed:
            return
        home: Optional[asyncio.AbstractEventLoop] = getattr(self, "_home_loop", None)
        # no import from a finaliser (it may run at shutdown): without asyncio loaded there is no loop
        running_asyncio = sys.modules.get("asyncio")
        if home is None or running_asyncio is None or home.is_closed():
            return
        try:
            running = running_asyncio.get_running_loop()
        except RuntimeError:
            return
        if running is home:
            home.create_task(self.aclose())
