"""Plain functions whose tool definitions are compared with anthropic 0.79's (schemas_0_79.json).

Refresh the reference after changing this file, with 0.79 installed in its own venv:

    /path/to/venv-0.79/bin/python tests/tools/data/schema_functions.py > tests/tools/data/schemas_0_79.json
"""

from __future__ import annotations

import enum
import json
from typing import Dict, List, Optional, Union

from pydantic import BaseModel, Field
from typing_extensions import Annotated, Literal


class Unit(enum.Enum):
    CELSIUS = "celsius"
    FAHRENHEIT = "fahrenheit"


class Address(BaseModel):
    street: str
    city: str = Field(description="The city, spelled out")


class Person(BaseModel):
    name: str
    home: Address
    nicknames: List[str] = []


def get_weather(location: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> str:
    """Look up the current weather for a place.

    Args:
        location: The city and state, e.g. San Francisco, CA
        unit: Which temperature unit to answer in.
    """
    return f"{location}: 20 {unit}"


def with_defaults(
    count: int,
    label: str = "item",
    ratio: float = 0.5,
    enabled: bool = True,
    tags: List[str] = [],  # noqa: B006
) -> str:
    """Defaults of every JSON kind."""
    return "ok"


def with_optionals(required: str, maybe_number: Optional[int] = None, either: Union[int, str] = 1) -> str:
    """Optionals and unions.

    A second paragraph that belongs to the description.

    Args:
        required: Always given.
        maybe_number (int, optional): Left out or null.
        either: A number or a string.

    Returns:
        Nothing interesting.
    """
    return "ok"


def with_enums(unit: Unit, mode: Literal["fast", "slow"], level: Literal[1, 2, 3] = 2) -> str:
    """Enums and literals.

    :param unit: An Enum member.
    :param mode: One of two words.
    """
    return "ok"


def with_models(person: Person, previous: Optional[Address] = None, extra: Dict[str, int] = {}) -> str:  # noqa: B006
    """Nested pydantic models.

    Parameters
    ----------
    person : Person
        Who this is about.
    previous : Address, optional
        Where they lived before,
        if anywhere.
    """
    return "ok"


def with_annotated(
    query: Annotated[str, Field(description="Words to search for")],
    limit: Annotated[int, Field(description="At most this many hits", ge=1, le=50)] = 10,
    lang: Annotated[str, Field(min_length=2)] = "en",
) -> str:
    """Annotated descriptions win over the docstring.

    Args:
        query: This docstring text is not used.
        lang: Two-letter language code.
    """
    return "ok"


def reserved_names(json: str, schema: int = 0, model_config: bool = False) -> str:
    """Parameter names pydantic models reserve."""
    return "ok"


def no_docstring(x: int, y: int = 2):
    return x + y


FUNCTIONS = [
    get_weather,
    with_defaults,
    with_optionals,
    with_enums,
    with_models,
    with_annotated,
    reserved_names,
    no_docstring,
]


if __name__ == "__main__":
    from anthropic import beta_tool

    print(json.dumps({f.__name__: beta_tool(f).to_dict() for f in FUNCTIONS}, indent=2, sort_keys=True))
