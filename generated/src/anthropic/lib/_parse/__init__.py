"""Structured outputs: turning types into JSON schemas the API accepts, and model text back into values."""

from __future__ import annotations

from ._errors import StructuredOutputError as StructuredOutputError
from ._transform import transform_schema as transform_schema

__all__ = ["StructuredOutputError", "transform_schema"]
