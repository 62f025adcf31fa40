# Generated from #/components/schemas/ResponseContainerUploadBlock; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from .._models import BaseModel
from .._to_param import model_to_param

if TYPE_CHECKING:
    from .container_upload_block_param import ContainerUploadBlockParam

__all__ = [
    "ContainerUploadBlock",
]


class ContainerUploadBlock(BaseModel):
    """Content block of type `container_upload` as returned by the API."""

    file_id: str

    type: Literal["container_upload"]

    def to_param(self) -> ContainerUploadBlockParam:
        """This object as the request type `ContainerUploadBlockParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "ContainerUploadBlockParam",
            model_to_param(
                self,
                ("file_id", "type"),
                (),
            ),
        )
