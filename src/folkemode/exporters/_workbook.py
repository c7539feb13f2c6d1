"""Writing an openpyxl workbook to bytes that depend only on its content.

openpyxl stamps each part of the ZIP archive with the time it is written (and
a worksheet part with its temporary file's time); :func:`workbook_bytes`
writes every part with one fixed time instead, so the same workbook gives the
same bytes. The workbook's own created and modified times are the caller's
to set.
"""

from __future__ import annotations

import io
import os
import zipfile
from typing import Any

__all__ = ["ZIP_TIME", "workbook_bytes"]

#: The time every part of the archive carries: the earliest a ZIP file can say.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class _FixedTimeZip(zipfile.ZipFile):
    """A ZIP archive whose parts all carry :data:`ZIP_TIME`."""

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: Any,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        if isinstance(zinfo_or_arcname, str):
            info = zipfile.ZipInfo(zinfo_or_arcname, date_time=ZIP_TIME)
            info.compress_type = self.compression
            info.external_attr = 0o600 << 16  # what ZipFile gives a part written from memory
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(
        self,
        filename: str | os.PathLike[str],
        arcname: str | os.PathLike[str] | None = None,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        with open(filename, "rb") as handle:
            data = handle.read()
        self.writestr(os.fspath(arcname if arcname is not None else filename), data)


def workbook_bytes(workbook: Any) -> bytes:
    """The XLSX file of an openpyxl ``workbook``, with fixed times in the archive."""
    from openpyxl.writer.excel import ExcelWriter  # type: ignore[import-untyped]

    buffer = io.BytesIO()
    archive = _FixedTimeZip(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(workbook, archive).save()  # closes the archive
    return buffer.getvalue()
