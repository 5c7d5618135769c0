// Folding that makes two spellings compare equal when a reader could not tell
// them apart: the leak check's view of text (leak/word_forms.hpp).
//
// Three operations, each on one word (they work on longer text too, but the
// leak check caches per word, and skeletons are defined per identifier):
//
//   casefold     NFKC with full case folding and default-ignorable code points
//                removed (Unicode's NFKC_Casefold, UAX #44): "ＡＩＧＵＬ" → "aigul",
//                "STRAUSS" and "Strauß" → "strauss", "Nur\u200Blanova" →
//                "nurlanova" (U+200B, U+FEFF, U+034F, U+00AD and the rest of
//                Default_Ignorable_Code_Point vanish);
//   skeleton     the UTS #39 confusable skeleton (ICU's uspoof_getSkeleton),
//                then casefold: "Раvel" with a Cyrillic Р and "Pavel" share one,
//                as do "Nurlanova" with a Cyrillic а and the all-Latin word;
//   strip_marks  NFD, combining marks removed, NFC: "Nurlanová" → "Nurlanova",
//                "ё" → "е", "й" → "и" (callers fold й and и alike anyway).
//
// Every function accepts any bytes: malformed UTF-8 is read as U+FFFD.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace briefc::text {

class SpoofFold {
 public:
  SpoofFold();  // throws std::runtime_error when ICU's data cannot be opened
  ~SpoofFold();
  SpoofFold(const SpoofFold&) = delete;
  SpoofFold& operator=(const SpoofFold&) = delete;

  std::string casefold(std::string_view utf8) const;
  std::string skeleton(std::string_view utf8) const;
  std::string strip_marks(std::string_view utf8) const;
  // Full upper case (root locale): a value's look is also taken in capitals,
  // since a capital and its small letter can have different look-alikes.
  std::string upper(std::string_view utf8) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace briefc::text
