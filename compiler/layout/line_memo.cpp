#include "layout/line_memo.hpp"

#include "model/session_memo.hpp"

#include <cstring>

namespace briefc::layout {

namespace {

// Every input of break_lines joins the key. These mirror the fields of the
// types it reads: a field added to one of them changes its size and stops
// the build here. Add it to the key (or say in key_of why it does not
// change the lines), then to the mirror.
struct SpanFields {
  std::string text;
  bool bold, italic, superscript;
  int footnote;
  std::string uri, anchor;
  bool url, no_hyphen;
  diag::SourceLocation location;
};
struct LookFields {
  FontKey font;
  double size, rise;
};
struct SettingFields {
  double measure;
  bool justify, hyphenate;
  std::string lang;
  double tracking;
  double expansion;
};
static_assert(sizeof(resolve::Span) == sizeof(SpanFields), "resolve::Span changed: see the line memo's key");
static_assert(sizeof(SpanLook) == sizeof(LookFields), "SpanLook changed: see the line memo's key");
static_assert(sizeof(ParagraphSetting) == sizeof(SettingFields), "ParagraphSetting changed: see the line memo's key");

void put_bytes(std::string& key, const void* data, std::size_t size) {
  key.append(static_cast<const char*>(data), size);
}

void put(std::string& key, std::string_view text) {
  std::uint32_t size = static_cast<std::uint32_t>(text.size());
  put_bytes(key, &size, sizeof size);
  key.append(text);
}

template <typename T>
void put_value(std::string& key, T value) {
  put_bytes(key, &value, sizeof value);
}

std::string key_of(const std::vector<resolve::Span>& spans, const std::vector<SpanLook>& looks,
                   const ParagraphSetting& setting) {
  std::string key;
  put_value(key, setting.measure);
  put_value(key, static_cast<std::uint8_t>((setting.justify ? 1 : 0) | (setting.hyphenate ? 2 : 0)));
  put(key, setting.lang);
  put_value(key, setting.tracking);
  put_value(key, setting.expansion);
  put_value(key, static_cast<std::uint32_t>(spans.size()));
  // A span's location only places diagnostics, which break_lines makes none of.
  for (const auto& s : spans) {
    put(key, s.text);
    put_value(key, static_cast<std::uint8_t>((s.bold ? 1 : 0) | (s.italic ? 2 : 0) | (s.superscript ? 4 : 0) |
                                             (s.url ? 8 : 0) | (s.no_hyphen ? 16 : 0)));
    put_value(key, s.footnote);
    put(key, s.uri);
    put(key, s.anchor);
  }
  for (const auto& l : looks) {
    put(key, l.font.family);
    put_value(key, static_cast<int>(l.font.face));
    put_value(key, l.size);
    put_value(key, l.rise);
  }
  return key;
}

}  // namespace

void LineMemo::begin(std::string_view fonts) {
  if (fonts == fonts_) return;
  entries_.clear();
  fonts_ = fonts;
}

std::vector<Line> LineMemo::lines(const std::vector<resolve::Span>& spans, const std::vector<SpanLook>& looks,
                                  const ParagraphSetting& setting, const std::function<std::vector<Line>()>& make) {
  std::string key = key_of(spans, looks, setting);
  auto it = entries_.find(key);
  if (it == entries_.end()) it = entries_.emplace(std::move(key), Entry{make(), false}).first;
  it->second.used = true;
  return it->second.lines;
}

void LineMemo::forget_unused() {
  model::forget_unused_entries(entries_);
}

}  // namespace briefc::layout
