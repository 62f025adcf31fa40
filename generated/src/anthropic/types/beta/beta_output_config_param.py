# Generated from #/components/schemas/BetaOutputConfig; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

from .beta_effort_level_param import BetaEffortLevelParam
from .beta_json_output_format_param import BetaJSONOutputFormatParam

__all__ = [
    "BetaOutputConfigParam",
]


class BetaOutputConfigParam(TypedDict, total=False):
    """Settings that shape the model's output. Part of the beta API."""

    effort: Optional[BetaEffortLevelParam]

    format: Optional[BetaJSONOutputFormatParam]
