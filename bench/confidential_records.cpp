#include "confidential_records.hpp"

#include "random.hpp"
#include "records_writer.hpp"
#include "xml_text.hpp"

#include <array>
#include <string>

namespace briefc::bench {

namespace {

struct Syllable {
  const char *latin, *latin_first, *cyrillic, *cyrillic_first;
};

// Kazakh-sounding syllables no word of the generated prose contains, in
// small letters and as the start of a name.
constexpr std::array<Syllable, 12> syllables = {{{"zhu", "Zhu", "жу", "Жу"},
                                                 {"qyr", "Qyr", "қыр", "Қыр"},
                                                 {"bai", "Bai", "бай", "Бай"},
                                                 {"tol", "Tol", "тол", "Тол"},
                                                 {"gen", "Gen", "ген", "Ген"},
                                                 {"mur", "Mur", "мұр", "Мұр"},
                                                 {"sar", "Sar", "сар", "Сар"},
                                                 {"kel", "Kel", "кел", "Кел"},
                                                 {"dyq", "Dyq", "дық", "Дық"},
                                                 {"ush", "Ush", "үш", "Үш"},
                                                 {"zhan", "Zhan", "жан", "Жан"},
                                                 {"tai", "Tai", "тай", "Тай"}}};

struct Name {
  std::string latin, cyrillic;
};

Name name_of(Random& random, std::size_t parts, const char* latin_end, const char* cyrillic_end) {
  Name n;
  for (std::size_t i = 0; i < parts; ++i) {
    const auto& s = syllables[random.below(syllables.size())];
    n.latin += i == 0 ? s.latin_first : s.latin;
    n.cyrillic += i == 0 ? s.cyrillic_first : s.cyrillic;
  }
  n.latin += latin_end;
  n.cyrillic += cyrillic_end;
  return n;
}

}  // namespace

std::size_t write_confidential_records(const std::filesystem::path& out, std::size_t persons, std::uint64_t seed) {
  Random random(seed ^ 0xC0FFEEu);
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<records>\n";
  for (std::size_t i = 0; i < persons; ++i) {
    Name given = name_of(random, 2, "", "");
    Name family = name_of(random, 3, "ova", "ова");
    xml += "  <person id=\"p-confidential-" + std::to_string(i) +
           "\" roles=\"other\" confidential=\"witness\" public-as=\"a witness\">\n"
           "    <name given=\"" + given.latin + "\" family=\"" + family.latin + "\"/>\n"
           "    <name script=\"cyrillic\" given=\"" + given.cyrillic + "\" family=\"" + family.cyrillic + "\"/>\n"
           "    <variant>" + given.latin + " " + family.latin + "h</variant>\n  </person>\n";
  }
  for (std::size_t i = 0; i < persons / 10; ++i) {
    std::string n = std::to_string(i);
    xml += "  <source id=\"src-confidential-" + n + "\" kind=\"monitoring\" lang=\"ru\" url=\"https://monitoring.example/" +
           "notes/" + n + "/colony\" title=\"Monitoring notes " + n + " from the colony\" publisher=\"Hotline " + n +
           "\" confidential=\"informant\" public-as=\"Source: monitoring\"/>\n";
    xml += "  <case id=\"case-confidential-" + n + "\" subjects=\"p-confidential-" + n +
           "\" confidential=\"the family has not agreed\">\n"
           "    <status value=\"detained\" since=\"2020-05\"/>\n"
           "    <event type=\"detention\" date=\"2020-05-04\">Detained at the bus station by unit " + n +
           "</event>\n"
           "    <narrative>Witness " + n + " told monitors in confidence that the order to detain the protesters "
           "came from the deputy head of the regional department, who then threatened the families of the "
           "detainees on several occasions during the spring.</narrative>\n  </case>\n";
  }
  xml += "</records>\n";
  write_file(out / "sources" / "confidential" / "records.xml", xml);
  return 1;
}

}  // namespace briefc::bench
