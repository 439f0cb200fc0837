"""The newest-first order of one index generation, computed once and kept beside it.

``IndexView`` answers every query from the live documents' order (``closed_at`` descending,
ties by id descending), each document's rank in it, and the ordered ``closed_at`` values a date
filter bisects. Computing them sorts every document: ~0.13 s at 100,000 on this machine, paid by
every process that searches — every ``agentdesk search`` is a new one, and that was a third of
its wait. The order depends only on the documents the table of contents lists, so the first
process to compute it leaves it in the generation's folder, named after the table of contents'
number, and the next ones read 1.6 MB instead.

The file is not the index's: the manifest does not list it and Whoosh's clean-up ignores it
(its names are neither a table of contents nor a segment's). It is written to a temporary name
and renamed, carries the sizes it was computed for and a CRC-32 of its arrays, and anything
that does not match (another table of contents, a torn or damaged file, another byte order) is
ignored and computed again: it can cost time, never a wrong answer. A file that cannot be
written (a read-only or full disk) is only logged: the next process computes the order again.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import struct
import sys
import zlib
from array import array
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = "view-order."
SUFFIX = ".bin"
MAGIC = b"ADVO"
VERSION = 1
_HEADER = struct.Struct("<4sBBxxqqqI")
"""magic, version, 1 when little-endian, TOC generation, documents, live documents, CRC-32."""


@dataclass(frozen=True, slots=True)
class ViewOrder:
    order: array[int]
    """Live document numbers, newest first (``array('i')``)."""
    rank: array[int]
    """Each document's place in ``order``; ``documents`` for a deleted one (``array('i')``)."""
    descending: array[int]
    """``-closed_at`` of ``order``'s documents, ascending, for bisection (``array('q')``)."""

    def fits(self, documents: int) -> bool:
        return len(self.rank) == documents and len(self.descending) == len(self.order)


class OrderFile:
    """Where the order of one table of contents of one generation folder is kept."""

    def __init__(self, folder: Path, generation: int) -> None:
        self.folder = folder
        self.generation = generation
        self.path = folder / f"{PREFIX}{generation}{SUFFIX}"

    def load(self, documents: int) -> ViewOrder | None:
        """The kept order if it was computed for this table of contents and ``documents``."""
        try:
            data = self.path.read_bytes()
        except OSError:
            return None
        try:
            return self._parse(data, documents)
        except (struct.error, ValueError):
            log.info("Ignoring an unreadable %s", self.path.name)
            return None

    def _parse(self, data: bytes, documents: int) -> ViewOrder | None:
        magic, version, little, generation, size, live, crc = _HEADER.unpack_from(data)
        expected = (MAGIC, VERSION, sys.byteorder == "little", self.generation, documents)
        if (magic, version, bool(little), generation, size) != expected:
            return None
        payload = memoryview(data)[_HEADER.size :]
        order, rank, descending = array("i"), array("i"), array("q")
        lengths = (live * order.itemsize, size * rank.itemsize, live * descending.itemsize)
        if len(payload) != sum(lengths) or zlib.crc32(payload) != crc:
            return None
        order.frombytes(payload[: lengths[0]])
        rank.frombytes(payload[lengths[0] : lengths[0] + lengths[1]])
        descending.frombytes(payload[lengths[0] + lengths[1] :])
        return ViewOrder(order, rank, descending)

    def save(self, found: ViewOrder) -> None:
        """Keep ``found`` for the next processes (best effort), and drop the orders of older
        tables of contents of this folder."""
        payload = found.order.tobytes() + found.rank.tobytes() + found.descending.tobytes()
        header = _HEADER.pack(
            MAGIC,
            VERSION,
            sys.byteorder == "little",
            self.generation,
            len(found.rank),
            len(found.order),
            zlib.crc32(payload),
        )
        temporary = self.folder / f".{PREFIX}{secrets.token_hex(4)}.tmp"
        try:
            with open(temporary, "wb") as out:
                out.write(header + payload)
            os.replace(temporary, self.path)
        except OSError as error:
            log.info("Could not keep the search order in %s: %s", self.folder, error)
            with contextlib.suppress(OSError):  # a read-only folder refuses even that
                temporary.unlink(missing_ok=True)
            return
        self._drop_older()

    def _drop_older(self) -> None:
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if name.startswith(PREFIX) and name != self.path.name:
                # Another process may be reading it (Windows refuses): the next save.
                with contextlib.suppress(OSError):
                    (self.folder / name).unlink(missing_ok=True)
