"""The manifest of a generation: which schema built it, and a checksum of every segment file.

Whoosh writes no checksums, and a damaged postings file can fail only when an unlucky query
reads the damaged block — or not fail and answer wrongly. Segment files never change once
written (a commit writes new ones and a new table of contents), so each is stamped once, with
its size and CRC-32, when a commit has written it. ``check`` compares sizes and
modification times, and reads again only a file written since its stamp (cheap: on every open);
``verify`` reads every byte again (``agentdesk doctor``).

The tables of contents (``_MAIN_<n>.toc``) change with every commit and are not stamped; a
damaged one fails when the index is opened. A segment file without a stamp (a crash between a
commit and the manifest's update) is stamped by the next writer.
"""

from __future__ import annotations

import json
import logging
import os
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from agentdesk.search.errors import index_write_errors

log = logging.getLogger(__name__)

MANIFEST = "agentdesk-index.json"
FORMAT = 1


@dataclass(frozen=True, slots=True)
class FileStamp:
    size: int
    crc32: int
    mtime_ns: int | None = None
    """When the file was last written as stamped; None in manifests written before."""


@dataclass(frozen=True, slots=True)
class Manifest:
    schema: str
    files: dict[str, FileStamp] = field(default_factory=dict)
    documents: int = 0
    written_at: str = ""
    owner: str | None = None
    """The id of the store it was built from (``Store.identity``); None before it was kept."""

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "schema": self.schema,
            "documents": self.documents,
            "written_at": self.written_at,
            "owner": self.owner,
            "files": {
                name: {"size": stamp.size, "crc32": stamp.crc32, "mtime_ns": stamp.mtime_ns}
                for name, stamp in sorted(self.files.items())
            },
        }


def read_manifest(folder: Path) -> Manifest | None:
    """None when missing or unreadable (which the caller treats as a damaged index)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        files = {
            str(name): FileStamp(
                int(stamp["size"]),
                int(stamp["crc32"]),
                None if stamp.get("mtime_ns") is None else int(stamp["mtime_ns"]),
            )
            for name, stamp in data["files"].items()
        }
        return Manifest(
            schema=str(data["schema"]),
            files=files,
            documents=int(data.get("documents", 0)),
            written_at=str(data.get("written_at", "")),
            owner=None if data.get("owner") is None else str(data["owner"]),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        log.warning("Unreadable index manifest in %s: %s", folder, error)
        return None


def write_manifest(folder: Path, manifest: Manifest) -> None:
    target = folder / MANIFEST
    temporary = folder / f"{MANIFEST}.tmp"
    with index_write_errors(folder):
        with open(temporary, "w", encoding="utf-8") as out:
            json.dump(manifest.to_json(), out, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)


def stamp(path: Path) -> FileStamp:
    crc = 0
    size = 0
    with open(path, "rb") as source:
        while chunk := source.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
        mtime_ns = os.fstat(source.fileno()).st_mtime_ns
    return FileStamp(size, crc, mtime_ns)


def restamp(
    folder: Path,
    schema: str,
    live_files: list[str],
    documents: int,
    previous: Manifest | None,
    *,
    owner: str | None = None,
) -> Manifest:
    """The manifest for ``live_files`` after a commit: stamps of files already stamped are
    kept (their bytes cannot have changed legitimately), new files are read once.

    A stamped file whose modification time moved (a data folder copied or restored without
    its times) is read again: when its bytes still match, its stamp takes the new time, so that
    opening the index stops re-reading it every time (~0.15 s at 100k conversations); when they
    do not, the old stamp stays and the damage is still found."""
    known = previous.files if previous is not None else {}
    files: dict[str, FileStamp] = {}
    with index_write_errors(folder):
        for name in live_files:
            path = folder / name
            files[name] = _still(path, known[name]) if name in known else stamp(path)
    written_at = datetime.now(UTC).isoformat(timespec="seconds")
    if owner is None and previous is not None:
        owner = previous.owner
    return Manifest(schema, files, documents, written_at, owner)


def _still(path: Path, known: FileStamp) -> FileStamp:
    """``known``, with the file's present modification time if its bytes are unchanged."""
    if known.mtime_ns is not None and os.stat(path).st_mtime_ns == known.mtime_ns:
        return known
    found = stamp(path)
    if (found.size, found.crc32) == (known.size, known.crc32):
        return found
    return known


def size_problem(folder: Path, manifest: Manifest, live_files: list[str]) -> str | None:
    """The first live file that is missing, whose size changed, or that was written since it
    was stamped and no longer matches its checksum, as a reason; or None.

    Cheap enough for every open: a file left as stamped costs one ``stat``. Bytes changed in
    place keep the size but not the modification time, so those files (and only those) are
    read again: an index damaged that way is rebuilt instead of answering wrongly."""
    for name in live_files:
        expected = manifest.files.get(name)
        if expected is None:
            continue
        try:
            status = (folder / name).stat()
        except OSError:
            return f"{name} is missing"
        if status.st_size != expected.size:
            return f"{name} has {status.st_size} bytes instead of {expected.size}"
        if expected.mtime_ns is not None and status.st_mtime_ns != expected.mtime_ns:
            problem = _crc_problem(folder, name, expected)
            if problem is not None:
                return problem
    return None


def _crc_problem(folder: Path, name: str, expected: FileStamp) -> str | None:
    try:
        found = stamp(folder / name)
    except OSError as error:
        return f"{name} cannot be read ({error.strerror or error})"
    if found.crc32 != expected.crc32:
        return f"{name} does not match its checksum"
    return None


def checksum_problem(folder: Path, manifest: Manifest, live_files: list[str]) -> str | None:
    """The first live file whose bytes no longer match their stamp; or None."""
    problem = size_problem(folder, manifest, live_files)
    if problem is not None:
        return problem
    for name in live_files:
        expected = manifest.files.get(name)
        if expected is not None and (problem := _crc_problem(folder, name, expected)):
            return problem
    return None
