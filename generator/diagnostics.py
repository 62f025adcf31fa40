"""Problems found while generating, each tied to the place in the spec or config that caused it."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, order=True)
class Diagnostic:
    pointer: str
    """JSON pointer into the document named by ``source`` (``#/paths/~1v1~1messages/post``)."""
    severity: Severity
    message: str
    source: str = "spec"

    def __str__(self) -> str:
        return f"{self.severity.value}: {self.source}{self.pointer}: {self.message}"


def pointer(*parts: object) -> str:
    """Build a JSON pointer, escaping ``~`` and ``/`` as RFC 6901 asks."""
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "#/" + "/".join(escaped)


@dataclass
class Report:
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def add(self, severity: Severity, where: str, message: str, *, source: str = "spec") -> None:
        self.diagnostics.append(Diagnostic(where, severity, message, source))

    def error(self, where: str, message: str, *, source: str = "spec") -> None:
        self.add(Severity.ERROR, where, message, source=source)

    def warning(self, where: str, message: str, *, source: str = "spec") -> None:
        self.add(Severity.WARNING, where, message, source=source)

    def info(self, where: str, message: str, *, source: str = "spec") -> None:
        self.add(Severity.INFO, where, message, source=source)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def ok(self) -> bool:
        return not self.errors

    def render(self) -> str:
        return "\n".join(str(d) for d in sorted(self.diagnostics, key=lambda d: (d.source, d.pointer, d.message)))


class GenerationError(Exception):
    """Raised when the inputs hold errors; carries the full report."""

    def __init__(self, report: Report) -> None:
        self.report = report
        errors = report.errors
        head = f"{len(errors)} error(s) in the inputs; nothing was written"
        super().__init__(head + "\n" + "\n".join(str(d) for d in errors))
