// The document's XMP metadata packet (ISO 16684-1), which PDF/A-2
// (ISO 19005-2, 6.6) and PDF/UA-1 (ISO 14289-1, 7.1) require: the same
// title, author, subject, keywords, tool and dates as the document info
// dictionary (PDF/A requires that they agree), the language, and the claims
// "PDF/A-2u" (pdfaid) and "PDF/UA-1" (pdfuaid, declared with a PDF/A
// extension schema, since it is not one of the schemas PDF/A predefines).
#pragma once

#include <string>

namespace briefc::pdf {

struct XmpFields {
  std::string title, author, subject, keywords;  // as written into the info dictionary
  std::string lang;                              // BCP 47
  std::string tool;                              // creator tool and producer
  long long timestamp = 0;                       // creation and modification, seconds since 1970 (UTC)
};

std::string xmp_metadata(const XmpFields& fields);

// "2020-11-01T00:00:00Z": the XMP form of the dates the info dictionary holds.
std::string xmp_date(long long timestamp);

}  // namespace briefc::pdf
