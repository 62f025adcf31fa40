# Generated from #/components/schemas/PlainTextSource; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param

if TYPE_CHECKING:
    from .plain_text_source_param import PlainTextSourceParam

__all__ = [
    "PlainTextSource",
]


class PlainTextSource(BaseModel):
    """Document content given as plain text."""

    data: str

    media_type: Literal["text/plain"]

    type: Literal["text"]

    def to_param(self) -> PlainTextSourceParam:
        """This object as the request type `PlainTextSourceParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "PlainTextSourceParam",
            model_to_param(
                self,
                ("data", "media_type", "type"),
                (),
            ),
        )
