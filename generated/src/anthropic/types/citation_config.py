# Generated from #/components/schemas/ResponseCitationsConfig; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._models import BaseModel
from .._to_param import model_to_param

if TYPE_CHECKING:
    from .citations_config_param import CitationsConfigParam

__all__ = [
    "CitationConfig",
]


class CitationConfig(BaseModel):
    """Whether citations were enabled for this document."""

    enabled: bool

    def to_param(self) -> CitationsConfigParam:
        """This object as the request type `CitationsConfigParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "CitationsConfigParam",
            model_to_param(
                self,
                ("enabled",),
                (),
            ),
        )
