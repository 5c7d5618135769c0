#include "pdf/xmp_metadata.hpp"

#include <ctime>
#include <fmt/format.h>

namespace briefc::pdf {

namespace {

std::string escaped(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string alt(const std::string& value) {
  return fmt::format("<rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt>", escaped(value));
}

}  // namespace

std::string xmp_date(long long timestamp) {
  std::time_t t = static_cast<std::time_t>(timestamp);
  std::tm utc{};
  gmtime_r(&t, &utc);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                     utc.tm_hour, utc.tm_min, utc.tm_sec);
}

std::string xmp_metadata(const XmpFields& f) {
  std::string date = xmp_date(f.timestamp);
  std::string out =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
  out += "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n";
  out += "<dc:format>application/pdf</dc:format>\n";
  out += fmt::format("<dc:title>{}</dc:title>\n", alt(f.title));
  if (!f.author.empty())
    out += fmt::format("<dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n", escaped(f.author));
  if (!f.subject.empty()) out += fmt::format("<dc:description>{}</dc:description>\n", alt(f.subject));
  if (!f.lang.empty())
    out += fmt::format("<dc:language><rdf:Bag><rdf:li>{}</rdf:li></rdf:Bag></dc:language>\n", escaped(f.lang));
  out += "</rdf:Description>\n";
  out += "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n";
  out += fmt::format("<xmp:CreateDate>{0}</xmp:CreateDate>\n<xmp:ModifyDate>{0}</xmp:ModifyDate>\n"
                     "<xmp:MetadataDate>{0}</xmp:MetadataDate>\n",
                     date);
  out += fmt::format("<xmp:CreatorTool>{}</xmp:CreatorTool>\n", escaped(f.tool));
  out += "</rdf:Description>\n";
  out += "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n";
  out += fmt::format("<pdf:Producer>{}</pdf:Producer>\n", escaped(f.tool));
  if (!f.keywords.empty()) out += fmt::format("<pdf:Keywords>{}</pdf:Keywords>\n", escaped(f.keywords));
  out += "</rdf:Description>\n";
  out +=
      "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
      "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>U</pdfaid:conformance>\n"
      "</rdf:Description>\n"
      "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
      "<pdfuaid:part>1</pdfuaid:part>\n"
      "</rdf:Description>\n"
      "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
      " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
      "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
      "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
      "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
      "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
      "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
      "<pdfaProperty:name>part</pdfaProperty:name>\n"
      "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
      "<pdfaProperty:category>internal</pdfaProperty:category>\n"
      "<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>\n"
      "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
      "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
      "</rdf:Description>\n"
      "</rdf:RDF>\n"
      "</x:xmpmeta>\n"
      "<?xpacket end=\"w\"?>";
  return out;
}

}  // namespace briefc::pdf
