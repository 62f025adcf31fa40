# Generated from #/components/schemas/BetaSkill; edit spec/ or templates/, then regenerate.

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from typing_extensions import Literal

from ..._models import BaseModel
from ..._to_param import model_to_param

if TYPE_CHECKING:
    from .beta_skill_params import BetaSkillParams

__all__ = [
    "BetaSkill",
]


class BetaSkill(BaseModel):
    """A skill that was loaded into the container. Part of the beta API."""

    skill_id: str

    type: Literal["anthropic", "custom"]

    version: str

    def to_param(self) -> BetaSkillParams:
        """This object as the request type `BetaSkillParams`, ready to send back.

        Fields the request type does not have are left out, and so is a `None` it would not take;
        nested objects are converted the same way.
        """
        return cast(
            "BetaSkillParams",
            model_to_param(
                self,
                ("skill_id", "type", "version"),
                (),
            ),
        )
