#include "text/spoof_fold.hpp"

#include <unicode/normalizer2.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>

#include <stdexcept>

namespace briefc::text {

namespace {

icu::UnicodeString from_utf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

struct SpoofFold::Impl {
  const icu::Normalizer2* nfkc_casefold = nullptr;
  const icu::Normalizer2* nfd = nullptr;
  const icu::Normalizer2* nfc = nullptr;
  USpoofChecker* spoof = nullptr;

  ~Impl() {
    if (spoof) uspoof_close(spoof);
  }
};

SpoofFold::SpoofFold() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  impl_->nfd = icu::Normalizer2::getNFDInstance(status);
  impl_->nfc = icu::Normalizer2::getNFCInstance(status);
  impl_->spoof = uspoof_open(&status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU cannot open its normalisation or confusable data: ") +
                                                  u_errorName(status));
}

SpoofFold::~SpoofFold() = default;

std::string SpoofFold::casefold(std::string_view utf8) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = impl_->nfkc_casefold->normalize(from_utf8(utf8), status);
  return U_FAILURE(status) ? std::string(utf8) : to_utf8(folded);
}

std::string SpoofFold::skeleton(std::string_view utf8) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString skeleton;
  uspoof_getSkeletonUnicodeString(impl_->spoof, 0, from_utf8(utf8), skeleton, &status);
  if (U_FAILURE(status)) return casefold(utf8);
  icu::UnicodeString folded = impl_->nfkc_casefold->normalize(skeleton, status);
  return U_FAILURE(status) ? casefold(utf8) : to_utf8(folded);
}

std::string SpoofFold::strip_marks(std::string_view utf8) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed = impl_->nfd->normalize(from_utf8(utf8), status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
  }
  return to_utf8(impl_->nfc->normalize(bare, status));
}

std::string SpoofFold::upper(std::string_view utf8) const {
  icu::UnicodeString s = from_utf8(utf8);
  s.toUpper(icu::Locale::getRoot());
  return to_utf8(s);
}

}  // namespace briefc::text
