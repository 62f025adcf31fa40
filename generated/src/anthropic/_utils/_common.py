"""General-purpose helpers used by generated resources and the runtime."""

from __future__ import annotations

import os
import re
import inspect
import functools
from typing import (
    Any,
    Dict,
    List,
    Tuple,
    Union,
    Mapping,
    TypeVar,
    Callable,
    Iterable,
    Optional,
    Sequence,
    cast,
)
from pathlib import Path
from urllib.parse import quote

import sniffio
from typing_extensions import TypeGuard

from .._types import Omit, NotGiven, FileTypes, HeadersLike

_T = TypeVar("_T")
CallableT = TypeVar("CallableT", bound=Callable[..., Any])


def is_given(obj: Union[_T, NotGiven, Omit]) -> TypeGuard[_T]:
    """False for both `NOT_GIVEN` and `omit`; both mean "leave it out"."""
    return not isinstance(obj, (NotGiven, Omit))


def strip_not_given(obj: object) -> Any:
    """Drop `NOT_GIVEN`/`omit` values from a mapping (other values pass through unchanged)."""
    if obj is None:
        return None
    if not is_mapping(obj):
        return obj
    return {key: value for key, value in obj.items() if is_given(value)}


def is_dict(obj: object) -> TypeGuard[Dict[object, object]]:
    return isinstance(obj, dict)


def is_mapping(obj: object) -> TypeGuard[Mapping[str, object]]:
    return isinstance(obj, Mapping)


def is_mapping_t(obj: object) -> bool:
    return isinstance(obj, Mapping)


def is_list(obj: object) -> TypeGuard[List[object]]:
    return isinstance(obj, list)


def is_tuple(obj: object) -> TypeGuard[Tuple[object, ...]]:
    return isinstance(obj, tuple)


def is_tuple_t(obj: object) -> bool:
    return isinstance(obj, tuple)


def is_sequence(obj: object) -> TypeGuard[Sequence[object]]:
    return isinstance(obj, Sequence)


def is_sequence_t(obj: object) -> bool:
    return isinstance(obj, Sequence)


def is_iterable(obj: object) -> TypeGuard[Iterable[object]]:
    return isinstance(obj, Iterable)


def flatten(items: Iterable[Iterable[_T]]) -> List[_T]:
    return [item for sub in items for item in sub]


def lru_cache(*, maxsize: Optional[int] = 128) -> Callable[[CallableT], CallableT]:
    """`functools.lru_cache` that keeps the wrapped function's signature for type checkers."""
    return cast(Callable[[CallableT], CallableT], functools.lru_cache(maxsize=maxsize))


def path_param(name: str, value: object) -> str:
    """Render one URL path segment.

    Empty values would silently hit a different endpoint (`/v1/models/` lists
    instead of retrieving), and an unescaped `/`, `?` or a `..` segment would
    let the value change the path, so all are guarded here.
    """
    if value is None or (isinstance(value, str) and not value) or isinstance(value, (NotGiven, Omit)):
        raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
    segment = quote(str(value), safe="")
    if segment in (".", ".."):
        # URL normalisation (httpx's included) would resolve these against the path: `..` must
        # stay an id, not climb to the parent endpoint.
        segment = segment.replace(".", "%2E")
    return segment


def file_from_path(path: str) -> FileTypes:
    """Read a file into the `(filename, bytes)` form accepted by upload methods."""
    contents = Path(path).read_bytes()
    return (os.path.basename(path), contents)


def removeprefix(string: str, prefix: str) -> str:
    return string[len(prefix) :] if string.startswith(prefix) else string


def removesuffix(string: str, suffix: str) -> str:
    return string[: -len(suffix)] if suffix and string.endswith(suffix) else string


def coerce_integer(val: str) -> int:
    return int(val, base=10)


def coerce_float(val: str) -> float:
    return float(val)


def coerce_boolean(val: str) -> bool:
    return val in ("true", "1", "on")


def maybe_coerce_integer(val: Optional[str]) -> Optional[int]:
    return None if val is None else coerce_integer(val)


def maybe_coerce_float(val: Optional[str]) -> Optional[float]:
    return None if val is None else coerce_float(val)


def maybe_coerce_boolean(val: Optional[str]) -> Optional[bool]:
    return None if val is None else coerce_boolean(val)


def get_required_header(headers: HeadersLike, header: str) -> str:
    """Case-insensitive header lookup that raises when the header is missing."""
    lower = header.lower()
    if is_mapping(headers):
        for key, value in headers.items():
            if key.lower() == lower and isinstance(value, str):
                return value
    else:
        value = headers.get(header)
        if isinstance(value, str):
            return value
    raise ValueError(f"Could not find {header} header")


def deepcopy_minimal(item: _T) -> _T:
    """Copy only dicts and lists, so request params can be mutated without touching the caller's objects."""
    if is_mapping(item):
        return cast(_T, {key: deepcopy_minimal(value) for key, value in item.items()})
    if is_list(item):
        return cast(_T, [deepcopy_minimal(entry) for entry in item])
    return item


def extract_files(query: Mapping[str, object], *, paths: Sequence[Sequence[str]]) -> List[Tuple[str, FileTypes]]:
    """Pop file values out of (a copy of) the params so they can be sent as multipart parts.

    Each path is a list of keys; `"<array>"` means "every element of this list".
    Removed entries are returned as `(form_field_name, file)` pairs.
    """
    files: List[Tuple[str, FileTypes]] = []
    for path in paths:
        files.extend(_extract_path(query, list(path), prefix=""))
    return files


def _extract_path(obj: object, path: List[str], *, prefix: str) -> List[Tuple[str, FileTypes]]:
    if not path:
        return [(prefix, cast(FileTypes, obj))] if obj is not None and is_given(obj) else []
    key, rest = path[0], path[1:]
    if key == "<array>":
        if not is_list(obj):
            return []
        found: List[Tuple[str, FileTypes]] = []
        for entry in obj:
            found.extend(_extract_path(entry, rest, prefix=prefix + "[]"))
        return found
    if not is_dict(obj):
        return []
    if not rest:
        value = obj.pop(key, None)
    else:
        value = obj.get(key)
    name = key if not prefix else f"{prefix}[{key}]"
    return _extract_path(value, rest, prefix=name)


def required_args(*variants: Sequence[str]) -> Callable[[CallableT], CallableT]:
    """Check at call time that one of the given argument groups was fully supplied.

    Used by overloaded generated methods (e.g. `stream=True` vs not) whose
    implementation signature makes everything optional.
    """

    def decorator(func: CallableT) -> CallableT:
        params = inspect.signature(func).parameters
        positional = [
            name
            for name, param in params.items()
            if param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD) and name != "self"
        ]

        @functools.wraps(func)
        def wrapper(*args: object, **kwargs: object) -> object:
            supplied = set(kwargs)
            offset = 1 if positional and args and next(iter(params)) == "self" else 0
            for i, _ in enumerate(args[offset:]):
                if i >= len(positional):
                    raise TypeError(f"{func.__name__}() takes {len(positional)} argument(s) but {len(args)} were given")
                supplied.add(positional[i])
            if any(all(name in supplied for name in variant) for variant in variants):
                return func(*args, **kwargs)
            if len(variants) > 1:
                listing = " or ".join("(" + ", ".join(f"'{n}'" for n in variant) + ")" for variant in variants)
                raise TypeError(f"Missing required arguments; Expected either {listing} arguments to be given")
            missing = [name for name in variants[0] if name not in supplied] if variants else []
            names = ", ".join(f"'{n}'" for n in missing)
            raise TypeError(f"Missing required argument{'s' if len(missing) > 1 else ''}: {names}")

        return cast(CallableT, wrapper)

    return decorator


def json_safe(data: object) -> object:
    """Turn dates and nested containers into something `json.dumps` accepts."""
    import datetime

    if is_mapping(data):
        return {json_safe(k): json_safe(v) for k, v in data.items()}
    if isinstance(data, (list, tuple, set, frozenset)):
        return [json_safe(v) for v in cast("Iterable[object]", data)]
    if isinstance(data, (datetime.datetime, datetime.date)):
        return data.isoformat()
    return data


def get_async_library() -> str:
    try:
        return sniffio.current_async_library()
    except Exception:
        return "false"


async def asyncify_call(func: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    import anyio.to_thread

    return await anyio.to_thread.run_sync(functools.partial(func, *args, **kwargs))


def asyncify(func: Callable[..., _T]) -> Callable[..., Any]:
    """Run a blocking function in a worker thread when awaited."""

    @functools.wraps(func)
    async def wrapper(*args: Any, **kwargs: Any) -> _T:
        return await asyncify_call(func, *args, **kwargs)

    return wrapper


_HEADER_NAME = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")


def is_valid_header_name(name: str) -> bool:
    return bool(_HEADER_NAME.match(name))
