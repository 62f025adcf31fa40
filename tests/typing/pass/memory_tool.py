"""A memory tool implemented by subclassing the abstract one."""

from __future__ import annotations

from typing import List

from anthropic import Anthropic
from anthropic.lib.tools import BetaAbstractMemoryTool
from anthropic.types.beta import (
    BetaMemoryTool20250818CreateCommand,
    BetaMemoryTool20250818DeleteCommand,
    BetaMemoryTool20250818InsertCommand,
    BetaMemoryTool20250818RenameCommand,
    BetaMemoryTool20250818StrReplaceCommand,
    BetaMemoryTool20250818ViewCommand,
)


class ListMemory(BetaAbstractMemoryTool):
    def __init__(self) -> None:
        super().__init__()
        self.notes: List[str] = []

    def view(self, command: BetaMemoryTool20250818ViewCommand) -> str:
        return "\n".join(self.notes)

    def create(self, command: BetaMemoryTool20250818CreateCommand) -> str:
        self.notes.append(command.file_text)
        return "created"

    def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> str:
        return "replaced"

    def insert(self, command: BetaMemoryTool20250818InsertCommand) -> str:
        return "inserted"

    def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> str:
        return "deleted"

    def rename(self, command: BetaMemoryTool20250818RenameCommand) -> str:
        return "renamed"


runner = Anthropic().beta.messages.tool_runner(
    max_tokens=1024,
    messages=[{"role": "user", "content": "Remember that I like tea."}],
    model="claude-opus-4-6",
    tools=[ListMemory()],
    betas=["context-management-2025-06-27"],
)
print(runner.until_done().content)
