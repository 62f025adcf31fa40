"""Client/platform description headers (`X-Stainless-*`), computed once per process."""

from __future__ import annotations

import sys
import platform
import functools
from typing import Dict


@functools.lru_cache(maxsize=None)
def _os_name() -> str:
    system = platform.system().lower()
    if sys.platform == "ios" or system == "ios":
        return "iOS"
    if system == "android":
        return "Android"
    if system == "darwin":
        return "MacOS"
    if system == "windows":
        return "Windows"
    if system == "freebsd":
        return "FreeBSD"
    if system == "openbsd":
        return "OpenBSD"
    if system == "linux":
        return "Linux"
    return f"Other:{system}" if system else "Unknown"


@functools.lru_cache(maxsize=None)
def _arch() -> str:
    machine = platform.machine().lower()
    if machine in ("arm64", "aarch64"):
        return "arm64"
    if machine == "arm":
        return "arm"
    if machine in ("x86_64", "amd64"):
        return "x64"
    if sys.maxsize <= 2**32:
        return "x32"
    return f"other:{machine}" if machine else "unknown"


@functools.lru_cache(maxsize=None)
def platform_headers(version: str) -> Dict[str, str]:
    return {
        "X-Stainless-Lang": "python",
        "X-Stainless-Package-Version": version,
        "X-Stainless-OS": _os_name(),
        "X-Stainless-Arch": _arch(),
        "X-Stainless-Runtime": platform.python_implementation(),
        "X-Stainless-Runtime-Version": platform.python_version(),
    }
