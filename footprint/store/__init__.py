"""The only package that touches SQL: every read and write of a footprint database.

`Store` is the way in. The rest of the project calls its named methods and gets plain values
back (records, counts, dataclasses, rows with named fields); the tables stay private here.

One module per job: `engine` (opening, settings, schema upgrade, the write transaction),
`writer` (imports), `scanning` (a scan's data operations; which scan to run is the pipeline's
choice), `reweigh` (scores for the current role), `pictures`, `cleanup` (deletions),
`decisions`, `reads` and `report_reads` (what the CLI and the reports read). The schema is
`models` (created and upgraded only by footprint/migrations); `dbcheck` tells a damaged or
foreign database from ours.
"""

from __future__ import annotations

from footprint.store._tables import BATCH_SIZE
from footprint.store.cleanup import ConfirmedPost, KeptCopy
from footprint.store.database import Store
from footprint.store.decisions import DECISIONS
from footprint.store.pictures import PictureShown, PictureUse, ScannedPicture
from footprint.store.reads import DecisionRecord, ScanRecord
from footprint.store.report_reads import (
    DECIDED,
    REVIEW_THRESHOLD,
    UNDECIDED,
    FindingScope,
    ReportReader,
    ReportStats,
    ReviewFilter,
)
from footprint.store.reweigh import Weigh, Weighable
from footprint.store.scanning import LastScan, ScannedSubject, ScanSession, ScanSummary
from footprint.store.writer import ImportSummary

__all__ = [
    "BATCH_SIZE",
    "DECIDED",
    "DECISIONS",
    "REVIEW_THRESHOLD",
    "UNDECIDED",
    "ConfirmedPost",
    "DecisionRecord",
    "FindingScope",
    "ImportSummary",
    "KeptCopy",
    "LastScan",
    "PictureShown",
    "PictureUse",
    "ReportReader",
    "ReportStats",
    "ReviewFilter",
    "ScanRecord",
    "ScanSession",
    "ScanSummary",
    "ScannedPicture",
    "ScannedSubject",
    "Store",
    "Weigh",
    "Weighable",
]
