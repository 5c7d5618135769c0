// What PDF/A-2u (ISO 19005-2) adds to a briefc PDF besides what tagging
// and the fonts give: the XMP metadata stream (pdf/xmp_metadata.hpp), an
// sRGB output intent (pdf/colour_profile.hpp), a trailer /ID and a PDF 1.7
// header (libharu writes 1.3 unless told).
#pragma once

#include "pdf/xmp_metadata.hpp"

#include <hpdf.h>
#include <hpdf_encrypt.h>
#include <string>

namespace briefc::pdf {

// Adds them to `pdf`. `content_digest` holds the MD5 of every page's
// content as drawn; the metadata is added to it, and the result is the
// file's /ID, so the same input gives the same bytes. Returns false when
// libharu failed (its error handler has the details).
bool make_archival(HPDF_Doc pdf, const XmpFields& xmp, const std::string& icc_profile, HPDF_MD5_CTX& content_digest);

}  // namespace briefc::pdf
