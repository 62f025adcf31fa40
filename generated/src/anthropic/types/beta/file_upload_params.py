# Generated from #/paths/~1v1~1files?beta=true/post/x-params; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Required, TypedDict

from ..._types import FileTypes
from ..anthropic_beta_param import AnthropicBetaParam

__all__ = [
    "FileUploadParams",
]


class FileUploadParams(TypedDict, total=False):
    betas: Iterable[AnthropicBetaParam]
    """Beta features to enable for this request. Several values may be given; they are sent as one comma-separated header."""

    file: Required[FileTypes]
    """The file to store."""
