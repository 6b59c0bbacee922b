"""Read a profile file into a Document whose text is the canonical text.

Plain text: UTF-8 (BOM stripped, CRLF and CR turned into LF). HTML: beautifulsoup4 walks the
page, drops site chrome and writes headings, paragraphs, table cells and footnotes each on their
own line, with footnote markers kept as [N], so the same extractors run on both.
"""
from __future__ import annotations

import hashlib
import re
import stat
import unicodedata
import warnings
from pathlib import Path

from .records import Document, Finding

HTML_SUFFIXES = {".html", ".htm"}


class IngestError(Exception):
    """The file cannot be read or parsed; the message says why."""


def slugify(name: str) -> str:
    """A stable, file-name-safe id from a file name (without its extension)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "document"


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


BOMS = [(b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]


def decode(data: bytes) -> tuple[str, str | None, str | None]:
    """(text, finding kind, finding detail). UTF-8 (BOM or not) and UTF-16/32 with a BOM decode as
    they are. A file with a few bad bytes among valid UTF-8 keeps its UTF-8 (bad bytes become U+FFFD,
    finding `decode_errors`); a file with no UTF-8 at all is read as Windows-1252 (finding
    `decode_fallback`), the usual encoding of old Word exports."""
    for bom, encoding in BOMS:  # longest first: a UTF-32-LE BOM starts like a UTF-16-LE one
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), None, None
            except UnicodeDecodeError as exc:
                raise IngestError(f"starts with a {encoding.upper()} byte-order mark but is not valid "
                                  f"{encoding.upper()} (byte {exc.start + len(bom)})") from exc
    if b"\x00" in data:
        raise IngestError("binary file (NUL bytes), not a text or HTML profile")
    try:
        return data.decode("utf-8-sig"), None, None
    except UnicodeDecodeError as exc:
        where = exc.start
    lenient = data.decode("utf-8-sig", errors="replace")
    bad = lenient.count("\ufffd")
    if any(ord(c) > 127 and c != "\ufffd" for c in lenient):  # real UTF-8 text with some broken bytes
        return lenient, "decode_errors", f"not valid UTF-8 at byte {where}; {bad} bad byte sequence(s) replaced by U+FFFD"
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding), "decode_fallback", f"not valid UTF-8 (byte {where}); decoded as {encoding}"
        except UnicodeDecodeError:
            continue
    raise IngestError("cannot decode file")  # pragma: no cover - latin-1 decodes any bytes


def read_bytes(path: str | Path, max_bytes: int | None = None) -> bytes:
    """A file's bytes, or IngestError saying why not (unreadable, a folder, over the size limit)."""
    path = Path(path)
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block or never end
            raise IngestError("not a regular file")
        size = st.st_size
        if max_bytes is not None and size > max_bytes:
            raise IngestError(f"file is {size / 1e6:.1f} MB, over the size limit of {max_bytes / 1e6:g} MB "
                              "(max_file_mb in config.yaml)")
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from exc


def read_document(path: str | Path, doc_id: str | None = None, data: bytes | None = None,
                  max_bytes: int | None = None) -> Document:
    """The canonical text of a file (or of `data`, the file's bytes already read)."""
    path = Path(path)
    if data is None:
        data = read_bytes(path, max_bytes)
    doc_id = doc_id or slugify(path.stem)
    text, finding_kind, finding_detail = decode(data)
    fmt = "html" if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text) else "txt"
    canonical = html_to_text(text) if fmt == "html" else normalise_newlines(text)
    if not canonical.strip():
        raise IngestError("empty document: no text after decoding")
    doc = Document(doc_id, str(path), fmt, hashlib.sha256(data).hexdigest(), canonical)
    if finding_kind:
        doc.findings.append(Finding(doc_id, None, finding_kind, None, None, finding_detail))
    return doc


def looks_like_html(text: str) -> bool:
    """A page saved without an .html name, or pasted into a notebook, still opens with its doctype or <html>."""
    return bool(HTML_START.match(text[:500]))


HTML_START = re.compile(r"\ufeff?\s*<(?:!doctype html|html)\b", re.I)


def document_from_text(text: str, doc_id: str = "document") -> Document:
    """A Document from a profile's text, or from a whole HTML page's markup."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if looks_like_html(text):
        canonical = html_to_text(text.removeprefix("\ufeff"))
        if not canonical.strip():
            raise IngestError("empty document: no text in the HTML page")
        return Document(doc_id, "", "html", sha, canonical)
    canonical = normalise_newlines(text.removeprefix("\ufeff"))
    return Document(doc_id, "", "txt", sha, canonical)


# --- HTML -----------------------------------------------------------------------------------

DROP_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "form", "iframe", "button", "svg", "select"]
CHROME_HINT = re.compile(r"(?:^|[-_ ])(?:nav|menu|breadcrumb|sidebar|footer|header|cookie|share|social|skip)(?:$|[-_ ])", re.I)
BLOCK_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "tr", "div", "section", "article", "blockquote",
              "table", "ul", "ol", "dt", "dd", "pre", "main", "body", "br", "td", "th"}


BOGUS_MARKED_SECTION = re.compile(r"<!\[(?!CDATA\[)", re.I)  # html.parser accepts only a few keywords there


def _is_chrome(tag) -> bool:
    attrs = " ".join([tag.get("id") or ""] + list(tag.get("class") or []))
    return bool(attrs and CHROME_HINT.search(attrs)) or tag.get("role") in {"navigation", "banner", "contentinfo"}


FOOTNOTE_NUMBER = re.compile(r"\s*(\d{1,3})\s*")
FOOTNOTE_ID = re.compile(r"(?:fn|ftn|footnote|note)[-_:]?(\d{1,3})$", re.I)
BACK_LINKS = {"↩", "↩\ufe0e", "↑", "^", "back"}
FOOTNOTE_LIST = re.compile(r"foot-?notes?|endnotes?|fn-?list", re.I)


def _bracket_footnotes(soup) -> None:
    """Pages that link bare superscript numbers to a list of notes (`<sup><a href="#fn1">1</a></sup>`,
    `<li id="fn1">`) are given the Monitor's own markers, "[1]" in the text and "[1] " before each
    note, so footnotes are read as in its Word-exported pages. A superscript that links nowhere
    ("km<sup>2</sup>") is left alone."""
    from bs4 import NavigableString

    for a in soup.find_all("a", href=True):
        if not a["href"].startswith("#") or len(a.contents) != 1:  # a marker holds one number or one <sup>
            continue
        number = FOOTNOTE_NUMBER.fullmatch(a.get_text())
        # The superscript right around the link or right inside it (a bounded look: pages may nest deeply)
        if number and (a.parent.name == "sup" or a.find("sup", recursive=False)):
            a.string = f"[{number.group(1)}]"
    for ol in soup.find_all(["ol", "ul"]):
        marks = " ".join([ol.get("id") or ""] + list(ol.get("class") or []))
        items = ol.find_all("li", recursive=False)
        numbered = [FOOTNOTE_ID.search(li.get("id") or "") for li in items]
        if not items or not (FOOTNOTE_LIST.search(marks) or all(numbered)):
            continue
        start = str(ol.get("start") or "")
        first = int(start) if start.isdigit() else 1
        for k, (li, by_id) in enumerate(zip(items, numbered, strict=True)):
            for back in li.find_all("a", href=True):  # the "↩" link back to the marker is not the note's text
                if back["href"].startswith("#") and back.get_text().strip() in BACK_LINKS:
                    back.decompose()
            # The marker goes into the note's first words, not before a paragraph the note wraps them in.
            words = next((t for t in li.find_all(string=True) if type(t) is NavigableString and t.strip()), None)
            if words is not None and not words.lstrip().startswith("["):
                words.replace_with(f"[{by_id.group(1) if by_id else first + k}] {words.lstrip()}")


def html_to_text(markup: str) -> str:
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag

    def parse(page: str):
        with warnings.catch_warnings():  # a short page that looks like a file name is still a page
            warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
            return BeautifulSoup(page, "html.parser")

    try:
        soup = parse(markup)
    except Exception:  # bs4 re-raises the parser's errors, e.g. on "<![junk" marked sections (found by fuzzing)
        try:
            soup = parse(BOGUS_MARKED_SECTION.sub("&lt;![", markup))
        except Exception as exc:
            raise IngestError(f"cannot parse HTML: {str(exc).splitlines()[0]}") from exc
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.name not in ("html", "body") and _is_chrome(tag):
            tag.clear()
    _bracket_footnotes(soup)
    root = soup.body or soup
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = re.sub(r"[ \t\n\r\f\v]+", " ", "".join(current)).strip(" \t\n\r\f\v")
        current.clear()
        if line.strip():  # "&nbsp;" paragraphs are spacing, not content
            blocks.append(line)

    # An explicit stack, not recursion: untrusted pages may nest thousands of elements deep.
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            flush()
            continue
        if isinstance(node, NavigableString):
            if node.__class__.__name__ not in ("Comment", "Doctype", "Declaration", "ProcessingInstruction", "CData"):
                current.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        if node.name == "br":
            flush()
            continue
        if node.name in BLOCK_TAGS:  # headings, paragraphs, cells: each on its own line
            flush()
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node.children)))
    flush()
    text = "\n\n".join(blocks)
    # Word exports put a space or nothing before markers; keep "[N]" exactly as the anchor text.
    return text + "\n" if text else ""
