"""HTML fragments (Mastodon statuses and bios, other exports' HTML bodies) to the text a reader
sees, so rules match what was written and evidence offsets point at readable text.

Inline markup is dropped without adding spaces: Mastodon writes a hashtag as
`#<span>tag</span>` and a link as `<span class="invisible">https://</span><span>host/pa</span>
<span class="invisible">th</span>`, and both must come out whole ("#tag", the full URL).
`<br>` and the end of a block (`</p>`, `</li>`, ...) become a newline so lines stay lines.
"""

from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString

# Elements whose end is a line break when read; inline ones (a, span, b, em, ...) join as is.
_BLOCKS = ("p", "div", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "tr")
# Never text a reader sees.
_INVISIBLE = ("script", "style", "template")


def html_to_text(fragment: str | None) -> str:
    """Readable text of an HTML fragment: entities decoded, `<br>` and `</p>` as newlines."""
    if not fragment:
        return ""
    if "<" not in fragment and "&" not in fragment:
        # Plain text (or an empty bio): skip the parser, which is the slow part.
        return fragment.strip("\n")
    soup = BeautifulSoup(fragment, "html.parser")
    for element in soup.find_all(_INVISIBLE):
        element.decompose()
    for br in soup.find_all("br"):
        br.replace_with(NavigableString("\n"))
    for block in soup.find_all(_BLOCKS):
        block.append(NavigableString("\n"))
    return soup.get_text().strip("\n")
