# Generated from #/paths/~1v1~1skills~1{skill_id}~1versions?beta=true/post/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import TypedDict

from ...._types import FileTypes
from ...anthropic_beta_param import AnthropicBetaParam

__all__ = [
    "VersionCreateParams",
]


class VersionCreateParams(TypedDict, total=False):
    betas: Iterable[AnthropicBetaParam]
    """Beta features to enable for this request. Several values may be given; they are sent as one comma-separated header."""

    files: Optional[Iterable[FileTypes]]
    """The files of the new version, all under one top-level directory that holds a SKILL.md file."""
