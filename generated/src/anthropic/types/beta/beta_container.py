# Generated from #/components/schemas/BetaContainer; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, cast
from datetime import datetime

from ..._models import BaseModel
from .beta_skill import BetaSkill
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_container_params import BetaContainerParams

__all__ = [
    "BetaContainer",
]


class BetaContainer(BaseModel):
    """Information about the code-execution container used by the request. Part of the beta API."""

    expires_at: datetime

    id: str

    skills: Optional[List[BetaSkill]] = None

    def to_param(self) -> BetaContainerParams:
        """This object as the request type `BetaContainerParams`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaContainerParams",
            model_to_param(
                self,
                ("id", "skills"),
                ("id", "skills"),
            ),
        )
