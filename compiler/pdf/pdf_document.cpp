#include "pdf/pdf_document.hpp"

#include "fonts/shaper.hpp"
#include "fonts/truetype_font.hpp"
#include "pdf/archival.hpp"
#include "pdf/colour_profile.hpp"
#include "pdf/font_embedding.hpp"
#include "pdf/glyph_codes.hpp"
#include "pdf/link_annotations.hpp"
#include "pdf/page_compressor.hpp"
#include "pdf/page_content.hpp"
#include "pdf/structure_tree.hpp"
#include "pdf/writer_memo.hpp"
#include "pdf/xmp_metadata.hpp"
#include "text/percent_encoding.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>
#include <deque>
#include <filesystem>
#include <fmt/format.h>
#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_encrypt.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <map>
#include <optional>
#include <stdexcept>

namespace briefc::pdf {

namespace {

// Thrown inside this file only, when libharu reports an error; write() turns
// it into an error message.
struct HaruFailure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct ErrorState {
  HPDF_STATUS error = 0;
  HPDF_STATUS detail = 0;
};

void on_haru_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
  auto* state = static_cast<ErrorState*>(user_data);
  if (state->error == 0) {
    state->error = error;
    state->detail = detail;
  }
}

HPDF_STATUS write_flate_filter_entry(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

struct FontKeyLess {
  bool operator()(const layout::FontKey& a, const layout::FontKey& b) const {
    return std::tie(a.family, a.face) < std::tie(b.family, b.face);
  }
};

// A value per BMP code point, made 256 at a time as first asked: a document
// touches a few blocks (ASCII, Latin-1, punctuation, perhaps Cyrillic), and
// a flat table of 65,536 entries per face cost more to fault in than to use.
template <typename T, T unknown>
class BmpTable {
public:
  T& at(char32_t cp) {
    auto& block = blocks_[cp >> 8];
    if (!block) {
      block = std::make_unique<std::array<T, 256>>();
      block->fill(unknown);
    }
    return (*block)[cp & 0xFF];
  }

private:
  std::array<std::unique_ptr<std::array<T, 256>>, 256> blocks_;
};

// One face of a family, as the style names it.
struct Face {
  std::string path;                         // the file fontconfig found
  const fonts::TrueTypeFont* file = nullptr;  // owned by Impl::files
  const fonts::Shaper* shaper = nullptr;      // owned by Impl::shapers
  // Whether the font has the BMP code point: -1 until first asked.
  mutable BmpTable<std::int8_t, -1> has_glyph;
  HPDF_Dict font = nullptr;  // the Type 0 font made by finish(), from the subset
  int resource = 0;          // n of the page resource name "Fn"; 0 until first drawn
};

}  // namespace

struct PdfDocument::Impl : layout::FontMetrics {
  ErrorState errors;
  HPDF_Doc pdf = nullptr;
  std::map<layout::FontKey, Face, FontKeyLess> faces;
  std::map<std::string, fonts::TrueTypeFont> files;  // path → font, so two keys share one file
  std::map<std::string, fonts::Shaper> shapers;      // path → its file's shaper
  mutable const layout::FontKey* last_key = nullptr;  // most layout calls repeat the last font
  mutable const Face* last_face = nullptr;

  std::vector<HPDF_Page> pages;
  std::vector<Face*> drawn_faces;                       // by resource number - 1
  // Path → BMP code points drawn, a bit each (1,024 words, scanned at the end).
  std::map<std::string, std::vector<std::uint64_t>> used_chars;
  std::map<std::string, GlyphCodes> glyph_codes;  // path → the codes of its ligatures drawn
  WriterMemo* memo = nullptr;  // the session's, or `own_memo`
  std::unique_ptr<WriterMemo> own_memo;
  bool remember = false;  // pages go into the memo: only a session's is asked again
  // Each drawn page's content stream until finish() writes it: compressed,
  // or on its way (`number` at the compressor).
  struct PendingContent {
    static constexpr std::size_t known = static_cast<std::size_t>(-1);
    std::size_t number = known;
    std::string compressed;
    std::string content;  // kept for the memo until compressed (sessions only)
  };
  std::vector<PendingContent> contents;
  PageCompressor compressor;  // declared after `contents`: destroyed first, with its thread
  std::deque<std::string> font_entries;  // the fonts' serialized dictionaries, until the save
  std::string failure;                                  // the first libharu error while drawing
  std::optional<StructureTree> structure;
  std::string lang;  // the document's (BCP 47)
  // Of every page's content as drawn, for the trailer's /ID: a file's
  // identifier made from what it holds keeps the output reproducible.
  HPDF_MD5_CTX content_digest{};
  // The text of each link (block, span), for its annotation's /Contents.
  std::map<std::pair<int, int>, std::string> link_texts;
  LinkAnnotations links;  // written by libharu at the save, so kept until then

  void check(const char* what) const {
    if (errors.error != 0)
      throw HaruFailure(fmt::format("libharu failed in {} (error 0x{:04X}, detail {})", what,
                                    static_cast<unsigned>(errors.error), static_cast<unsigned>(errors.detail)));
  }

  const Face& face(const layout::FontKey& key) const {
    if (last_key && *last_key == key) return *last_face;
    auto it = faces.find(key);
    if (it == faces.end()) throw std::logic_error("briefc: font used before it was loaded: " + key.family);
    last_key = &it->first;
    last_face = &it->second;
    return it->second;
  }

  double width(const layout::FontKey& key, std::string_view utf8, double size) const override {
    return static_cast<double>(face(key).shaper->advance(utf8, fonts::Shaping::Full)) * size / 1000.0;
  }

  void shape(const layout::FontKey& key, std::string_view utf8, fonts::Shaping shaping,
             std::vector<fonts::ShapedGlyph>& out, std::uint32_t offset = 0) const override {
    face(key).shaper->shape(utf8, shaping, out, offset);
  }

  // The character code of a ligature (pdf/page_content.hpp), or nothing
  // when its font has no code left.
  std::optional<std::uint16_t> code_for(const layout::FontKey& key, const fonts::ShapedGlyph& g,
                                        std::string_view shown) {
    return glyph_codes[face(key).path].code(g.glyph, shown);
  }

  bool covers(const layout::FontKey& key, char32_t cp) const override {
    if (cp > 0xFFFF) return false;  // libharu writes anything outside the BMP as a space
    const Face& f = face(key);
    std::int8_t& known = f.has_glyph.at(cp);
    if (known < 0) known = f.file->glyph(cp) != 0 ? 1 : 0;
    return known == 1;
  }

  void draw(layout::Page& page, double width, double height);
  void collect_link_texts(const layout::Page& page);
  void mark_soft_hyphens(layout::Page& page) const;
  void embed_subsets();
  void write_contents();
};

PdfDocument::PdfDocument(WriterMemo* memo) : impl_(std::make_unique<Impl>()) {
  if (!memo) impl_->own_memo = std::make_unique<WriterMemo>();
  impl_->memo = memo ? memo : impl_->own_memo.get();
  impl_->remember = memo != nullptr;
  impl_->pdf = HPDF_New(on_haru_error, &impl_->errors);
  if (!impl_->pdf) throw std::runtime_error("briefc: libharu could not create a document");
  HPDF_SetCompressionMode(impl_->pdf, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(impl_->pdf);
  HPDF_SetCurrentEncoder(impl_->pdf, "UTF-8");
  impl_->check("setup");
  HPDF_MD5Init(&impl_->content_digest);
}

PdfDocument::~PdfDocument() {
  if (impl_->pdf) HPDF_Free(impl_->pdf);
}

const layout::FontMetrics& PdfDocument::metrics() const { return *impl_; }

std::string PdfDocument::font_fingerprint() const {
  std::string out;
  for (const auto& [key, f] : impl_->faces) {
    std::error_code ec;
    auto size = std::filesystem::file_size(f.path, ec);
    auto modified = std::filesystem::last_write_time(f.path, ec).time_since_epoch().count();
    out += fmt::format("{}\t{}\t{}\t{}\t{}\n", key.family, static_cast<int>(key.face), f.path, size, modified);
  }
  return out;
}

bool PdfDocument::load_family(const std::string& family, const fonts::FontLocator& locator, std::string& error) {
  using layout::FontFace;
  for (FontFace face : {FontFace::Regular, FontFace::Bold, FontFace::Italic, FontFace::BoldItalic}) {
    layout::FontKey key{family, face};
    if (impl_->faces.count(key)) continue;
    auto located = locator.locate(family, face, error);
    if (!located) return false;
    // Opened now, so a file briefc cannot use is reported against the style
    // rather than in the middle of layout.
    auto file = impl_->files.find(located->path);
    if (file == impl_->files.end()) {
      std::string why;
      auto opened = fonts::TrueTypeFont::open(located->path, why);
      if (!opened) {
        error = fmt::format("cannot use font '{}': {}", family, why);
        return false;
      }
      file = impl_->files.emplace(located->path, std::move(*opened)).first;
      impl_->shapers.emplace(located->path, fonts::Shaper(file->second));
    }
    Face& f = impl_->faces[key];
    f.path = located->path;
    f.file = &file->second;
    f.shaper = &impl_->shapers.at(located->path);
  }
  return true;
}

// Embeds, for every font file the pages used, a subset with exactly the
// characters drawn in it (fonts/font_subset.hpp says why; pdf/font_embedding.hpp
// writes its objects), and gives each face its font.
void PdfDocument::Impl::embed_subsets() {
  std::map<std::string, HPDF_Dict> embedded;  // by path: two faces may share one file, and so one font
  for (const auto& [path, drawn] : used_chars) {
    std::vector<char32_t> codes;
    for (std::size_t word = 0; word < drawn.size(); ++word)
      for (std::uint64_t bits = drawn[word]; bits != 0; bits &= bits - 1)
        codes.push_back(static_cast<char32_t>(word * 64 + static_cast<std::size_t>(__builtin_ctzll(bits))));
    std::string error;
    // A session may outlive a font file (a package upgrade): its program is
    // known by the file's size and time too.
    std::error_code ec;
    std::string identity = fmt::format("{}\t{}\t{}", path, std::filesystem::file_size(path, ec),
                                       std::filesystem::last_write_time(path, ec).time_since_epoch().count());
    const fonts::TrueTypeFont& file = files.at(path);  // a lambda may not capture `path` (clang 14)
    const std::vector<GlyphCode> no_ligatures;
    auto ligatures = glyph_codes.find(path);
    const std::vector<GlyphCode>& ligature_codes = ligatures != glyph_codes.end() ? ligatures->second.all() : no_ligatures;
    // A ligature's code is a character XML cannot hold; were one drawn all
    // the same, copied text would be wrong, so the file is not written.
    for (const auto& g : ligature_codes)
      if (drawn[g.code >> 6] & (std::uint64_t{1} << (g.code & 63)))
        throw HaruFailure(fmt::format("the control character U+{:04X} was drawn in {}", g.code, path));
    const FontProgram* program = memo->fonts.find_or_make(identity, codes, ligature_codes, [&](FontProgram& made) {
      return make_font_program(pdf, file, codes, ligature_codes, made, error);
    });
    check("loading a font");
    if (!program) throw HaruFailure(fmt::format("cannot subset {}: {}", path, error));
    // Subset fonts are named TAG+Name; the tag only has to differ between
    // subsets of one document (PDF 32000-1, 9.6.4).
    std::string tag = fmt::format("BRFC{}{}", static_cast<char>('A' + embedded.size() / 26),
                                  static_cast<char>('A' + embedded.size() % 26));
    HPDF_Dict font = add_font_objects(pdf, *program, tag, font_entries);
    check("embedding a font");
    if (!font) throw HaruFailure(fmt::format("libharu could not embed {}", path));
    embedded.emplace(path, font);
  }
  for (auto& [key, f] : faces)
    if (auto e = embedded.find(f.path); e != embedded.end()) f.font = e->second;
}

std::string encode_uri(const std::string& uri) { return text::encode_uri(uri); }

namespace {

// A bookmark title or an info entry (document title, keywords) as libharu
// accepts it: longer strings fail the whole save with a sticky error. The
// reader refuses over-long link targets, where a cut would change where the
// link goes; a cut title is still the title's start.
std::string pdf_text_string(const std::string& s) {
  if (s.size() <= text::max_pdf_string_bytes) return s;
  std::size_t end = text::max_pdf_string_bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;  // at a character's start
  return s.substr(0, end);
}

}  // namespace

namespace {

HPDF_Date to_haru_date(long long timestamp) {
  std::time_t t = static_cast<std::time_t>(timestamp);
  std::tm utc{};
  gmtime_r(&t, &utc);
  HPDF_Date d{};
  d.year = utc.tm_year + 1900;
  d.month = utc.tm_mon + 1;
  d.day = utc.tm_mday;
  d.hour = utc.tm_hour;
  d.minutes = utc.tm_min;
  d.seconds = utc.tm_sec;
  d.ind = 'Z';
  return d;
}

}  // namespace

// Draws one page: its operators go straight into its content stream, which
// libharu compresses on save (pdf/page_content.hpp says why). Fonts are named
// by resource number ("F1"); finish() gives each page those resources once
// the fonts exist, which is only when every page has been drawn.
void PdfDocument::Impl::draw(layout::Page& lp, double width, double height) {
  HPDF_Page page = HPDF_AddPage(pdf);
  HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(width));
  HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(height));
  check("adding a page");
  pages.push_back(page);
  mark_soft_hyphens(lp);
  const Face* last = nullptr;
  std::vector<std::uint64_t>* drawn = nullptr;
  for (const auto& t : lp.texts) {
    const Face& f = face(t.font);
    if (&f != last) {
      last = &f;
      drawn = &used_chars[f.path];
      if (drawn->empty()) drawn->resize(0x10000 / 64);
    }
    for (std::size_t i = 0; i < t.text.size();) {
      char32_t c = text::decode_at(t.text, i);
      if (c <= 0xFFFF) (*drawn)[c >> 6] |= std::uint64_t{1} << (c & 63);
    }
  }
  collect_link_texts(lp);
  auto resource_name = [&](const layout::FontKey& key) {
    Face& f = faces.find(key)->second;  // face() has found it while collecting characters
    if (f.resource == 0) {
      drawn_faces.push_back(&f);
      f.resource = static_cast<int>(drawn_faces.size());
    }
    return fmt::format("F{}", f.resource);
  };
  auto tag = [&](int block, layout::TextPart part) { return structure->tag(block, part); };
  auto code = [&](const layout::FontKey& key, const fonts::ShapedGlyph& g, std::string_view shown) {
    return code_for(key, g, shown);
  };
  PageContent made = page_content(lp, *this, resource_name, code, tag, lang);
  std::string& content = made.operators;
  structure->add_page(page, std::move(made.marked));
  // Compressed by briefc rather than by libharu at save: at once, on the
  // second thread (pdf/page_compressor.hpp), so that a long document holds
  // each page's operators at a third of their size until finish() writes
  // them, and not at all when a session compressed the same page before.
  // libharu writes /Filter only for streams it compresses itself, so the
  // content stream's dictionary gets the entry from a write hook.
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  if (attr->contents->write_fn) throw HaruFailure("libharu's page content stream already has a write hook");
  attr->contents->filter = HPDF_STREAM_FILTER_NONE;
  attr->contents->write_fn = write_flate_filter_entry;
  PendingContent pending;
  if (const std::string* known = remember ? memo->streams.find(content) : nullptr) {
    pending.compressed = *known;
  } else {
    if (remember) pending.content = content;
    pending.number = compressor.add(std::move(content));
  }
  contents.push_back(std::move(pending));
  check("drawing the page");
}

// Writes each page's compressed content into its stream, in page order, and
// adds it to the digest of the file's /ID.
void PdfDocument::Impl::write_contents() {
  for (std::size_t i = 0; i < contents.size(); ++i) {
    PendingContent& c = contents[i];
    if (c.number != PendingContent::known) {
      c.compressed = compressor.take(c.number);
      if (remember) memo->streams.store(std::move(c.content), c.compressed);
    }
    HPDF_MD5Update(&content_digest, reinterpret_cast<const HPDF_BYTE*>(c.compressed.data()),
                   static_cast<HPDF_UINT>(c.compressed.size()));
    auto* attr = static_cast<HPDF_PageAttr>(pages[i]->attr);
    HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(c.compressed.data()),
                      static_cast<HPDF_UINT>(c.compressed.size()));
    std::string().swap(c.compressed);
    check("writing a page");
  }
}

// A hyphen the line breaker inserted is drawn as U+00AD (SOFT HYPHEN), the
// character PDF 32000-1 asks for such a hyphen, so that a reader that does
// not honour /ActualText (MuPDF before 1.23) still knows it is no part of the
// word. Only where the face draws U+00AD as wide as "-", so the line keeps
// the width layout gave it (the hyphen is drawn unkerned). (The leak check
// has read the page as laid out.)
void PdfDocument::Impl::mark_soft_hyphens(layout::Page& page) const {
  constexpr std::string_view soft_hyphen = "\u00AD";
  for (auto& t : page.texts) {
    if (!t.hyphen_inserted || t.text.empty() || t.text.back() != '-') continue;
    if (t.glyphs.empty() || t.glyphs.back().end() != t.text.size()) continue;
    const fonts::TrueTypeFont& file = *face(t.font).file;
    const std::uint16_t glyph = file.glyph(0xAD);
    if (glyph == 0 || file.advance_per_mille(glyph) != t.glyphs.back().advance) continue;
    t.text.pop_back();
    t.text += soft_hyphen;
    t.glyphs.back().glyph = glyph;
    t.glyphs.back().length = static_cast<std::uint8_t>(t.text.size() - t.glyphs.back().begin);
  }
}

// A link's text is its pieces joined by a space, unless a piece continues
// a word broken across lines (its actual text then holds the whole word).
void PdfDocument::Impl::collect_link_texts(const layout::Page& page) {
  for (const auto& t : page.texts) {
    if (t.part != layout::TextPart::Link && t.part != layout::TextPart::Reference &&
        t.part != layout::TextPart::LinkedLabel)
      continue;
    std::string& text = link_texts[{t.block, t.span}];
    if (t.actual_text) {
      text += *t.actual_text;
      if (!text.empty() && text.back() == '\n') text.pop_back();  // see layout's ends_apart
      continue;
    }
    if (!text.empty()) text += ' ';
    text += t.text;
  }
}

void PdfDocument::set_structure(std::vector<layout::Block> blocks, std::string lang) {
  impl_->structure.emplace(std::move(blocks));
  impl_->lang = std::move(lang);
}

void PdfDocument::add_page(layout::Page& page, double width, double height) {
  if (!impl_->structure) throw std::logic_error("briefc: PdfDocument::add_page before set_structure");
  if (impl_->failure.empty()) {
    try {
      impl_->draw(page, width, height);
    } catch (const HaruFailure& e) {
      impl_->failure = e.what();
    }
  }
  std::vector<layout::PlacedText>().swap(page.texts);
  std::vector<layout::PlacedRule>().swap(page.rules);
}

bool PdfDocument::finish(const layout::LaidOutDocument& doc, const DocumentInfo& info, const std::string& path,
                         std::string& error) {
  Impl& s = *impl_;
  if (!s.failure.empty()) {
    error = s.failure;
    return false;
  }
  if (s.pages.size() != doc.pages.size()) throw std::logic_error("briefc: finish() without every page drawn");
  try {
    HPDF_Doc pdf = s.pdf;
    if (!s.memo->colour_profile) {
      std::string profile_error;
      s.memo->colour_profile = read_colour_profile(srgb_profile_path, profile_error);
      if (!s.memo->colour_profile) throw HaruFailure(profile_error);
    }
    const auto& profile = s.memo->colour_profile;
    // The XMP packet repeats the info dictionary, so both get the same strings.
    XmpFields xmp{pdf_text_string(info.title), pdf_text_string(info.author), pdf_text_string(info.subject),
                  pdf_text_string(info.keywords), info.lang, "briefc " BRIEFC_VERSION, info.timestamp};
    HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, xmp.title.c_str());
    HPDF_SetInfoAttr(pdf, HPDF_INFO_AUTHOR, xmp.author.c_str());
    HPDF_SetInfoAttr(pdf, HPDF_INFO_SUBJECT, xmp.subject.c_str());
    if (!info.keywords.empty()) HPDF_SetInfoAttr(pdf, HPDF_INFO_KEYWORDS, xmp.keywords.c_str());
    const std::string& tool = xmp.tool;
    HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, tool.c_str());
    HPDF_SetInfoAttr(pdf, HPDF_INFO_PRODUCER, tool.c_str());
    HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, to_haru_date(info.timestamp));
    HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, to_haru_date(info.timestamp));
    s.check("document info");
    if (!info.lang.empty()) {
      HPDF_Dict_Add(pdf->catalog, "Lang", HPDF_String_New(pdf->mmgr, info.lang.c_str(), nullptr));
      s.check("document language");
    }
    HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE);

    s.write_contents();
    s.embed_subsets();
    // libharu names a page's fonts F1, F2, … in the order they are added,
    // so adding them in resource-number order gives the names draw() used.
    for (HPDF_Page page : s.pages)
      for (std::size_t n = 0; n < s.drawn_faces.size(); ++n) {
        const char* name = HPDF_Page_GetLocalFontName(page, s.drawn_faces[n]->font);
        s.check("adding a font to a page");
        if (!name || fmt::format("F{}", n + 1) != name)
          throw HaruFailure(fmt::format("libharu named font resource F{} '{}'", n + 1, name ? name : ""));
      }
    const std::vector<HPDF_Page>& pages = s.pages;

    // Destinations exist only once every page does (references may point forward).
    std::map<std::string, LinkTarget> destinations;
    for (std::size_t i = 0; i < doc.pages.size(); ++i)
      for (const auto& d : doc.pages[i].destinations) destinations.emplace(d.anchor, LinkTarget{{}, pages[i], d.y});
    for (std::size_t i = 0; i < doc.pages.size(); ++i) {
      for (const auto& l : doc.pages[i].links) {
        LinkTarget target{l.uri, nullptr, 0};
        if (l.uri.empty()) {
          auto it = destinations.find(l.anchor);
          if (it == destinations.end()) continue;
          target = it->second;
        }
        auto text = s.link_texts.find({l.block, l.span});
        const std::string& contents = text != s.link_texts.end() ? text->second : l.uri;
        HPDF_Annotation annot = s.links.add(pdf, pages[i], l, target,
                                            pdf_text_string(contents.empty() ? l.anchor : contents),
                                            s.structure->next_link_key());
        s.check("creating links");
        if (!annot) throw HaruFailure("libharu could not add a link annotation");
        s.structure->add_link(annot, i, l.block, l.span);
      }
    }
    s.check("creating links");
    decltype(s.link_texts)().swap(s.link_texts);
    // Tab order follows the structure (PDF/UA 7.18.3).
    for (HPDF_Page page : pages) HPDF_Dict_AddName(page, "Tabs", "S");
    bool tagged = s.structure->finish(pdf);
    s.check("writing the structure tree");
    if (!tagged) throw HaruFailure("libharu failed while writing the structure tree");
    HPDF_Dict preferences = HPDF_Dict_New(pdf->mmgr);
    HPDF_Dict_Add(pdf->catalog, "ViewerPreferences", preferences);
    HPDF_Dict_AddBoolean(preferences, "DisplayDocTitle", HPDF_TRUE);
    s.check("viewer preferences");
    bool archival = make_archival(pdf, xmp, *profile, s.content_digest);
    s.check("making the file PDF/A");
    if (!archival) throw HaruFailure("libharu failed while making the file PDF/A");

    // Bookmarks mirror the headings.
    HPDF_Encoder utf8 = HPDF_GetEncoder(pdf, "UTF-8");
    std::vector<HPDF_Outline> parents;  // parents[level-1]
    for (const auto& e : doc.outline) {
      int level = std::max(1, e.level);
      HPDF_Outline parent = nullptr;
      if (level > 1 && static_cast<int>(parents.size()) >= level - 1) parent = parents[static_cast<std::size_t>(level - 2)];
      HPDF_Outline o = HPDF_CreateOutline(pdf, parent, pdf_text_string(e.title).c_str(), utf8);
      HPDF_Destination dst = HPDF_Page_CreateDestination(pages[e.page]);
      HPDF_Destination_SetXYZ(dst, 0, static_cast<HPDF_REAL>(e.y), 1);
      HPDF_Outline_SetDestination(o, dst);
      HPDF_Outline_SetOpened(o, level == 1 ? HPDF_TRUE : HPDF_FALSE);
      parents.resize(static_cast<std::size_t>(level));
      parents[static_cast<std::size_t>(level - 1)] = o;
    }
    s.check("creating bookmarks");

    HPDF_SaveToFile(pdf, path.c_str());
    s.check("saving the file");
  } catch (const HaruFailure& e) {
    error = e.what();
    return false;
  }
  s.memo->forget_unused();
  return true;
}

}  // namespace briefc::pdf
