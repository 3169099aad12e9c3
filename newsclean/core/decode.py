"""Bytes → text, decided the way a browser decides, in one place for every entry point.

``clean_html``, the CLI (text and HTML files) and the pipeline all decode here, so a page gives
the same text whichever way it arrives. The order is the browser's: a byte-order mark, then
the charset the caller knows (the HTTP ``Content-Type``, or an encoding the user names), then
the page's own ``<meta charset>``/XML declaration, then detection for bytes that declare
nothing: strict UTF-8 first (most of the web, and no other common encoding produces valid
multi-byte UTF-8 by chance; 7-bit ISO-2022-JP is the exception, known by its escapes), then a
statistical detector. Three repairs go beyond a browser, all flagged: a declaration that
cannot be true of the bytes (a declared UTF-8 page that is not valid UTF-8, a declared
single-byte page whose bytes are valid multi-byte UTF-8) gives way to what the bytes are; UTF-8
with a few stray cp1252 bytes keeps its UTF-8; and an unknown charset label is skipped.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from dataclasses import dataclass, field
from typing import Literal

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
    to_unicode,
)

Source = Literal["bom", "caller", "http", "declared", "utf-8", "detected", "fallback"]

FALLBACK_ENCODING = "cp1252"
"""What undeclared, undetectable bytes are read as: the web's commonest legacy encoding, and
one that maps every byte, so no text is lost."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the encoding used and why it was chosen; ``flags`` name any doubt."""

    text: str
    encoding: str
    source: Source
    flags: list[str] = field(default_factory=list)


class UnknownEncodingError(LookupError):
    """An encoding the caller named explicitly does not exist."""


def decode_html(
    data: bytes, *, content_type: str | None = None, encoding: str | None = None
) -> Decoded:
    """Decode an HTML page's bytes; ``content_type`` is the HTTP header, ``encoding`` an
    encoding the caller knows for certain (it wins over everything but a BOM).

    >>> decode_html("<p>Привет, мир: новости дня</p>".encode("cp1251")).text
    '<p>Привет, мир: новости дня</p>'
    >>> decode_html(b"<meta charset='latin-1'><p>caf\\xe9</p>").source
    'declared'
    """
    return _decode(data, content_type, encoding, html=True)


def decode_text(
    data: bytes, *, content_type: str | None = None, encoding: str | None = None
) -> Decoded:
    """Decode plain text (a page's text form): as ``decode_html`` without a markup scan.

    >>> decode_text("ニュース速報：台風が接近".encode("shift_jis")).encoding
    'cp932'
    """
    return _decode(data, content_type, encoding, html=False)


def _decode(
    data: bytes, content_type: str | None, encoding: str | None, *, html: bool
) -> Decoded:
    bom_encoding, bom = read_bom(data)
    if bom_encoding is not None and bom is not None:
        return Decoded(to_unicode(data[len(bom):], bom_encoding), bom_encoding, "bom")
    flags: list[str] = []
    if encoding:
        named = resolve_encoding(encoding)
        if named is None:
            raise UnknownEncodingError(f"unknown encoding {encoding!r}")
        text = _read_as(data, named)
        if text is None:  # the caller's word stands, but the doubt is recorded
            flags.append(f"charset-mismatch: given {named}")
            text = to_unicode(data, named)
        return Decoded(text, named, "caller", flags)
    declared = _declared(data, content_type, html, flags)
    if declared is not None:
        name, source = declared
        text = _read_as(data, name)
        if text is not None:
            return Decoded(text, name, source, flags)
        flags.append(f"charset-mismatch: declared {name}")
    return _undeclared(data, flags)


def _declared(
    data: bytes, content_type: str | None, html: bool, flags: list[str]
) -> tuple[str, Source] | None:
    """The charset the HTTP header, then the page itself, declares; unknown labels flagged."""
    name = http_content_type_encoding(content_type)
    if name is not None:
        return name, "http"
    if _CHARSET_LABEL.search(content_type or ""):
        flags.append("charset-unknown: http")
    if not html:
        return None
    name = html_body_declared_encoding(data)
    if name is not None:
        return name, "declared"
    if _CHARSET_LABEL_BYTES.search(data[:4096]):
        # A label w3lib could not resolve ("x-no-such-charset"), or one it refused (UTF-7).
        flags.append("charset-unknown: declared")
    return None


_CHARSET_LABEL = re.compile(r"charset\s*=", re.IGNORECASE)
_CHARSET_LABEL_BYTES = re.compile(rb"<meta[^>]{0,200}charset\s*=|<\?xml[^>]{0,100}encoding",
                                  re.IGNORECASE)


def _read_as(data: bytes, name: str) -> str | None:
    """The bytes read in a declared encoding, or None when it cannot be true of them (see the
    module docstring); the text is kept, so a page is decoded once."""
    if _is_single_byte(name) and not data.isascii() and _utf8(data) is not None:
        return None  # valid multi-byte UTF-8: the declaration is a template's leftover
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return None


def _undeclared(data: bytes, flags: list[str]) -> Decoded:
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return Decoded(to_unicode(data, utf16), utf16, "detected", flags)
    if _looks_binary(data):
        flags.append("input-looks-binary")
    text = _utf8(data)
    if text is not None and not (data.isascii() and _ISO_2022.search(data)):
        return Decoded(text, "utf-8", "utf-8", flags)
    if _mostly_utf8(data):
        flags.append(MIXED)
        return Decoded(data.decode("utf-8", _CP1252_BYTES), "utf-8", "utf-8", flags)
    detected = detect_encoding(data)
    if detected is not None:
        return Decoded(to_unicode(data, detected), detected, "detected", flags)
    flags.append("charset-guessed")
    return Decoded(to_unicode(data, FALLBACK_ENCODING), FALLBACK_ENCODING, "fallback", flags)


_HEAD = 4096

MIXED = "charset-mixed: utf-8 with cp1252 bytes"
_CP1252_BYTES = "newsclean-cp1252-bytes"


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejects as cp1252 (a quote pasted from a Windows editor)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bytes(bad).decode(FALLBACK_ENCODING, "replace"), error.end


codecs.register_error(_CP1252_BYTES, _cp1252_bytes)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few stray single-byte characters: text edited in two tools. Read as a
    whole by a detector it would turn every correct UTF-8 character into mojibake; a page in
    a legacy encoding has few or no valid multi-byte sequences, so many more invalid bytes."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return bad > 0 and non_ascii - bad >= 4 * bad


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs on one side of every ASCII-range character (markup,
    spaces, digits): the NUL side tells the byte order, which detectors confuse."""
    head = data[:_HEAD]
    if len(head) < 8:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    enough = len(head) // 10
    if odd >= enough and even <= odd // 8:
        return "utf-16-le"
    if even >= enough and odd <= even // 8:
        return "utf-16-be"
    return None


# C0 controls but NUL (a stray NUL is common in broken text) and the ones text uses.
_CONTROL_BYTES = bytes(b for b in range(1, 32) if b not in b"\t\n\r\f\x1b")


def _looks_binary(data: bytes) -> bool:
    """Not text in any encoding: a sizeable share of control bytes (an image, an archive).
    Asked only of bytes that are not UTF-16, whose NULs and controls are its text."""
    head = data[:_HEAD]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) // 20


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


_SINGLE_BYTE = re.compile(r"^(?:cp12\d\d|latin_?\d*|iso8859_\d+|koi8_\w+|mac_\w+|cp8\d\d|cp4\d\d)$")


def _is_single_byte(name: str) -> bool:
    return bool(_SINGLE_BYTE.match(codecs.lookup(name).name.replace("-", "_")))


_TAGS = re.compile(rb"<(?:script|style)\b.*?</(?:script|style)\s*>|<[^>]{0,4000}>",
                   re.IGNORECASE | re.DOTALL)
_SPACES = re.compile(rb"\s+")
_C1_BYTES = re.compile(rb"[\x80-\x9f]")
_ISO_2022 = re.compile(rb"\x1b\$(?:[@AB]|\([CD]|\)[AC])")
"""An ISO-2022 shift into a double-byte set (JIS X 0208/0212, KS X 1001, GB 2312): 7-bit bytes
that are valid ASCII, and so valid UTF-8, but Japanese, Korean or Chinese text."""
_DETECT_SAMPLE = 16_000  # bytes of text: detection is as right at 4 kB as at 64 kB, and 10× faster


def detection_sample(data: bytes) -> bytes:
    """The bytes the detector reads: the page's text, without markup and with whitespace runs
    collapsed. Tags and indentation are ASCII in every encoding detected here; left in, they
    dilute the statistics (a page whose sample is 93% indentation and one curly quote reads
    as DOS cp437)."""
    text = _TAGS.sub(b" ", data[: _DETECT_SAMPLE * 8])
    return _SPACES.sub(b" ", text)[:_DETECT_SAMPLE]


def detect_encoding(data: bytes) -> str | None:
    """The likeliest encoding of undeclared bytes, or None.

    Only encodings a browser decodes are candidates (chardet's modern-web and ISO-8859 sets,
    not DOS, Mac or EBCDIC code pages), and no ISO-8859 one when the text has bytes
    0x80–0x9F: those are control characters there, so such bytes mean a Windows code page.
    chardet was measured against charset-normalizer and cchardet (``bench/bench_encodings.py``).
    """
    import chardet
    from chardet.enums import EncodingEra

    head = data[: _DETECT_SAMPLE * 8]
    if head.isascii() and _ISO_2022.search(head):
        sample = head  # 7-bit double-byte text holds "<" and ">": no tag stripping
    else:
        sample = detection_sample(data)
        if sample.isascii():
            return None
    era = EncodingEra.MODERN_WEB
    if not _C1_BYTES.search(sample):
        era |= EncodingEra.LEGACY_ISO
    # Not ``prefer_superset``: chardet's table there maps ISO-8859-2/-5/-6/-7 to windows-125x
    # code pages that put other letters at the same bytes (ISO-8859-5 Cyrillic read as
    # cp1251 is all mojibake). w3lib's resolve_encoding widens only to true supersets
    # (latin-1 → cp1252, GB2312 → GB18030, Shift_JIS → cp932, …), as browsers do.
    guess = chardet.detect(sample, encoding_era=era).get("encoding")
    return resolve_encoding(guess) if guess else None


# --- compressed input ------------------------------------------------------------------------

_GZIP_MAGIC = b"\x1f\x8b"


def is_gzip(data: bytes) -> bool:
    return data[:2] == _GZIP_MAGIC


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip input to at most ``limit`` bytes: a small file can expand to gigabytes.
    Raises ``gzip.BadGzipFile`` for data that is not gzip after all."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, limit)
    except zlib.error as exc:
        raise gzip.BadGzipFile(f"not valid gzip data ({exc})") from exc
    if not decompressor.eof and len(out) < limit:
        raise gzip.BadGzipFile("gzip data ends early (a cut download?)")
    return out
