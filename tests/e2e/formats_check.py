"""Reads briefc's DOCX and HTML editions the way their users' tools do.

    python3 formats_check.py docx FILE.docx FOOTNOTES LIBREOFFICE.pdf.txt PANDOC.txt
    python3 formats_check.py html FILE.html FILE.docx

Prints one line per finding that is wrong and exits 1 if there is any. The
DOCX is read with python-docx (styles, footnote references), its text is
compared with what LibreOffice printed (pdftotext of soffice's PDF) and with
what pandoc read; the HTML is parsed by html5lib in strict mode and compared
with the DOCX, paragraph by paragraph and note by note.
"""
import re
import sys
import zipfile

import docx
import html5lib
from docx.oxml.ns import qn

problems = []


def problem(message):
    problems.append(message)
    print("  " + message)


def words(text):
    """The words of `text` without digits or brackets: a footnote marker
    prints against its word ("(OMCT)6," in a PDF, "(OMCT)[6]," in pandoc's
    text, "(OMCT)," in the DOCX, whose markers are Word's own)."""
    out = []
    for w in text.split():
        w = re.sub(r"[0-9\[\]]", "", w)
        if w:
            out.append(w)
    return out


def in_order(needles, haystack):
    """Whether the words `needles` occur in `haystack` in order, a word of
    the first possibly split over several of the second (a URL broken at a
    line end). Returns the first word not found, or None."""
    i = 0
    for w in needles:
        while i < len(haystack):
            if haystack[i] == w:
                i += 1
                break
            if w.startswith(haystack[i]):
                joined, k = haystack[i], i + 1
                while k < len(haystack) and len(joined) < len(w) and w.startswith(joined + haystack[k]):
                    joined += haystack[k]
                    k += 1
                if joined == w:
                    i = k
                    break
            i += 1
        else:
            return w
    return None


def printed_in(needle, text):
    """Whether `needle` is in `text`, both without whitespace, whole or in two
    pieces in order: a footnote that runs on to the next page's foot."""
    if needle in text:
        return True
    low, high = 0, len(needle)  # the longest prefix printed
    while low < high:
        mid = (low + high + 1) // 2
        if needle[:mid] in text:
            low = mid
        else:
            high = mid - 1
    if low == 0:
        return False
    at = text.find(needle[:low])
    return needle[low:] in text[at + low:]


def docx_parts(path):
    """The body paragraphs (style, text) and the footnotes' texts of a DOCX."""
    d = docx.Document(path)
    # Every run's text, links' too (python-docx's paragraph.text leaves out
    # the runs inside w:hyperlink).
    body = [(p.style.name, "".join(t.text or "" for t in p._p.iter(qn("w:t")))) for p in d.paragraphs]
    with zipfile.ZipFile(path) as z:
        from lxml import etree
        notes_xml = etree.fromstring(z.read("word/footnotes.xml"))
    notes = []
    for n in notes_xml.iter(qn("w:footnote")):
        if n.get(qn("w:type")):
            continue
        notes.append("".join(t.text or "" for t in n.iter(qn("w:t"))).strip())
    references = list(d.element.body.iter(qn("w:footnoteReference")))
    return d, body, notes, references


def check_docx(path, footnotes, libreoffice_text, pandoc_text):
    d, body, notes, references = docx_parts(path)
    if len(notes) != footnotes:
        problem(f"{path}: {len(notes)} footnotes in footnotes.xml, the PDF has {footnotes}")
    if len(references) != footnotes:
        problem(f"{path}: {len(references)} footnote references in the body, the PDF has {footnotes}")
    headings = [t for s, t in body if s.startswith("Heading")]
    if not headings:
        problem(f"{path}: python-docx finds no paragraph in a Heading style")
    if body[0][0] != "Title":
        problem(f"{path}: the first paragraph's style is {body[0][0]}, not Title")
    if d.core_properties.title.strip() == "" or d.core_properties.language == "":
        problem(f"{path}: the document properties lack the title or the language")
    printed = words(open(libreoffice_text, encoding="utf-8").read())
    missing = in_order([w for _, t in body for w in words(t)], printed)
    if missing:
        problem(f"{path}: LibreOffice's PDF lacks the body text from '{missing}' on")
    joined = re.sub(r"\s", "", open(libreoffice_text, encoding="utf-8").read())
    for number, note in enumerate(notes, 1):
        if not printed_in(re.sub(r"\s", "", note), joined):
            problem(f"{path}: LibreOffice's PDF lacks footnote {number} ('{note[:60]}')")
    for url in re.findall(r"https?://\S+", " ".join(notes)):
        if not printed_in(url.rstrip(".,;)"), joined):
            problem(f"{path}: LibreOffice's PDF lacks the URL {url}")
    read_back = open(pandoc_text, encoding="utf-8").read()
    if f"[{footnotes}]" not in read_back and footnotes:
        problem(f"{path}: pandoc's reading has no note [{footnotes}]")
    # pandoc keeps the title and subtitle as metadata, out of the plain text.
    missing = in_order([w for s, t in body if s not in ("Title", "Subtitle") for w in words(t)], words(read_back))
    if missing:
        problem(f"{path}: pandoc's reading lacks the body text from '{missing}' on")


def text_of(element):
    return " ".join("".join(element.itertext()).split())


def check_html(path, docx_path):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        page = parser.parse(open(path, "rb"))
    except Exception as e:  # html5lib's ParseError names the first error
        problem(f"{path}: html5lib: {e}")
        return
    if parser.errors:
        problem(f"{path}: html5lib: {parser.errors[:3]}")
    _, body, notes, _ = docx_parts(docx_path)
    article = page.find(".//article")
    for sup in article.iter("sup"):  # the markers: the DOCX's are Word's own, without text
        if sup.get("class") == "fn":
            for child in list(sup):
                sup.remove(child)
    text = words(text_of(article))
    missing = in_order([w for _, t in body for w in words(t)], text)
    if missing:
        problem(f"{path}: the page lacks the body text from '{missing}' on")
    items = page.findall(".//section[@class='notes']/ol/li")
    if len(items) != len(notes):
        problem(f"{path}: {len(items)} notes, the DOCX has {len(notes)}")
    for number, (item, note) in enumerate(zip(items, notes), 1):
        if not text_of(item).startswith(" ".join(note.split())):
            problem(f"{path}: note {number} reads '{text_of(item)[:60]}', not '{note[:60]}'")
        back = item.find("a[@class='back']")
        if back is None or page.find(f".//*[@id='{back.get('href')[1:]}']") is None:
            problem(f"{path}: note {number} has no link back to its marker")
    headings = [h for h in article.iter() if h.tag in ("h2", "h3", "h4", "h5")]
    docx_headings = [t for s, t in body if s.startswith("Heading")]
    if len(headings) != len(docx_headings):
        problem(f"{path}: {len(headings)} headings, the DOCX has {len(docx_headings)}")
    if not page.get("lang"):
        problem(f"{path}: <html> has no lang")
    # Self-contained: nothing the page would fetch.
    for element in page.iter():
        for attribute in ("src", "href", "srcset", "data"):
            value = element.get(attribute) or ""
            if element.tag != "a" and (value.startswith("http") or value.startswith("//")):
                problem(f"{path}: <{element.tag} {attribute}=\"{value}\"> makes a request")
        if element.tag in ("link", "script", "img", "iframe", "object", "embed", "video", "audio", "source"):
            problem(f"{path}: a <{element.tag}> element")
    for style in page.iter("style"):
        if "url(" in (style.text or "") or "@import" in (style.text or ""):
            problem(f"{path}: the stylesheet loads something")


if sys.argv[1] == "docx":
    check_docx(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
else:
    check_html(sys.argv[2], sys.argv[3])
sys.exit(1 if problems else 0)
