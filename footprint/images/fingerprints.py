"""Load the shipped symbol fingerprints (`data/symbols.npz`, made by
`scripts/build_symbol_fingerprints.py` from the official artwork, which is not shipped)."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from footprint.errors import ConfigError

DATA_FILE = "symbols.npz"


@dataclass(frozen=True, eq=False)
class SymbolFingerprint:
    """ORB keypoints of one symbol, in the symbol's frame (`width` x `height` units)."""

    name: str
    family: str
    label: str
    label_fr: str
    reportable: bool
    width: float
    height: float
    xy: Any          # float32 (n, 2)
    size: Any        # float32 (n,)
    angle: Any       # float32 (n,)
    descriptors: Any  # uint8 (n, 32)
    parts: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)
    # Fraction of each part's box the artwork covers (the flag's bars and leaf: ~0.6).
    part_ink: dict[str, float] = field(default_factory=dict)
    # Coarse ink coverage per cell (rows x columns, 0..1): where the symbol has ink.
    ink_grid: Any = None


def fingerprint_bytes() -> bytes:
    return files("footprint.images").joinpath("data", DATA_FILE).read_bytes()


@cache
def fingerprint_meta() -> dict[str, Any]:
    import numpy as np

    with np.load(io.BytesIO(fingerprint_bytes())) as data:
        return dict(json.loads(bytes(data["meta"]).decode()))


@cache
def _load() -> tuple[SymbolFingerprint, ...]:
    import numpy as np

    from footprint.images.detect import FINGERPRINT_FORMAT, SYMBOLS

    try:
        raw = fingerprint_bytes()
    except FileNotFoundError as exc:
        raise ConfigError(
            "the image symbol fingerprints are missing (footprint/images/data/symbols.npz); "
            "run scripts/build_symbol_fingerprints.py"
        ) from exc
    with np.load(io.BytesIO(raw)) as data:
        meta = json.loads(bytes(data["meta"]).decode())
        if meta.get("format") != FINGERPRINT_FORMAT:
            raise ConfigError(
                f"symbols.npz has format {meta.get('format')}, this version reads {FINGERPRINT_FORMAT}; "
                "run scripts/build_symbol_fingerprints.py"
            )
        sizes = {s["name"]: s for s in meta["symbols"]}
        out = []
        for spec in SYMBOLS:
            name = spec["name"]
            if name not in sizes:
                continue
            out.append(SymbolFingerprint(
                name=name,
                family=spec["family"],
                label=spec["label"],
                label_fr=spec["label_fr"],
                reportable=spec["reportable"],
                width=float(sizes[name]["width"]),
                height=float(sizes[name]["height"]),
                xy=data[f"{name}.xy"],
                size=data[f"{name}.size"],
                angle=data[f"{name}.angle"],
                descriptors=data[f"{name}.desc"],
                parts=dict(spec["parts"]),
                part_ink=dict(sizes[name].get("part_ink", {})),
                ink_grid=np.asarray(sizes[name]["ink_grid"], dtype=np.float32) / 15.0 if sizes[name].get("ink_grid") else None,
            ))
    return tuple(out)


def load_fingerprints() -> list[SymbolFingerprint]:
    """The fingerprints of every symbol the detector knows (cached after the first call)."""
    return list(_load())
