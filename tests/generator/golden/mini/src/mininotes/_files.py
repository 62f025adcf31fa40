"""Normalise user-supplied upload values into what httpx's multipart encoder accepts."""

from __future__ import annotations

import io
import os
import pathlib
from typing import Any, Tuple, Mapping, Optional, Sequence, overload

from typing_extensions import TypeGuard

from ._types import (
    FileTypes,
    FileContent,
    RequestFiles,
    HttpxFileTypes,
    Base64FileInput,
    HttpxFileContent,
    HttpxRequestFiles,
)

__all__ = [
    "is_file_content",
    "is_base64_file_input",
    "assert_is_file_content",
    "to_httpx_files",
    "async_to_httpx_files",
    "read_file_content",
    "async_read_file_content",
]


def is_base64_file_input(obj: object) -> TypeGuard[Base64FileInput]:
    return isinstance(obj, (io.IOBase, os.PathLike))


def is_file_content(obj: object) -> TypeGuard[FileContent]:
    return isinstance(obj, (bytes, bytearray, tuple, io.IOBase, os.PathLike)) or _is_file_like(obj)


def _is_file_like(obj: object) -> bool:
    # SpooledTemporaryFile, Django UploadedFile, ... don't subclass IOBase
    return callable(getattr(obj, "read", None))


def _bad_file(obj: object, key: Optional[str]) -> TypeError:
    where = f" for `{key}`" if key else ""
    return TypeError(
        f"Expected file content{where} to be bytes, a file object, an os.PathLike path or a "
        f"(filename, content[, content_type[, headers]]) tuple, but received an instance of {type(obj).__name__}"
    )


def assert_is_file_content(obj: object, *, key: Optional[str] = None) -> None:
    if not is_file_content(obj):
        raise _bad_file(obj, key)


def _items(files: RequestFiles) -> Sequence[Tuple[str, FileTypes]]:
    if isinstance(files, Mapping):
        return list(files.items())
    if isinstance(files, (list, tuple)):
        return list(files)
    raise TypeError(
        f"Expected files to be a mapping or a sequence of (name, file) pairs, but received {type(files).__name__}"
    )


@overload
def to_httpx_files(files: None) -> None: ...
@overload
def to_httpx_files(files: RequestFiles) -> HttpxRequestFiles: ...
def to_httpx_files(files: Optional[RequestFiles]) -> Optional[HttpxRequestFiles]:
    if files is None:
        return None
    return [(key, _transform(file, key)) for key, file in _items(files)]


def _transform(file: FileTypes, key: Optional[str] = None) -> HttpxFileTypes:
    if isinstance(file, tuple):
        if not 2 <= len(file) <= 4:
            raise TypeError(f"Expected a file tuple of 2 to 4 items for `{key}`, but received {len(file)} items")
        return _with_content(file, read_file_content(file[1], key=key))
    if isinstance(file, os.PathLike):
        path = pathlib.Path(file)
        return (path.name, path.read_bytes())
    return read_file_content(file, key=key)


def _with_content(file: Tuple[Any, ...], content: HttpxFileContent) -> HttpxFileTypes:
    """A 2- to 4-item file tuple with its content replaced by what httpx can send."""
    if len(file) == 2:
        return (file[0], content)
    if len(file) == 3:
        return (file[0], content, file[2])
    return (file[0], content, file[2], file[3])


def read_file_content(file: FileContent, *, key: Optional[str] = None) -> HttpxFileContent:
    if isinstance(file, os.PathLike):
        return pathlib.Path(file).read_bytes()
    if isinstance(file, bytearray):
        return bytes(file)
    if isinstance(file, (bytes, io.IOBase)) or _is_file_like(file):
        return file
    raise _bad_file(file, key)


@overload
async def async_to_httpx_files(files: None) -> None: ...
@overload
async def async_to_httpx_files(files: RequestFiles) -> HttpxRequestFiles: ...
async def async_to_httpx_files(files: Optional[RequestFiles]) -> Optional[HttpxRequestFiles]:
    if files is None:
        return None
    return [(key, await _async_transform(file, key)) for key, file in _items(files)]


async def _async_transform(file: FileTypes, key: Optional[str] = None) -> HttpxFileTypes:
    if isinstance(file, tuple):
        if not 2 <= len(file) <= 4:
            raise TypeError(f"Expected a file tuple of 2 to 4 items for `{key}`, but received {len(file)} items")
        return _with_content(file, await async_read_file_content(file[1], key=key))
    if isinstance(file, os.PathLike):
        import anyio  # anyio (and asyncio under it) loads only when async code runs

        path = anyio.Path(file)
        return (path.name, await path.read_bytes())
    return await async_read_file_content(file, key=key)


async def async_read_file_content(file: FileContent, *, key: Optional[str] = None) -> HttpxFileContent:
    if isinstance(file, os.PathLike):
        # reading in a worker thread keeps large uploads from blocking the event loop
        import anyio  # anyio (and asyncio under it) loads only when async code runs

        return await anyio.Path(file).read_bytes()
    return read_file_content(file, key=key)
