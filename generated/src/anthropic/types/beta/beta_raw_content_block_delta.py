# Generated from #/components/schemas/BetaContentBlockDeltaEvent/properties/delta; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from pydantic import Discriminator
from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from .beta_text_delta import BetaTextDelta
from .beta_thinking_delta import BetaThinkingDelta
from .beta_citations_delta import BetaCitationsDelta
from .beta_signature_delta import BetaSignatureDelta
from .beta_input_json_delta import BetaInputJSONDelta
from .beta_compaction_content_block_delta import BetaCompactionContentBlockDelta

__all__ = [
    "BetaRawContentBlockDelta",
]


BetaRawContentBlockDelta: TypeAlias = Annotated[
    Union[
        BetaTextDelta,
        BetaInputJSONDelta,
        BetaCitationsDelta,
        BetaThinkingDelta,
        BetaSignatureDelta,
        BetaCompactionContentBlockDelta,
    ],
    PropertyInfo(discriminator="type"),
    Discriminator("type"),
]
