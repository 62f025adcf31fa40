# Generated from #/components/schemas/ContentBlockDeltaEvent; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Annotated

from .._utils import PropertyInfo
from .._models import BaseModel
from .text_delta import TextDelta
from .thinking_delta import ThinkingDelta
from .citations_delta import CitationsDelta
from .signature_delta import SignatureDelta
from .input_json_delta import InputJSONDelta

__all__ = [
    "RawContentBlockDeltaEvent",
]


class RawContentBlockDeltaEvent(BaseModel):
    """Stream event `content_block_delta`."""

    delta: Annotated[
        Union[TextDelta, InputJSONDelta, CitationsDelta, ThinkingDelta, SignatureDelta],
        PropertyInfo(discriminator="type"),
    ]

    index: int

    type: Literal["content_block_delta"]
