# Generated from #/components/schemas/OutputConfig; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

from .effort_level_param import EffortLevelParam
from .json_output_format_param import JSONOutputFormatParam

__all__ = [
    "OutputConfigParam",
]


class OutputConfigParam(TypedDict, total=False):
    """Settings that shape the model's output."""

    effort: Optional[EffortLevelParam]

    format: Optional[JSONOutputFormatParam]
