# Generated from #/components/schemas/BetaResponseContextManagement; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Annotated

from ..._utils import PropertyInfo
from ..._models import BaseModel
from .beta_clear_thinking_20251015_edit import BetaClearThinking20251015Edit
from .beta_clear_tool_uses_20250919_edit import BetaClearToolUses20250919Edit

__all__ = [
    "BetaContextManagement",
]


class BetaContextManagement(BaseModel):
    """Context edits that were applied to the request. Part of the beta API."""

    applied_edits: List[
        Annotated[
            Union[BetaClearToolUses20250919Edit, BetaClearThinking20251015Edit], PropertyInfo(discriminator="type")
        ]
    ]
