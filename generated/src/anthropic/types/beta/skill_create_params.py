# Generated from #/paths/~1v1~1skills?beta=true/post/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import TypedDict

from ..._types import FileTypes
from ..anthropic_beta_param import AnthropicBetaParam

__all__ = [
    "SkillCreateParams",
]


class SkillCreateParams(TypedDict, total=False):
    betas: Iterable[AnthropicBetaParam]
    """Beta features to enable for this request. Several values may be given; they are sent as one comma-separated header."""

    display_title: Optional[str]
    """Human-readable name for the skill; it does not have to be unique."""

    files: Optional[Iterable[FileTypes]]
    """The skill files, all under one top-level directory that holds a SKILL.md file."""
