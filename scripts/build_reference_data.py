#!/usr/bin/env python3
"""Derive the rules' small data files from the shared reference material.

The reference files under `<shared>/reference/` are never copied into the project; this script
reads them (stdlib only) and writes `footprint/rules/data/politics.toml`, `gc_organizations.csv`
and `gc_email_domains.toml`. Output is deterministic, so re-running it on unchanged sources gives
byte-identical files and a clean `git diff`.

    python scripts/build_reference_data.py [--shared DIR]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import tomllib
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "footprint" / "rules" / "data"

POLITICS_SRC = "reference/canadian-politics.toml"
ORGS_SRC = "reference/gc-organizations.csv"
DOMAINS_SRC = "reference/gc-email-domains.md"

PROVINCES = {"BC", "AB", "SK", "MB", "ON", "QC", "NB", "NS", "PE", "NL"}
TERRITORIES = {"YT", "NT", "NU"}

# Party acronyms that must not be matched bare (case-sensitive whole word) because they are
# ordinary words or other well-known things; they go to `cue_acronyms`, which rules may use only
# next to a support/opposition cue. Acronyms that are also GC organization abbreviations
# (CPC = Canada Post / Canadian Police College, OPC = Privacy Commissioner, NPA = Northern
# Pipeline Agency) are added automatically from the organization list.
NEVER_BARE_ACRONYMS: dict[str, str] = {
    "ALP": "Australian Labor Party; rare for the Alberta Liberals",
    "COPE": "the ordinary word 'cope' written in capitals",
    "GPO": "Group Policy Object (IT), Government Publishing Office",
    "MLP": "multilayer perceptron (machine learning), master limited partnership",
    "OLP": "French for the PLO (Organisation de libération de la Palestine)",
    "PCC": "French for the Chinese Communist Party (Parti communiste chinois)",
    "PCU": "Prestation canadienne d'urgence (the CERB), a GC benefit",
    "PLC": "public limited company, programmable logic controller",
    "PLO": "Palestine Liberation Organization",
    "PPC": "pay-per-click advertising",
    "PQ": "old postal abbreviation of Quebec ('Gatineau, PQ') in NCR addresses",
    "PVC": "the plastic",
    "QS": "quantity surveyor (a GC job title), QS university rankings",
    "SUP": "stand-up paddleboard, 'sup'",
    "YP": "Yellow Pages, 'your problem'",
}

# Party hashtags that are everyday phrases or other brands; a hit alone says little, so they leave
# `support_tags`/partisan groups for `cue_tags` and an `ambiguous` hashtag group.
AMBIGUOUS_TAGS: dict[str, str] = {
    "#ABC": "the alphabet, the ABC network",
    "#BringItHome": "sports phrase",
    "#CanadaFirst": "2025 buy-Canadian / trade-dispute phrase",
    "#Continuons": "French 'let's continue'",
    "#CPC": "cost per click (advertising)",
    "#ForThePeople": "everyday phrase",
    "#GetItDone": "everyday motivational phrase",
    "#MadMax": "the film",
    "#OrangeCrush": "a soft drink, sports teams",
    "#PPC": "pay-per-click (advertising)",
    "#RealChange": "everyday phrase",
    "#Wildrose": "Alberta's floral emblem",
}

# Slogans that are ordinary phrases in EN or FR; the source also marks some notes AMBIGUOUS.
AMBIGUOUS_SLOGANS: set[str] = {
    "avançons ensemble", "build the homes", "changer ensemble", "continuons", "fix the budget",
    "for the people", "get it done", "in it for you", "maintenant", "on se bat pour vous",
    "plus de résultats pour vous", "ready for better", "ready for change", "real change",
    "secure the future", "stop the crime",
}

ACRONYM = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,})*")
PAREN = re.compile(r"^(?P<main>.*?)\s*\((?P<alt>[^()]*)\)$")
MD_DOMAIN = re.compile(r"`([a-z0-9-]+(?:\.[a-z0-9-]+)+)`")
FILE_SUFFIXES = {"csv", "txt", "md", "js", "json", "toml", "py"}
FEDERAL_SUFFIXES = ["gc.ca", "canada.ca"]
# Tier C of gc-email-domains.md, checked against the md text so drift is caught.
NOT_PS_SUFFIXES = ["parl.gc.ca", "pm.gc.ca"]
NOT_PS_DOMAINS = ["ourcommons.ca", "parl.ca", "sencanada.ca"]
TIER_C_TREATED_AS_B = ["gg.ca"]  # md: Governor General staff are public servants; Tier B

used: set[str] = set()  # which curated entries the sources still need (stale ones are reported)


# ---------------------------------------------------------------------------------------------
# small helpers


def dedupe(items: Iterable[str]) -> list[str]:
    """Keep the first spelling of each item, case-insensitively, in order."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        item = " ".join(item.split())  # also turns NBSPs into plain spaces
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out


def sort_ci(items: Iterable[str]) -> list[str]:
    return sorted(dedupe(items), key=lambda s: (s.casefold(), s))


def under(domain: str, suffix: str) -> bool:
    """Label-boundary suffix match, so 'bank-banque-canada.ca' is not under 'canada.ca'."""
    return domain == suffix or domain.endswith("." + suffix)


def split_list(value: str) -> list[str]:
    return [part.strip().lower() for part in value.split(";") if part.strip()]


def header(source: str) -> str:
    return (
        f"# GENERATED by scripts/build_reference_data.py from <shared>/{source}.\n"
        "# Do not edit by hand: fix the script or the source, then re-run the script.\n"
    )


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # JSON string escapes are valid TOML
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return "[\n" + "".join(f"  {toml_value(v)},\n" for v in value) + "]"
        flat = "[" + ", ".join(toml_value(v) for v in value) + "]"
        if len(flat) <= 90:
            return flat
        return "[\n" + "".join(f"  {toml_value(v)},\n" for v in value) + "]"  # diff-friendly
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def toml_tables(name: str, rows: list[dict[str, Any]]) -> str:
    blocks = []
    for row in rows:
        lines = [f"[[{name}]]"]
        lines += [f"{k} = {toml_value(v)}" for k, v in row.items() if v is not None]
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


# ---------------------------------------------------------------------------------------------
# gc_organizations.csv

ORG_COLUMNS = [
    "name_en", "name_fr", "abbr_en", "abbr_fr", "email_domains", "web_domains",
    "institutional_form", "status",
]


def read_orgs(shared: Path) -> list[dict[str, str]]:
    with (shared / ORGS_SRC).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def build_orgs(rows: list[dict[str, str]]) -> tuple[str, int]:
    out: list[dict[str, str]] = []
    for row in rows:
        email = split_list(row["email_domains"] + ";" + row["probable_email_domains_from_web"])
        out.append({
            "name_en": " ".join(row["name_en"].split()),
            "name_fr": " ".join(row["name_fr"].split()),
            "abbr_en": row["abbr_en"].strip(),
            "abbr_fr": row["abbr_fr"].strip(),
            "email_domains": ";".join(dedupe(email)),
            "web_domains": ";".join(dedupe(split_list(row["web_domains"]))),
            "institutional_form": row["institutional_form"].strip(),
            "status": row["status"].strip(),
        })
    out.sort(key=lambda r: (r["name_en"].casefold(), r["name_en"], r["name_fr"]))
    buf = io.StringIO()
    buf.write(header(ORGS_SRC))
    buf.write("# Readers must skip lines starting with '#'. email_domains = the source's\n")
    buf.write("# email_domains plus probable_email_domains_from_web (a guess from web hosts).\n")
    writer = csv.DictWriter(buf, fieldnames=ORG_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(out)
    return buf.getvalue(), len(out)


# ---------------------------------------------------------------------------------------------
# politics.toml


def level_of(jurisdiction: str) -> str:
    if jurisdiction in ("federal", "municipal"):
        return jurisdiction
    if jurisdiction in PROVINCES:
        return "provincial"
    if jurisdiction in TERRITORIES:
        return "territorial"
    raise ValueError(f"unknown jurisdiction {jurisdiction!r}")


def split_name(raw: str) -> tuple[list[str], list[str]]:
    """'BC United (BC Liberal Party until 2023)' -> names ['BC United', 'BC Liberal Party'].

    A parenthesised acronym ('Non-Partisan Association (NPA)') is returned as an acronym.
    """
    match = PAREN.match(raw.strip())
    if not match:
        return [raw], []
    alt = re.sub(r"^(anciennement|formerly)\s+", "", match["alt"].strip())
    alt = re.sub(r"\s+until\s+\d{4}$", "", alt)
    if ACRONYM.fullmatch(alt):
        return [match["main"]], [alt]
    return [match["main"], alt], []


def split_acronyms(candidates: Iterable[str], gc_abbrs: set[str]) -> tuple[list[str], list[str]]:
    """(safe bare acronyms, acronyms that need a cue)."""
    safe: list[str] = []
    cue: list[str] = []
    for acr in dedupe(candidates):
        if acr in NEVER_BARE_ACRONYMS:
            used.add(acr)
            cue.append(acr)
        elif acr in gc_abbrs:
            cue.append(acr)
        else:
            safe.append(acr)
    return sort_ci(safe), sort_ci(cue)


def split_tags(tags: Iterable[str]) -> tuple[list[str], list[str]]:
    clear: list[str] = []
    ambiguous: list[str] = []
    for tag in dedupe(tags):
        if tag in AMBIGUOUS_TAGS:
            used.add(tag)
            ambiguous.append(tag)
        else:
            clear.append(tag)
    return sort_ci(clear), sort_ci(ambiguous)


def build_party(src: dict[str, Any], gc_abbrs: set[str]) -> dict[str, Any]:
    names: list[str] = []
    paren_acronyms: list[str] = []
    for raw in (src["name_en"], src["name_fr"]):
        n, a = split_name(raw)
        names += n
        paren_acronyms += a
    names = dedupe(names)
    short = src.get("abbr_en", []) + src.get("abbr_fr", [])
    acronyms, cue_acronyms = split_acronyms(
        [s for s in short if ACRONYM.fullmatch(s)] + paren_acronyms, gc_abbrs)
    name_keys = {n.casefold() for n in names}
    member_words = sort_ci(s for s in short
                           if not ACRONYM.fullmatch(s) and s.casefold() not in name_keys)
    support_tags, cue_tags = split_tags(src.get("partisan_tags", []))

    slogans: list[str] = []
    cue_slogans: list[str] = []
    for slogan in src.get("slogans", []):
        flagged = "ambiguous" in slogan.get("note", "").casefold()
        for part in (p.strip() for p in slogan["text"].split(" / ")):
            ordinary = part.casefold() in AMBIGUOUS_SLOGANS
            if ordinary:
                used.add(part.casefold())
            (cue_slogans if flagged or ordinary else slogans).append(part)

    status = src["status"]
    normal = ("active" if status.startswith("active")
              else "historical" if status.startswith("merged") else "unclear")
    return {
        "id": src["id"],
        "jurisdiction": src["jurisdiction"],
        "level": level_of(src["jurisdiction"]),
        "status": normal,
        "status_note": status if status != normal else None,
        "confidence": src.get("confidence"),
        "note": src.get("note"),
        "names": names,
        "acronyms": acronyms,
        "cue_acronyms": cue_acronyms,
        "member_words": member_words,
        "leaders": [{k: ldr[k] for k in ("name", "from", "to", "role") if k in ldr}
                    for ldr in src.get("leaders", [])],
        "support_tags": support_tags,
        "cue_tags": cue_tags,
        "slogans": dedupe(slogans),
        "cue_slogans": dedupe(cue_slogans),
    }


def build_hashtags(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for group in groups:
        jurisdiction = group.get("jurisdiction", "various")  # the source leaves some unset
        tags, ambiguous = split_tags(group["tags"])
        if group["kind"] == "ambiguous":
            tags, ambiguous = sort_ci(tags + ambiguous), []
        out.append({"kind": group["kind"], "jurisdiction": jurisdiction, "tags": tags,
                    "note": group.get("note")})
        if ambiguous:
            out.append({"kind": "ambiguous", "jurisdiction": jurisdiction, "tags": ambiguous,
                        "note": f"Listed as {group['kind']} in the source, but each is also an "
                                "everyday phrase or another brand; use only with a cue."})
    order = ["neutral", "partisan_support", "partisan_opposition", "ambiguous"]
    return sorted(out, key=lambda g: (order.index(g["kind"]), g["jurisdiction"], g["tags"]))


def build_elections(elections: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    out: list[dict[str, Any]] = []
    skipped = 0
    for e in elections:
        if not e.get("writ"):
            skipped += 1
            continue
        day, writ = date.fromisoformat(e["date"]), date.fromisoformat(e["writ"])
        if writ >= day:
            raise ValueError(f"writ {writ} not before election {day} ({e['jurisdiction']})")
        out.append({"jurisdiction": e["jurisdiction"], "number": e.get("number"),
                    "date": e["date"], "writ": e["writ"], "tags": sort_ci(e.get("tags", [])),
                    "confidence": e.get("confidence"), "note": e.get("note")})
    out.sort(key=lambda e: (e["jurisdiction"] != "federal", e["jurisdiction"], e["date"]))
    return out, skipped


def build_politics(shared: Path, gc_abbrs: set[str]) -> tuple[str, dict[str, int]]:
    with (shared / POLITICS_SRC).open("rb") as handle:
        src = tomllib.load(handle)
    level_order = ["federal", "provincial", "territorial", "municipal"]
    parties = sorted((build_party(p, gc_abbrs) for p in src["party"]),
                     key=lambda p: (level_order.index(p["level"]), p["jurisdiction"], p["id"]))
    municipal: list[dict[str, Any]] = []
    for m in src.get("municipal_party", []):
        names: list[str] = []
        acronyms: list[str] = []
        for raw in m["names"]:
            n, a = split_name(raw)
            if len(n) == 1 and not a and ACRONYM.fullmatch(n[0]):  # a bare 'COPE'
                n, a = [], n
            names += n
            acronyms += a
        safe, cue = split_acronyms(acronyms, gc_abbrs)
        municipal.append({"city": m["city"], "names": sort_ci(names), "acronyms": safe,
                          "cue_acronyms": cue, "confidence": m.get("confidence")})
    municipal.sort(key=lambda m: m["city"])
    consensus = sorted(({k: c[k] for k in ("jurisdiction", "name", "note") if k in c}
                        for c in src.get("consensus_jurisdiction", [])),
                       key=lambda c: c["jurisdiction"])
    hashtags = build_hashtags(src["hashtag"])
    elections, skipped = build_elections(src["election"])
    patterns = sorted(({"kind": p["kind"], "examples": p["examples"], "note": p.get("note")}
                       for p in src.get("pattern", [])), key=lambda p: p["kind"])

    text = header(POLITICS_SRC) + (
        "#\n"
        "# Source facts were compiled from general knowledge (see each `confidence`); verify\n"
        "# before quoting them in a report. Matches only suggest possible political activity.\n"
        "# names / acronyms / support_tags / slogans: specific enough to match alone (acronyms\n"
        "#   case-sensitively as whole words).\n"
        "# member_words / cue_acronyms / cue_tags / cue_slogans: also ordinary words, other\n"
        "#   organizations or brands; use only together with a support/opposition cue.\n"
        "# status: active | historical | unclear (source wording in status_note).\n"
        "# election: only those with a known writ date; ISO dates.\n\n"
        f"schema_version = 1\nsource_compiled = {toml_value(src.get('compiled', ''))}\n\n"
    )
    text += "\n".join([toml_tables("party", parties), toml_tables("municipal_party", municipal),
                       toml_tables("consensus_jurisdiction", consensus),
                       toml_tables("election", elections), toml_tables("hashtag", hashtags),
                       toml_tables("pattern", patterns)])
    counts = {"party": len(parties), "municipal_party": len(municipal),
              "consensus_jurisdiction": len(consensus), "election": len(elections),
              "election skipped (no writ)": skipped, "hashtag groups": len(hashtags),
              "pattern": len(patterns)}
    return text, counts


# ---------------------------------------------------------------------------------------------
# gc_email_domains.toml


def md_domains(text: str) -> list[str]:
    return [d for d in MD_DOMAIN.findall(text) if d.rsplit(".", 1)[1] not in FILE_SUFFIXES]


def md_section(md: str, heading: str) -> str:
    """Text from the '### <heading>...' line up to the next heading."""
    match = re.search(rf"^### {re.escape(heading)}.*?(?=^#)", md + "\n#", re.MULTILINE | re.DOTALL)
    if not match:
        raise ValueError(f"section {heading!r} not found in {DOMAINS_SRC}")
    return match.group(0)


def build_domains(shared: Path, rows: list[dict[str, str]]) -> tuple[str, dict[str, int]]:
    md = (shared / DOMAINS_SRC).read_text(encoding="utf-8")
    tier_a = md_domains(md_section(md, "Tier A"))
    tier_b = md_domains(md_section(md, "Tier B"))
    tier_c = md_domains(md_section(md, "Tier C"))
    not_gov = set(md_domains(md_section(md, "Not government")))
    s1 = md_domains(next(line for line in md.splitlines() if line.startswith("| S1 |")))
    for d in NOT_PS_SUFFIXES + NOT_PS_DOMAINS + TIER_C_TREATED_AS_B:
        if d not in tier_c:
            raise ValueError(f"{d} is no longer in Tier C of {DOMAINS_SRC}; review the script")

    def federal(d: str) -> bool:
        return any(under(d, s) for s in FEDERAL_SUFFIXES)

    not_ps_suffixes, not_ps_domains = set(NOT_PS_SUFFIXES), set(NOT_PS_DOMAINS)

    def parliament(d: str) -> bool:
        return d in not_ps_domains or any(under(d, s) for s in not_ps_suffixes)

    # Parliament's own hosts (House, Senate, Library, PBO, ethics officers) are not the public
    # service, including PBO's pbo-dpb.gc.ca, which is outside parl.gc.ca.
    for row in rows:
        if row["institutional_form"] == "Parliamentary Entities" or row["abbr_en"] == "PARL":
            for d in split_list(row["email_domains"] + ";" + row["probable_email_domains_from_web"]
                                + ";" + row["web_domains"]):
                if not parliament(d):
                    (not_ps_suffixes if federal(d) else not_ps_domains).add(d)

    federal_domains = sort_ci(d for d in tier_a if not federal(d))
    body = {d for d in tier_b + TIER_C_TREATED_AS_B if not federal(d)}
    skipped_inactive: set[str] = set()
    for row in rows:
        for d in split_list(row["email_domains"] + ";" + row["web_domains"]):
            if federal(d) or parliament(d) or d in not_gov:
                continue
            # An ended organization's domain may have lapsed or passed to a private owner
            # (Ridley Terminals was sold); a hit on it would not mean a GC employee.
            if row["status"] != "active":
                skipped_inactive.add(d)
            else:
                body.add(d)
    body -= set(federal_domains)
    skipped_inactive -= body
    provincial = sort_ci(d for d in tier_c + s1 if not (
        federal(d) or parliament(d) or d in body or d in federal_domains or d in not_gov))
    for d in body:
        assert not federal(d) and not parliament(d) and d not in not_gov, d

    data = {
        "federal_suffixes": FEDERAL_SUFFIXES,
        "federal_domains": federal_domains,
        "federal_body_domains": sort_ci(body),
        "not_public_service_suffixes": sort_ci(not_ps_suffixes),
        "not_public_service_domains": sort_ci(not_ps_domains),
        "provincial_domains": provincial,
    }
    text = header(DOMAINS_SRC).rstrip("\n") + " Also uses <shared>/" + ORGS_SRC + ".\n" + (
        "#\n"
        "# Match the lower-cased part after '@'. *_suffixes: the domain itself or any subdomain,\n"
        "# on label boundaries; *_domains: exact. Check not_public_service_* BEFORE\n"
        "# federal_suffixes.\n"
        "# Tier A (federal public service): federal_suffixes, federal_domains.\n"
        "# Tier B (crown corporations, agents of Parliament, museums, gg.ca; lower severity):\n"
        "#   federal_body_domains: the md list plus non-gc.ca domains of active organizations.\n"
        "# Tier C (government, not the federal public service): not_public_service_* (Parliament,\n"
        "#   PMO) and provincial_domains (informational only).\n\n"
        "schema_version = 1\n"
    )
    text += "".join(f"{k} = {toml_value(v)}\n" for k, v in data.items())
    counts = {k: len(v) for k, v in data.items()}
    if skipped_inactive:
        print(f"  skipped domains of inactive organizations: {', '.join(sorted(skipped_inactive))}")
    return text, counts


# ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="the shared folder holding reference/ (default: ../shared)")
    args = parser.parse_args(argv)
    shared: Path = args.shared.resolve()

    rows = read_orgs(shared)
    gc_abbrs = {r[c].strip() for r in rows for c in ("abbr_en", "abbr_fr") if r[c].strip()}

    outputs: list[tuple[str, str, dict[str, int]]] = []
    politics, counts = build_politics(shared, gc_abbrs)
    outputs.append(("politics.toml", politics, counts))
    orgs, n = build_orgs(rows)
    outputs.append(("gc_organizations.csv", orgs, {"organizations": n}))
    domains, counts = build_domains(shared, rows)
    outputs.append(("gc_email_domains.toml", domains, counts))

    for name, text, counts in outputs:
        write(OUT_DIR / name, text)
        detail = ", ".join(f"{k}: {v}" for k, v in counts.items())
        print(f"wrote {(OUT_DIR / name).relative_to(REPO)} ({detail})")

    curated = set(NEVER_BARE_ACRONYMS) | set(AMBIGUOUS_TAGS) | AMBIGUOUS_SLOGANS
    if stale := sorted(curated - used):
        print(f"note: curated entries unused by the sources: {', '.join(stale)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
