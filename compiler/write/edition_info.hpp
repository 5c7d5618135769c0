// What a layout-free edition (DOCX, HTML) says about itself besides its
// text: the document properties Word shows under File → Info and a web page
// puts in its <head>.
#pragma once

#include <string>

namespace briefc::write {

struct EditionInfo {
  std::string title;
  std::string author;    // the organisations, comma-separated
  std::string subject;
  std::string keywords;
  std::string lang;      // the document's language (BCP 47)
  long long timestamp = 0;  // seconds since 1970 (SOURCE_DATE_EPOCH or the document's date): never the clock
  // An internal edition's notice ("CONFIDENTIAL — internal use only", with
  // the build date), printed in every page's footer (DOCX) or atop the page
  // (HTML); empty for a public edition.
  std::string stamp;
};

// "2020-11-01T00:00:00Z" (W3C-DTF, as docProps/core.xml and <meta> want it).
std::string w3c_date(long long timestamp);

}  // namespace briefc::write
