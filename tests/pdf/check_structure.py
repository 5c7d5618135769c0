#!/usr/bin/python3
"""check_structure.py FILE.pdf [FILE.pdf ...]: the machine-checkable rules of
PDF/UA-1 (ISO 14289-1) and PDF/A-2u (ISO 19005-2) that briefc promises, read
from the written file with pikepdf (python3-pikepdf). docs/accessibility.md
lists which Matterhorn Protocol conditions each check covers.

Prints one line per failed rule ("FILE: rule: detail", at most a few per
rule) and a last line "structure: N files, M problems". Exits 0 when every
file passes, 1 when one does not, 2 when a tool is missing.
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

try:
    import pikepdf
except ImportError:
    print("check_structure.py: pikepdf not found (install python3-pikepdf; run with /usr/bin/python3)",
          file=sys.stderr)
    sys.exit(2)

# Standard structure types of PDF 32000-1, 14.8.4: no role map is needed for these.
STANDARD_TYPES = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index",
    "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody",
    "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference",
    "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure",
    "Formula", "Form",
}
TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}
NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
}


class Report:
    def __init__(self, path):
        self.path = path
        self.problems = 0
        self.shown = {}

    def fail(self, rule, detail):
        self.problems += 1
        self.shown[rule] = self.shown.get(rule, 0) + 1
        if self.shown[rule] <= 5:
            print(f"{self.path}: {rule}: {detail}")


def key(obj):
    return obj.objgen


def text(value):
    return str(value) if value is not None else ""


# ---------------------------------------------------------------- ToUnicode

def tounicode_codes(stream):
    """The codes a ToUnicode CMap maps, and whether any maps to U+0000, FEFF or FFFE."""
    data = stream.read_bytes().decode("latin-1")
    codes, bad = set(), []
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            codes.add(int(src, 16))
            if int(dst, 16) in (0, 0xFEFF, 0xFFFE):
                bad.append(src)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            codes.update(range(int(lo, 16), int(hi, 16) + 1))
            if int(dst, 16) in (0, 0xFEFF, 0xFFFE):
                bad.append(lo)
    return codes, bad, ("begincidrange" in data or "notdefrange" in data), ("/CMapType 2" in data)


def check_fonts(pdf, r):
    fonts = {}
    for n, page in enumerate(pdf.pages, 1):
        resources = page.obj.get("/Resources")
        if resources is None or "/Font" not in resources:
            continue
        for name, font in resources.Font.items():
            if key(font) in fonts:
                continue
            fonts[key(font)] = None
            base = text(font.get("/BaseFont"))
            descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                r.fail("font-embedded", f"{base} is not embedded")
            elif any(descriptor.get(k, 0) == 0 for k in ("/CapHeight", "/StemV")):
                r.fail("font-descriptor", f"{base} has no CapHeight or StemV")
            if "/ToUnicode" not in font:
                r.fail("tounicode", f"{base} has no ToUnicode map")
                continue
            codes, bad, invalid, type2 = tounicode_codes(font.ToUnicode)
            fonts[key(font)] = codes
            if invalid or not type2:
                r.fail("tounicode", f"{base}: not a CMapType 2 map of bfchar/bfrange entries")
            if bad:
                r.fail("tounicode", f"{base} maps {bad[0]} to U+0000, U+FEFF or U+FFFE")
    return fonts


# ---------------------------------------------------------------- content

def string_codes(operands):
    for o in operands:
        if isinstance(o, pikepdf.String):
            data = bytes(o)
            for i in range(0, len(data) - 1, 2):
                yield data[i] << 8 | data[i + 1]
        elif isinstance(o, pikepdf.Array):
            yield from string_codes(list(o))


def check_content(pdf, r, font_codes):
    """Every text-showing operator inside an MCID sequence or an Artifact, never
    both; every code shown mapped by its font's ToUnicode. Returns {(page, mcid)}."""
    marked = set()
    for n, page in enumerate(pdf.pages, 1):
        stack = []  # ("artifact" | mcid | None) per open sequence
        font = None
        resources = page.obj.get("/Resources")
        fonts = resources.Font if resources is not None and "/Font" in resources else {}
        for operands, op in pikepdf.parse_content_stream(page):
            op = str(op)
            if op in ("BDC", "BMC"):
                tag = str(operands[0])
                props = operands[1] if op == "BDC" else None
                mcid = None
                if isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                    mcid = int(props.MCID)
                if tag == "/Artifact":
                    if any(s not in ("artifact", None) for s in stack):
                        r.fail("artifact-in-content", f"page {n}: an Artifact inside tagged content")
                    stack.append("artifact")
                elif mcid is not None:
                    if "artifact" in stack:
                        r.fail("content-in-artifact", f"page {n}: MCID {mcid} inside an Artifact")
                    if any(isinstance(s, int) for s in stack):
                        r.fail("nested-mcid", f"page {n}: MCID {mcid} inside another MCID")
                    if (n, mcid) in marked:
                        r.fail("duplicate-mcid", f"page {n}: MCID {mcid} used twice")
                    marked.add((n, mcid))
                    stack.append(mcid)
                else:
                    stack.append(None)
            elif op == "EMC":
                if not stack:
                    r.fail("marked-content", f"page {n}: EMC without BDC")
                else:
                    stack.pop()
            elif op == "Tf":
                font = fonts.get(str(operands[0])) if fonts else None
            elif op in TEXT_OPERATORS:
                if not any(s == "artifact" or isinstance(s, int) for s in stack):
                    r.fail("untagged-content", f"page {n}: text shown outside tagged content and artifacts")
                codes = font_codes.get(key(font)) if font is not None else None
                if codes is not None:
                    for code in string_codes(operands):
                        if code not in codes:
                            r.fail("tounicode-coverage", f"page {n}: code {code:04X} of {font.get('/BaseFont')} not in its ToUnicode")
        if stack:
            r.fail("marked-content", f"page {n}: {len(stack)} sequence(s) not closed")
    return marked


# ---------------------------------------------------------------- structure

def parent_tree_entries(node, out):
    if "/Nums" in node:
        nums = node.Nums
        for i in range(0, len(nums), 2):
            out[int(nums[i])] = nums[i + 1]
    for kid in node.get("/Kids", []):
        parent_tree_entries(kid, out)


def check_structure(pdf, r, marked):
    root = pdf.Root.get("/StructTreeRoot")
    if root is None:
        r.fail("structure-tree", "no StructTreeRoot")
        return
    page_number = {key(p.obj): n for n, p in enumerate(pdf.pages, 1)}
    reached = {}      # (page, mcid) -> element
    objr_of = {}      # annotation -> element
    headings = []
    seen = set()
    ids = set()

    def walk(element, parent):
        if key(element) in seen:
            r.fail("structure-tree", "an element is reached twice")
            return
        seen.add(key(element))
        s = text(element.get("/S"))[1:]
        if s not in STANDARD_TYPES:
            r.fail("standard-types", f"element type {s} is not a standard one")
        if parent is not None and ("/P" not in element or key(element.P) != key(parent)):
            r.fail("structure-tree", f"{s} element's /P is not its parent")
        if re.fullmatch(r"H[1-6]", s):
            headings.append(int(s[1]))
        if s == "Note":
            note_id = element.get("/ID")
            if note_id is None:
                r.fail("note-id", "a Note without /ID")
            elif bytes(note_id) in ids:
                r.fail("note-id", "two Notes with one /ID")
            else:
                ids.add(bytes(note_id))
        kids = element.get("/K")
        if kids is None:
            kids = []
        elif not isinstance(kids, pikepdf.Array):
            kids = [kids]
        parent_type = s
        for kid in kids:
            if isinstance(kid, int):
                pg = element.get("/Pg")
                if pg is None:
                    r.fail("structure-tree", f"{s} holds MCID {kid} but has no /Pg")
                    continue
                reached[(page_number.get(key(pg)), int(kid))] = element
            elif isinstance(kid, pikepdf.Dictionary) and text(kid.get("/Type")) == "/MCR":
                pg = kid.get("/Pg", element.get("/Pg"))
                reached[(page_number.get(key(pg)), int(kid.MCID))] = element
            elif isinstance(kid, pikepdf.Dictionary) and text(kid.get("/Type")) == "/OBJR":
                objr_of[key(kid.Obj)] = element
                if s != "Link" and text(kid.Obj.get("/Subtype")) == "/Link":
                    r.fail("link-in-link-tag", f"a link annotation's OBJR is in a {s}, not a Link")
            elif isinstance(kid, pikepdf.Dictionary):
                child = text(kid.get("/S"))[1:]
                if parent_type == "L" and child not in ("LI", "Caption", "L"):
                    r.fail("list-structure", f"an L holds a {child}")
                if parent_type == "LI" and child not in ("Lbl", "LBody"):
                    r.fail("list-structure", f"an LI holds a {child}")
                walk(kid, element)

    top = root.get("/K")
    for element in (top if isinstance(top, pikepdf.Array) else [top]):
        walk(element, None)

    # Headings: the first is H1, and no level is skipped on the way down.
    if headings and headings[0] != 1:
        r.fail("headings", f"the first heading is H{headings[0]}")
    deepest = 0
    for level in headings:
        if level > deepest + 1:
            r.fail("headings", f"H{level} follows H{deepest}")
        deepest = max(deepest, level) if level > deepest else level

    for where in sorted(marked - set(reached), key=lambda t: (t[0] or 0, t[1])):
        r.fail("mcid-not-in-tree", f"page {where[0]}: MCID {where[1]} is not reached by the structure tree")
    for where in sorted(set(reached) - marked, key=lambda t: (t[0] or 0, t[1])):
        r.fail("tree-mcid-missing", f"page {where[0]}: the tree refers to MCID {where[1]}, which no content has")

    # ParentTree: page → MCID → element; annotation → element.
    entries = {}
    if "/ParentTree" not in root:
        r.fail("parent-tree", "no ParentTree")
    else:
        parent_tree_entries(root.ParentTree, entries)
    for n, page in enumerate(pdf.pages, 1):
        mcids = sorted(m for (p, m) in marked if p == n)
        if not mcids:
            continue
        if "/StructParents" not in page.obj:
            r.fail("parent-tree", f"page {n} has marked content but no /StructParents")
            continue
        array = entries.get(int(page.obj.StructParents))
        if array is None:
            r.fail("parent-tree", f"page {n}: no ParentTree entry")
            continue
        for m in mcids:
            if m >= len(array) or key(array[m]) != key(reached.get((n, m), array[m])) or (n, m) not in reached:
                r.fail("parent-tree", f"page {n}: ParentTree entry for MCID {m} is not the element that holds it")
        for annot in page.obj.get("/Annots", []):
            if text(annot.get("/Subtype")) != "/Link":
                continue
            if "/StructParent" not in annot:
                r.fail("link-annotation", f"page {n}: a link annotation without /StructParent")
            elif key(entries.get(int(annot.StructParent), annot)) != key(objr_of.get(key(annot), pdf.Root)):
                r.fail("parent-tree", f"page {n}: a link annotation's ParentTree entry is not its Link element")


# ---------------------------------------------------------------- annotations, catalog, XMP

def check_annotations(pdf, r):
    for n, page in enumerate(pdf.pages, 1):
        annots = page.obj.get("/Annots", [])
        if len(annots) and text(page.obj.get("/Tabs")) != "/S":
            r.fail("tabs", f"page {n} has annotations but /Tabs is not /S")
        for annot in annots:
            if text(annot.get("/Subtype")) != "/Link":
                continue
            if not text(annot.get("/Contents")).strip():
                r.fail("link-annotation", f"page {n}: a link annotation without /Contents")
            if not int(annot.get("/F", 0)) & 4:
                r.fail("link-annotation", f"page {n}: a link annotation without the print flag")


def xmp_value(root, path):
    node = root.find(path, NS)
    if node is None:
        return None
    li = node.find(".//rdf:li", NS)
    return (li.text if li is not None else node.text) or ""


def pdf_date_to_xmp(value):
    m = re.match(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)", value)
    return f"{m[1]}-{m[2]}-{m[3]}T{m[4]}:{m[5]}:{m[6]}Z" if m else value


def check_catalog_and_metadata(pdf, path, r):
    catalog = pdf.Root
    with open(path, "rb") as f:
        if not f.read(8).startswith(b"%PDF-1.7"):
            r.fail("header", "the header is not %PDF-1.7")
    mark_info = catalog.get("/MarkInfo")
    if mark_info is None or not bool(mark_info.get("/Marked", False)):
        r.fail("mark-info", "MarkInfo /Marked is not true")
    elif bool(mark_info.get("/Suspects", False)):
        r.fail("mark-info", "MarkInfo /Suspects is true")
    prefs = catalog.get("/ViewerPreferences")
    if prefs is None or not bool(prefs.get("/DisplayDocTitle", False)):
        r.fail("display-doc-title", "ViewerPreferences /DisplayDocTitle is not true")
    lang = text(catalog.get("/Lang"))
    if not lang:
        r.fail("lang", "the catalog has no /Lang")
    trailer_id = pdf.trailer.get("/ID")
    if trailer_id is None or len(trailer_id) != 2:
        r.fail("file-id", "the trailer has no /ID")
    intents = catalog.get("/OutputIntents", [])
    if not any(text(i.get("/S")) == "/GTS_PDFA1" and "/DestOutputProfile" in i
               and int(i.DestOutputProfile.get("/N", 0)) == 3 for i in intents):
        r.fail("output-intent", "no GTS_PDFA1 output intent with an RGB profile")
    if "/Metadata" not in catalog:
        r.fail("xmp", "no XMP metadata stream")
        return
    if "/Filter" in catalog.Metadata:
        r.fail("xmp", "the metadata stream is compressed")
    xmp = ET.fromstring(catalog.Metadata.read_bytes())
    info = pdf.trailer.get("/Info", {})
    agree = [
        ("dc:title", ".//dc:title", text(info.get("/Title"))),
        ("dc:creator", ".//dc:creator", text(info.get("/Author"))),
        ("dc:description", ".//dc:description", text(info.get("/Subject"))),
        ("pdf:Keywords", ".//pdf:Keywords", text(info.get("/Keywords"))),
        ("xmp:CreatorTool", ".//xmp:CreatorTool", text(info.get("/Creator"))),
        ("pdf:Producer", ".//pdf:Producer", text(info.get("/Producer"))),
        ("xmp:CreateDate", ".//xmp:CreateDate", pdf_date_to_xmp(text(info.get("/CreationDate")))),
        ("xmp:ModifyDate", ".//xmp:ModifyDate", pdf_date_to_xmp(text(info.get("/ModDate")))),
        ("dc:language", ".//dc:language", lang),
    ]
    for name, where, expected in agree:
        found = xmp_value(xmp, where)
        if (found or "") != expected:
            r.fail("xmp-info", f"{name} is {found!r}, the document info says {expected!r}")
    if not xmp_value(xmp, ".//dc:title"):
        r.fail("xmp", "no dc:title")
    if xmp_value(xmp, ".//pdfaid:part") != "2" or xmp_value(xmp, ".//pdfaid:conformance") != "U":
        r.fail("xmp", "no PDF/A-2u identification")
    if xmp_value(xmp, ".//pdfuaid:part") != "1":
        r.fail("xmp", "no PDF/UA-1 identification")


def check_file(path):
    r = Report(path)
    checked = subprocess.run(["qpdf", "--check", path], capture_output=True, text=True)
    if checked.returncode != 0 or "No syntax or stream encoding errors" not in checked.stdout:
        r.fail("qpdf-check", (checked.stdout + checked.stderr).strip().splitlines()[-1:])
    with pikepdf.open(path) as pdf:
        font_codes = check_fonts(pdf, r)
        marked = check_content(pdf, r, font_codes)
        check_structure(pdf, r, marked)
        check_annotations(pdf, r)
        check_catalog_and_metadata(pdf, path, r)
    return r.problems


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    problems = sum(check_file(p) for p in sys.argv[1:])
    print(f"structure: {len(sys.argv) - 1} files, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
