#include "pdf/archival.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

namespace briefc::pdf {

bool make_archival(HPDF_Doc pdf, const XmpFields& xmp, const std::string& icc_profile, HPDF_MD5_CTX& content_digest) {
  std::string packet = xmp_metadata(xmp);
  // Not compressed: PDF/A wants the metadata readable without a PDF library.
  HPDF_Dict metadata = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  if (!metadata) return false;
  metadata->filter = HPDF_STREAM_FILTER_NONE;
  HPDF_Dict_AddName(metadata, "Type", "Metadata");
  HPDF_Dict_AddName(metadata, "Subtype", "XML");
  HPDF_Stream_Write(metadata->stream, reinterpret_cast<const HPDF_BYTE*>(packet.data()),
                    static_cast<HPDF_UINT>(packet.size()));
  HPDF_Dict_Add(pdf->catalog, "Metadata", metadata);

  HPDF_Dict icc = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  if (!icc) return false;
  // Left uncompressed: 7 KB, and compressing it cost more than it saved.
  HPDF_Dict_AddNumber(icc, "N", 3);
  HPDF_Stream_Write(icc->stream, reinterpret_cast<const HPDF_BYTE*>(icc_profile.data()),
                    static_cast<HPDF_UINT>(icc_profile.size()));
  HPDF_Dict intent = HPDF_Dict_New(pdf->mmgr);
  HPDF_Array intents = HPDF_Array_New(pdf->mmgr);
  HPDF_Dict_Add(pdf->catalog, "OutputIntents", intents);
  HPDF_Array_Add(intents, intent);
  HPDF_Dict_AddName(intent, "Type", "OutputIntent");
  HPDF_Dict_AddName(intent, "S", "GTS_PDFA1");
  HPDF_Dict_Add(intent, "OutputConditionIdentifier", HPDF_String_New(pdf->mmgr, "sRGB IEC61966-2.1", nullptr));
  HPDF_Dict_Add(intent, "Info", HPDF_String_New(pdf->mmgr, "sRGB IEC61966-2.1", nullptr));
  HPDF_Dict_Add(intent, "DestOutputProfile", icc);

  // The /ID: pages as drawn, and the metadata (title, author, date, …).
  HPDF_MD5Update(&content_digest, reinterpret_cast<const HPDF_BYTE*>(packet.data()),
                 static_cast<HPDF_UINT>(packet.size()));
  HPDF_BYTE digest[16];
  HPDF_MD5Final(digest, &content_digest);
  HPDF_Array id = HPDF_Array_New(pdf->mmgr);
  HPDF_Dict_Add(pdf->trailer, "ID", id);
  HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, digest, sizeof digest));
  HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, digest, sizeof digest));
  pdf->pdf_version = HPDF_VER_17;
  return HPDF_GetError(pdf) == HPDF_OK;
}

}  // namespace briefc::pdf
