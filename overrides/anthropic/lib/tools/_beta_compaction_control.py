"""`compaction_control` for the tool runner: summarise a long conversation and carry on from the summary."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["CompactionControl", "DEFAULT_THRESHOLD", "DEFAULT_SUMMARY_PROMPT"]

DEFAULT_THRESHOLD = 100_000
"""Tokens (input, cache reads and writes, and output of the latest turn) above which the runner compacts."""

DEFAULT_SUMMARY_PROMPT = """\
Stop working on the task for a moment. This conversation is about to be cleared, and the only thing \
kept will be a note you write now; whoever picks the task up next (most likely you) will see that \
note and nothing else. Write it so they can continue without redoing any work.

Cover, briefly and concretely:
- The goal: what the user asked for, what counts as done, and every constraint or preference they gave.
- Progress: what is finished, with the results that matter (values, names, file paths, identifiers).
- Findings: facts learned along the way, decisions taken and why, and attempts that failed and why.
- Open work: the next steps in order, plus any question or blocker still unresolved.
- Commitments: anything promised to the user that must still be honoured.

Prefer exact details over general statements, and leave out anything the next reader will not need.
Put the whole note inside <summary></summary> tags."""
"""The runner's own request for a continuation summary (used unless `summary_prompt` is given)."""


class CompactionControl(TypedDict, total=False):
    """Settings for `tool_runner(compaction_control=...)`.

    After a turn whose token count reaches `context_token_threshold`, the runner (before sending the
    next request) asks the model to summarise the conversation so far, then replaces the whole
    message history with one user message holding that summary.
    """

    enabled: Required[bool]
    """Turn compaction on or off."""

    context_token_threshold: int
    """Compact once the latest turn's input (including cached) plus output tokens reach this; default 100,000."""

    model: str
    """The model that writes the summary; defaults to the runner's model."""

    summary_prompt: str
    """The request for the summary, sent as the last user message; defaults to `DEFAULT_SUMMARY_PROMPT`."""
