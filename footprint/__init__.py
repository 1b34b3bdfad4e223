"""footprint-audit: review your own social media footprint against the Government of Canada
guidance on public servants' personal use of social media. Local-first: nothing leaves the
machine except the platform calls you ask for."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
