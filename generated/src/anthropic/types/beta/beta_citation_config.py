# Generated from #/components/schemas/BetaResponseCitationsConfig; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_citations_config_param import BetaCitationsConfigParam

__all__ = [
    "BetaCitationConfig",
]


class BetaCitationConfig(BaseModel):
    """Whether citations were enabled for this document. Part of the beta API."""

    enabled: bool

    def to_param(self) -> BetaCitationsConfigParam:
        """This object as the request type `BetaCitationsConfigParam`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaCitationsConfigParam",
            model_to_param(
                self,
                ("enabled",),
                (),
            ),
        )
