"""Base classes for a client-side memory tool (`memory_20250818`): subclass and store memories your way.

The model sends one command per call (view, create, str_replace, insert, delete, rename). `call`
validates the input into the matching generated command model and `execute` hands it to the method
of the same name, whose return value becomes the tool result:

    class FileMemory(BetaAbstractMemoryTool):
        def view(self, command): ...
        def create(self, command): ...
        def str_replace(self, command): ...
        def insert(self, command): ...
        def delete(self, command): ...
        def rename(self, command): ...

    client.beta.messages.tool_runner(model=..., max_tokens=..., messages=..., tools=[FileMemory()])
"""

from __future__ import annotations

from abc import abstractmethod
from typing import TYPE_CHECKING, Any, Dict, Optional, cast

import pydantic

from ._beta_functions import BetaBuiltinFunctionTool, BetaFunctionToolResultType, BetaAsyncBuiltinFunctionTool
from ..._utils._common import lru_cache

if TYPE_CHECKING:
    from ...types.beta import (
        BetaMemoryTool20250818Param,
        BetaMemoryTool20250818Command,
        BetaCacheControlEphemeralParam,
        BetaMemoryTool20250818ViewCommand,
        BetaMemoryTool20250818CreateCommand,
        BetaMemoryTool20250818DeleteCommand,
        BetaMemoryTool20250818InsertCommand,
        BetaMemoryTool20250818RenameCommand,
        BetaMemoryTool20250818StrReplaceCommand,
    )

__all__ = ["BetaAbstractMemoryTool", "BetaAsyncAbstractMemoryTool"]

_COMMANDS = ("view", "create", "str_replace", "insert", "delete", "rename")


@lru_cache(maxsize=None)
def _command_adapter() -> "pydantic.TypeAdapter[Any]":
    from ...types.beta import BetaMemoryTool20250818Command

    # `Any`: the command type is an annotated union, which TypeAdapter takes but does not declare.
    return pydantic.TypeAdapter(cast(Any, BetaMemoryTool20250818Command))


def _parse_command(input: object) -> "BetaMemoryTool20250818Command":
    if not isinstance(input, dict):
        raise TypeError(f"Memory tool input must be a JSON object, got {type(input).__name__}")
    command = cast("Dict[str, object]", input).get("command")
    if command not in _COMMANDS:
        raise ValueError(f"Unknown memory tool command {command!r}; expected one of {', '.join(_COMMANDS)}")
    try:
        return cast("BetaMemoryTool20250818Command", _command_adapter().validate_python(input))
    except pydantic.ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error.get('loc', ())[1:]) or 'input'}: {error.get('msg')}"
            for error in exc.errors()
        )
        raise ValueError(f"Invalid input for memory command {command!r}: {problems}") from exc


def _definition(cache_control: Optional["BetaCacheControlEphemeralParam"]) -> "BetaMemoryTool20250818Param":
    definition: "BetaMemoryTool20250818Param" = {"type": "memory_20250818", "name": "memory"}
    if cache_control is not None:
        definition["cache_control"] = cache_control
    return definition


class BetaAbstractMemoryTool(BetaBuiltinFunctionTool):
    """A memory tool backed by storage you choose: implement the six command methods."""

    def __init__(self, *, cache_control: Optional["BetaCacheControlEphemeralParam"] = None) -> None:
        super().__init__()
        self._cache_control = cache_control

    def to_dict(self) -> "BetaMemoryTool20250818Param":
        return _definition(self._cache_control)

    def call(self, input: object) -> BetaFunctionToolResultType:
        return self.execute(_parse_command(input))

    def execute(self, command: "BetaMemoryTool20250818Command") -> BetaFunctionToolResultType:
        """Run ``command`` with the method named after it (rarely worth overriding)."""
        kind = command.command
        if kind not in _COMMANDS:
            raise NotImplementedError(f"Unknown memory tool command {kind!r}")
        result: BetaFunctionToolResultType = getattr(self, kind)(command)
        return result

    @abstractmethod
    def view(self, command: "BetaMemoryTool20250818ViewCommand") -> BetaFunctionToolResultType:
        """Show a directory listing or a file's contents (optionally a line range)."""

    @abstractmethod
    def create(self, command: "BetaMemoryTool20250818CreateCommand") -> BetaFunctionToolResultType:
        """Create (or overwrite) a file with the given text."""

    @abstractmethod
    def str_replace(self, command: "BetaMemoryTool20250818StrReplaceCommand") -> BetaFunctionToolResultType:
        """Replace one occurrence of a string in a file."""

    @abstractmethod
    def insert(self, command: "BetaMemoryTool20250818InsertCommand") -> BetaFunctionToolResultType:
        """Insert text after the given line of a file."""

    @abstractmethod
    def delete(self, command: "BetaMemoryTool20250818DeleteCommand") -> BetaFunctionToolResultType:
        """Delete a file or directory."""

    @abstractmethod
    def rename(self, command: "BetaMemoryTool20250818RenameCommand") -> BetaFunctionToolResultType:
        """Move or rename a file or directory."""

    def clear_all_memory(self) -> BetaFunctionToolResultType:
        """Remove everything stored; optional, and never called by the runner."""
        raise NotImplementedError(f"{type(self).__name__} does not implement clear_all_memory()")


class BetaAsyncAbstractMemoryTool(BetaAsyncBuiltinFunctionTool):
    """`BetaAbstractMemoryTool` with ``async`` command methods, for the async tool runner."""

    def __init__(self, *, cache_control: Optional["BetaCacheControlEphemeralParam"] = None) -> None:
        super().__init__()
        self._cache_control = cache_control

    def to_dict(self) -> "BetaMemoryTool20250818Param":
        return _definition(self._cache_control)

    async def call(self, input: object) -> BetaFunctionToolResultType:
        return await self.execute(_parse_command(input))

    async def execute(self, command: "BetaMemoryTool20250818Command") -> BetaFunctionToolResultType:
        """Await the method named after ``command`` (rarely worth overriding)."""
        kind = command.command
        if kind not in _COMMANDS:
            raise NotImplementedError(f"Unknown memory tool command {kind!r}")
        result: BetaFunctionToolResultType = await getattr(self, kind)(command)
        return result

    @abstractmethod
    async def view(self, command: "BetaMemoryTool20250818ViewCommand") -> BetaFunctionToolResultType:
        """Show a directory listing or a file's contents (optionally a line range)."""

    @abstractmethod
    async def create(self, command: "BetaMemoryTool20250818CreateCommand") -> BetaFunctionToolResultType:
        """Create (or overwrite) a file with the given text."""

    @abstractmethod
    async def str_replace(self, command: "BetaMemoryTool20250818StrReplaceCommand") -> BetaFunctionToolResultType:
        """Replace one occurrence of a string in a file."""

    @abstractmethod
    async def insert(self, command: "BetaMemoryTool20250818InsertCommand") -> BetaFunctionToolResultType:
        """Insert text after the given line of a file."""

    @abstractmethod
    async def delete(self, command: "BetaMemoryTool20250818DeleteCommand") -> BetaFunctionToolResultType:
        """Delete a file or directory."""

    @abstractmethod
    async def rename(self, command: "BetaMemoryTool20250818RenameCommand") -> BetaFunctionToolResultType:
        """Move or rename a file or directory."""

    async def clear_all_memory(self) -> BetaFunctionToolResultType:
        """Remove everything stored; optional, and never called by the runner."""
        raise NotImplementedError(f"{type(self).__name__} does not implement clear_all_memory()")
