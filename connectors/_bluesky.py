"""What the Bluesky repository export (bluesky_car.py) and the live pull (bluesky_api.py) read
the same way: record keys and times, CIDs, links and media, and a post record as an Item, so
that the same post gets the same item from either source."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import libipld

from footprint.connectors._values import loose_iso_time
from footprint.records import Item, ItemKind, MediaRef

PLATFORM = "bluesky"
POST = "app.bsky.feed.post"
REPOST = "app.bsky.feed.repost"
CDN = "https://cdn.bsky.app/img"
_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
_TID = re.compile(r"^[234567a-j][234567a-z]{12}$")


def cid_str(value: Any) -> str | None:
    """`bafy…` text of a CID given as decoded bytes, a JSON `{"$link": …}` or a string."""
    if isinstance(value, dict):
        value = value.get("$link")
    if isinstance(value, str):
        return value or None
    if isinstance(value, bytes):
        try:
            return libipld.encode_cid(value)
        except ValueError:
            return None
    return None


def tid_time(rkey: str) -> datetime | None:
    """Creation time encoded in a TID record key (microseconds since the epoch, top 53 bits)."""
    if not _TID.match(rkey):
        return None
    number = 0
    for char in rkey:
        number = number * 32 + _TID_ALPHABET.index(char)
    try:
        return datetime.fromtimestamp((number >> 10) / 1_000_000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def web_url(uri: Any) -> str | None:
    """bsky.app link for an at:// URI of a post, feed or list; None for anything else."""
    if not isinstance(uri, str) or not uri.startswith("at://"):
        return None
    parts = uri[5:].split("/")
    if len(parts) != 3 or not all(parts):
        return None
    authority, collection, rkey = parts
    page = {POST: "post", "app.bsky.feed.generator": "feed", "app.bsky.graph.list": "lists"}.get(collection)
    return f"https://bsky.app/profile/{authority}/{page}/{rkey}" if page else None


def blob_cid(blob: Any) -> str | None:
    """The CID of a blob reference (a picture, a video) as text."""
    if not isinstance(blob, dict):
        return None
    # Current form {"$type": "blob", "ref": CID}; very old records used {"cid": "…"}.
    return cid_str(blob.get("ref")) or cid_str(blob.get("cid"))


def expand_links(text: str, facets: Any) -> str:
    """Put back the full URL where the app shortened a pasted link (`github.com/bluesky-soci...`).

    The record keeps the full address only in the link facet, whose indexes are UTF-8 byte
    offsets; a rule looking for a domain must see the whole address, as the person pasted it.
    """
    if not isinstance(facets, list) or not text:
        return text
    data = text.encode("utf-8")
    spans: list[tuple[int, int, str]] = []
    for facet in facets:
        index = facet.get("index") if isinstance(facet, dict) else None
        features = facet.get("features") if isinstance(facet, dict) else None
        if not isinstance(index, dict) or not isinstance(features, list):
            continue
        start, end = index.get("byteStart"), index.get("byteEnd")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(data):
            continue
        uri = next(
            (f.get("uri") for f in features
             if isinstance(f, dict) and f.get("$type") == "app.bsky.richtext.facet#link" and isinstance(f.get("uri"), str)),
            None,
        )
        if not uri:
            continue
        try:
            shown = data[start:end].decode("utf-8")
        except UnicodeDecodeError:
            continue
        stem = shown.rstrip(".…")
        bare = re.sub(r"^[a-z]+://(?:www\.)?", "", uri)
        if stem != shown and stem and (bare.startswith(stem) or uri.startswith(stem)):
            spans.append((start, end, uri))
    for start, end, uri in sorted(spans, reverse=True):
        if any(s < end and start < e for s, e, _ in spans if (s, e) != (start, end)):
            continue  # overlapping facets: leave the text as written
        data = data[:start] + uri.encode("utf-8") + data[end:]
    return data.decode("utf-8")


def media_refs(embed: Any, did: str) -> tuple[MediaRef, ...]:
    """The pictures and the video a post embeds (also beside a quoted post)."""
    if not isinstance(embed, dict):
        return ()
    if embed.get("$type") == "app.bsky.embed.recordWithMedia":
        embed = embed.get("media")
        if not isinstance(embed, dict):
            return ()
    refs: list[MediaRef] = []
    kind = embed.get("$type")
    if kind == "app.bsky.embed.images":
        for image in embed.get("images") or []:
            cid = blob_cid(image.get("image")) if isinstance(image, dict) else None
            if cid:
                refs.append(MediaRef(kind="photo", url=f"{CDN}/feed_fullsize/plain/{did}/{cid}@jpeg", native_id=cid))
    elif kind == "app.bsky.embed.video":
        cid = blob_cid(embed.get("video"))
        if cid:
            refs.append(MediaRef(kind="video", native_id=cid))
    return tuple(refs)


def quoted_uri(embed: Any) -> str | None:
    """The at:// URI of the post a post quotes, if it quotes one."""
    if not isinstance(embed, dict):
        return None
    kind = embed.get("$type")
    record = embed.get("record")
    if kind == "app.bsky.embed.recordWithMedia" and isinstance(record, dict):
        record = record.get("record")  # {"record": {"$type": "app.bsky.embed.record", "record": ref}}
    elif kind != "app.bsky.embed.record":
        return None
    uri = record.get("uri") if isinstance(record, dict) else None
    return uri if isinstance(uri, str) and uri else None


def record_time(record: dict[str, Any], rkey: str) -> datetime | None:
    """When a record was made: its `createdAt`, else the time inside its TID key."""
    return loose_iso_time(record.get("createdAt")) or tid_time(rkey)


def post_item(
    did: str,
    uri: str,
    rkey: str,
    record: dict[str, Any],
    raw: Any,
    like_count: int | None = None,
    repost_count: int | None = None,
) -> Item:
    """The person's post record (app.bsky.feed.post) at `uri` as an Item: the text with its
    shortened links put back, reply or quote, first language, pictures and video."""
    text = record.get("text")
    text = expand_links(text, record.get("facets")) if isinstance(text, str) else ""
    reply = record.get("reply")
    parent = reply.get("parent") if isinstance(reply, dict) else None
    reply_to = parent.get("uri") if isinstance(parent, dict) and isinstance(parent.get("uri"), str) else None
    quote_of = quoted_uri(record.get("embed"))
    kind = ItemKind.REPLY if reply is not None else ItemKind.QUOTE if quote_of else ItemKind.POST
    langs = record.get("langs")
    language = langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else None
    return Item(
        platform=PLATFORM,
        account_id=did,
        native_id=uri,
        kind=kind,
        text=text,
        created_at=record_time(record, rkey),
        url=f"https://bsky.app/profile/{did}/post/{rkey}",
        language=language,
        visibility="public",
        like_count=like_count,
        repost_count=repost_count,
        reply_to=reply_to,
        quote_of=quote_of,
        raw=raw,
        media=media_refs(record.get("embed"), did),
    )
