# Generated from #/components/schemas/BetaComputerUseTool_20251124; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_json_value_param import BetaJsonValueParam
from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = [
    "BetaToolComputerUse20251124Param",
]


class BetaToolComputerUse20251124Param(TypedDict, total=False):
    """Definition of the built-in `computer` tool, version `computer_20251124`. Part of the beta API."""

    allowed_callers: Iterable[Literal["direct", "code_execution_20250825", "code_execution_20260120"]]

    cache_control: Optional[BetaCacheControlEphemeralParam]

    defer_loading: bool

    display_height_px: Required[int]

    display_number: Optional[int]

    display_width_px: Required[int]

    enable_zoom: bool

    input_examples: Iterable[Dict[str, BetaJsonValueParam]]

    name: Required[Literal["computer"]]

    strict: bool

    type: Required[Literal["computer_20251124"]]
