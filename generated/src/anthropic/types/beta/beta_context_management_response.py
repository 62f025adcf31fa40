# Generated from #/components/schemas/BetaResponseContextManagement; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List, Union

from pydantic import Discriminator
from typing_extensions import Annotated

from ..._utils import PropertyInfo
from ..._models import BaseModel
from .beta_clear_thinking_20251015_edit_response import BetaClearThinking20251015EditResponse
from .beta_clear_tool_uses_20250919_edit_response import BetaClearToolUses20250919EditResponse

__all__ = [
    "BetaContextManagementResponse",
]


class BetaContextManagementResponse(BaseModel):
    """Context edits that were applied to the request. Part of the beta API."""

    applied_edits: List[
        Annotated[
            Union[BetaClearToolUses20250919EditResponse, BetaClearThinking20251015EditResponse],
            PropertyInfo(discriminator="type"),
            Discriminator("type"),
        ]
    ]
