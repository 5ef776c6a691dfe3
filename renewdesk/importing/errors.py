"""What goes wrong in an import: one problem per (row, column), and the error that carries them.

Rows are numbered as a spreadsheet shows them (the header is row 1, the first
data row is row 2); ``row`` is ``None`` for a problem with the whole file. The
column is named as the file's header writes it, or by its canonical name when
the file lacks it.
"""

from __future__ import annotations

from typing import NamedTuple

from renewdesk.importing.texts import Import

#: The error keeps this many problems; beyond it only a count is kept.
MAX_PROBLEMS = 200


class ImportProblem(NamedTuple):
    """One reason a file was rejected."""

    row: int | None
    column: str
    problem: str

    def describe(self) -> str:
        """``row 7, column "seats": -3 is ...`` (without the file name)."""
        if self.row is None and not self.column:
            return self.problem
        if self.row is None:
            return Import.tr('column "{column}": {problem}').format(
                column=self.column, problem=self.problem
            )
        if not self.column:
            return Import.tr("row {row}: {problem}").format(row=self.row, problem=self.problem)
        return Import.tr('row {row}, column "{column}": {problem}').format(
            row=self.row, column=self.column, problem=self.problem
        )


class ImportFileError(Exception):
    """A file the importer rejected as a whole; the cache was not changed.

    ``problems`` holds at most :data:`MAX_PROBLEMS` problems in file order;
    ``more`` counts the ones left out.
    """

    def __init__(self, file_name: str, problems: list[ImportProblem], more: int = 0) -> None:
        self.file_name = file_name
        self.problems = list(problems)
        self.more = more
        super().__init__(self._one_line())

    @property
    def total(self) -> int:
        """How many problems the file has in all."""
        return len(self.problems) + self.more

    def _one_line(self) -> str:
        if not self.problems:
            return Import.tr("{file}: the file cannot be imported").format(file=self.file_name)
        line = f"{self.file_name}: {self.problems[0].describe()}"
        rest = self.total - 1
        if rest == 1:
            line += " " + Import.tr("(and 1 more problem)")
        elif rest > 1:
            line += " " + Import.tr("(and {count} more problems)").format(count=rest)
        return line


class ImportCancelled(Exception):
    """Raise this from a progress callback to stop an import; nothing is written."""


class ProblemList:
    """Collects problems up to :data:`MAX_PROBLEMS` and counts the rest."""

    def __init__(self, file_name: str, limit: int = MAX_PROBLEMS) -> None:
        self.file_name = file_name
        self.limit = limit
        self.problems: list[ImportProblem] = []
        self.more = 0

    def add(self, row: int | None, column: str, problem: str) -> None:
        if len(self.problems) < self.limit:
            self.problems.append(ImportProblem(row, column, problem))
        else:
            self.more += 1

    def __bool__(self) -> bool:
        return bool(self.problems)

    def __len__(self) -> int:
        return len(self.problems) + self.more

    def error(self) -> ImportFileError:
        return ImportFileError(self.file_name, self.problems, self.more)

    def raise_if_any(self) -> None:
        """Raise the collected problems as one :class:`ImportFileError`, if there are any."""
        if self.problems:
            raise self.error()


def file_error(
    file_name: str, problem: str, row: int | None = None, column: str = ""
) -> ImportFileError:
    """An :class:`ImportFileError` with a single problem."""
    return ImportFileError(file_name, [ImportProblem(row, column, problem)])
