"""`BetaAbstractMemoryTool` / `BetaAsyncAbstractMemoryTool`: every command reaches its method."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

import anyio
import pytest
from anthropic.lib.tools import BetaAbstractMemoryTool, BetaAsyncAbstractMemoryTool, BetaBuiltinFunctionTool
from anthropic.types.beta import (
    BetaMemoryTool20250818CreateCommand,
    BetaMemoryTool20250818DeleteCommand,
    BetaMemoryTool20250818InsertCommand,
    BetaMemoryTool20250818RenameCommand,
    BetaMemoryTool20250818StrReplaceCommand,
    BetaMemoryTool20250818ViewCommand,
)
from servers.model_turns import MODEL, text, tool_results, tool_use, turn

PATH = "/v1/messages"

COMMANDS: List[Dict[str, Any]] = [
    {"command": "create", "path": "/memories/notes.md", "file_text": "likes tea\n"},
    {"command": "view", "path": "/memories/notes.md", "view_range": [1, 1]},
    {"command": "str_replace", "path": "/memories/notes.md", "old_str": "tea", "new_str": "coffee"},
    {"command": "insert", "path": "/memories/notes.md", "insert_line": 1, "insert_text": "lives in Lyon\n"},
    {"command": "rename", "old_path": "/memories/notes.md", "new_path": "/memories/user.md"},
    {"command": "delete", "path": "/memories/user.md"},
]
EXPECTED_TYPES = [
    BetaMemoryTool20250818CreateCommand,
    BetaMemoryTool20250818ViewCommand,
    BetaMemoryTool20250818StrReplaceCommand,
    BetaMemoryTool20250818InsertCommand,
    BetaMemoryTool20250818RenameCommand,
    BetaMemoryTool20250818DeleteCommand,
]


class DictMemory(BetaAbstractMemoryTool):
    """Files in a dict; records which method got which command."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.files: Dict[str, str] = {}
        self.seen: List[Tuple[str, Any]] = []

    def view(self, command: BetaMemoryTool20250818ViewCommand) -> str:
        self.seen.append(("view", command))
        return self.files[command.path]

    def create(self, command: BetaMemoryTool20250818CreateCommand) -> str:
        self.seen.append(("create", command))
        self.files[command.path] = command.file_text
        return f"created {command.path}"

    def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> str:
        self.seen.append(("str_replace", command))
        self.files[command.path] = self.files[command.path].replace(command.old_str, command.new_str, 1)
        return "replaced"

    def insert(self, command: BetaMemoryTool20250818InsertCommand) -> str:
        self.seen.append(("insert", command))
        lines = self.files[command.path].splitlines(keepends=True)
        lines.insert(command.insert_line, command.insert_text)
        self.files[command.path] = "".join(lines)
        return "inserted"

    def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> str:
        self.seen.append(("delete", command))
        del self.files[command.path]
        return "deleted"

    def rename(self, command: BetaMemoryTool20250818RenameCommand) -> str:
        self.seen.append(("rename", command))
        self.files[command.new_path] = self.files.pop(command.old_path)
        return "renamed"


class AsyncDictMemory(BetaAsyncAbstractMemoryTool):
    def __init__(self) -> None:
        super().__init__()
        self.sync = DictMemory()

    async def view(self, command: BetaMemoryTool20250818ViewCommand) -> str:
        return self.sync.view(command)

    async def create(self, command: BetaMemoryTool20250818CreateCommand) -> str:
        return self.sync.create(command)

    async def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> str:
        return self.sync.str_replace(command)

    async def insert(self, command: BetaMemoryTool20250818InsertCommand) -> str:
        return self.sync.insert(command)

    async def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> str:
        return self.sync.delete(command)

    async def rename(self, command: BetaMemoryTool20250818RenameCommand) -> str:
        return self.sync.rename(command)


def test_definition_and_name():
    memory = DictMemory()
    assert isinstance(memory, BetaBuiltinFunctionTool)
    assert memory.to_dict() == {"type": "memory_20250818", "name": "memory"}
    assert memory.name == "memory"
    cached = DictMemory(cache_control={"type": "ephemeral"})
    assert cached.to_dict() == {"type": "memory_20250818", "name": "memory", "cache_control": {"type": "ephemeral"}}


def test_each_command_is_dispatched_to_its_method_as_a_typed_model():
    memory = DictMemory()
    results = [memory.call(dict(command)) for command in COMMANDS]
    assert results == ["created /memories/notes.md", "likes tea\n", "replaced", "inserted", "renamed", "deleted"]
    assert [name for name, _ in memory.seen] == [c["command"] for c in COMMANDS]
    assert [type(command) for _, command in memory.seen] == EXPECTED_TYPES
    assert memory.seen[1][1].view_range == [1, 1]
    assert memory.files == {}


def test_bad_commands_are_named():
    memory = DictMemory()
    with pytest.raises(ValueError, match=r"Unknown memory tool command 'chmod'; expected one of view, create"):
        memory.call({"command": "chmod", "path": "/memories"})
    with pytest.raises(ValueError, match=r"Invalid input for memory command 'create': file_text: Field required"):
        memory.call({"command": "create", "path": "/memories/x"})
    with pytest.raises(TypeError, match="Memory tool input must be a JSON object, got str"):
        memory.call("view /")
    with pytest.raises(NotImplementedError, match="DictMemory does not implement clear_all_memory"):
        memory.clear_all_memory()


def test_abstract_methods_must_be_implemented():
    class Partial(BetaAbstractMemoryTool):
        def view(self, command: Any) -> str:
            return ""

    with pytest.raises(TypeError, match="abstract"):
        Partial()  # type: ignore[abstract]


def test_runner_sends_every_command_result_in_order(scripted_server, client):
    memory = DictMemory()
    calls = [tool_use("memory", command, id=f"m{i}") for i, command in enumerate(COMMANDS)]
    scripted_server.add("POST", PATH, [turn(*calls), turn(text("Remembered."))])
    client.beta.messages.tool_runner(
        max_tokens=100, model=MODEL, messages=[{"role": "user", "content": "I like coffee."}], tools=[memory]
    ).until_done()

    assert scripted_server.requests[0].json["tools"] == [{"type": "memory_20250818", "name": "memory"}]
    results = tool_results(scripted_server.requests[1])
    assert [r["tool_use_id"] for r in results] == [f"m{i}" for i in range(6)]
    assert [r["content"] for r in results] == [
        "created /memories/notes.md",
        "likes tea\n",
        "replaced",
        "inserted",
        "renamed",
        "deleted",
    ]


def test_runner_reports_a_bad_command_to_the_model(scripted_server, client):
    scripted_server.add(
        "POST", PATH, [turn(tool_use("memory", {"command": "view"}, id="m1")), turn(text("Let me retry."))]
    )
    client.beta.messages.tool_runner(
        max_tokens=100, model=MODEL, messages=[{"role": "user", "content": "hi"}], tools=[DictMemory()]
    ).until_done()
    assert tool_results(scripted_server.requests[1]) == [
        {
            "type": "tool_result",
            "tool_use_id": "m1",
            "content": "ValueError: Invalid input for memory command 'view': path: Field required",
            "is_error": True,
        }
    ]


def test_async_memory_tool_dispatches_every_command():
    memory = AsyncDictMemory()

    async def main() -> List[Any]:
        return [await memory.call(dict(command)) for command in COMMANDS]

    assert anyio.run(main) == [
        "created /memories/notes.md",
        "likes tea\n",
        "replaced",
        "inserted",
        "renamed",
        "deleted",
    ]
    assert [type(command) for _, command in memory.sync.seen] == EXPECTED_TYPES
    assert memory.to_dict() == {"type": "memory_20250818", "name": "memory"}


@pytest.mark.anyio
async def test_async_runner_runs_the_async_memory_tool(scripted_server, async_client):
    memory = AsyncDictMemory()
    scripted_server.add(
        "POST",
        PATH,
        [turn(tool_use("memory", COMMANDS[0], id="m0"), tool_use("memory", COMMANDS[1], id="m1")), turn(text("Ok."))],
    )
    async with async_client:
        await async_client.beta.messages.tool_runner(
            max_tokens=100, model=MODEL, messages=[{"role": "user", "content": "hi"}], tools=[memory]
        ).until_done()
    assert [r["content"] for r in tool_results(scripted_server.requests[1])] == [
        "created /memories/notes.md",
        "likes tea\n",
    ]
