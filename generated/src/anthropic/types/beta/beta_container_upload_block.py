# Generated from #/components/schemas/BetaResponseContainerUploadBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_container_upload_block_param import BetaContainerUploadBlockParam

__all__ = [
    "BetaContainerUploadBlock",
]


class BetaContainerUploadBlock(BaseModel):
    """Content block of type `container_upload` as returned by the API. Part of the beta API."""

    file_id: str

    type: Literal["container_upload"]

    def to_param(self) -> BetaContainerUploadBlockParam:
        """This object as the request type `BetaContainerUploadBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaContainerUploadBlockParam",
            model_to_param(
                self,
                ("file_id", "type"),
                (),
            ),
        )
