#include "vocabulary.hpp"

namespace briefc::bench::vocabulary {

const std::vector<NamePair>& male_given_names() {
  static const std::vector<NamePair> names = {
      {"Alnur", "Алнур"},   {"Askhat", "Асхат"},   {"Aidos", "Айдос"},     {"Almat", "Алмат"},
      {"Arman", "Арман"},   {"Aset", "Асет"},      {"Bakhytzhan", "Бахытжан"}, {"Daniyar", "Данияр"},
      {"Dulat", "Дулат"},   {"Erlan", "Ерлан"},    {"Galym", "Галым"},     {"Kairat", "Кайрат"},
      {"Marat", "Марат"},   {"Mukhtar", "Мухтар"}, {"Nurlan", "Нурлан"},   {"Ruslan", "Руслан"},
      {"Serik", "Серик"},   {"Talgat", "Талгат"},  {"Yerzhan", "Ержан"},   {"Zhanbolat", "Жанболат"},
      {"Beibit", "Бейбит"}, {"Dias", "Диас"},      {"Igor", "Игорь"},      {"Sergei", "Сергей"},
      {"Dmitry", "Дмитрий"}, {"Azamat", "Азамат"}, {"Timur", "Тимур"},     {"Abai", "Абай"},
      {"Kanat", "Канат"},   {"Yerbol", "Ербол"},   {"Nurzhan", "Нуржан"},  {"Zhandos", "Жандос"}};
  return names;
}

const std::vector<NamePair>& female_given_names() {
  static const std::vector<NamePair> names = {
      {"Aigerim", "Айгерим"}, {"Asya", "Ася"},       {"Dinara", "Динара"},   {"Elena", "Елена"},
      {"Gulmira", "Гульмира"}, {"Zhanar", "Жанар"},  {"Aliya", "Алия"},      {"Saule", "Сауле"},
      {"Madina", "Мадина"},   {"Botagoz", "Ботагоз"}, {"Sanavar", "Санавар"}, {"Natalya", "Наталья"},
      {"Aizhan", "Айжан"},    {"Dana", "Дана"},      {"Kamila", "Камила"},   {"Assel", "Асель"},
      {"Raushan", "Раушан"},  {"Lyazzat", "Ляззат"}, {"Olga", "Ольга"},      {"Inga", "Инга"}};
  return names;
}

const std::vector<NamePair>& family_names() {
  static const std::vector<NamePair> names = {
      {"Abishev", "Абишев"},         {"Akhmetov", "Ахметов"},       {"Baimukhanov", "Баймуханов"},
      {"Beisenov", "Бейсенов"},      {"Dzhaksybekov", "Джаксыбеков"}, {"Yesenov", "Есенов"},
      {"Zhakupov", "Жакупов"},       {"Zhumabayev", "Жумабаев"},    {"Iskakov", "Искаков"},
      {"Kaliyev", "Калиев"},         {"Kasymov", "Касымов"},        {"Kenzhebayev", "Кенжебаев"},
      {"Mukanov", "Муканов"},        {"Nurmagambetov", "Нурмагамбетов"}, {"Omarov", "Омаров"},
      {"Sadykov", "Садыков"},        {"Sarsenbayev", "Сарсенбаев"}, {"Tokhtarov", "Тохтаров"},
      {"Temirbayev", "Темирбаев"},   {"Utepov", "Утепов"},          {"Shaikenov", "Шайкенов"},
      {"Yerzhanov", "Ержанов"},      {"Ismailov", "Исмаилов"},      {"Kuanyshev", "Куанышев"},
      {"Suleimenov", "Сулейменов"},  {"Amanzholov", "Аманжолов"},   {"Bekturov", "Бектуров"},
      {"Dosmukhamedov", "Досмухамедов"}, {"Zhanuzakov", "Жанузаков"}, {"Orazbayev", "Оразбаев"},
      {"Rakhimov", "Рахимов"},       {"Seitkaliyev", "Сейткалиев"}, {"Tursunov", "Турсунов"},
      {"Mamyrov", "Мамыров"},        {"Baizakov", "Байзаков"},      {"Kozhakhmetov", "Кожахметов"},
      {"Myrzakhmetov", "Мырзахметов"}, {"Ablayev", "Аблаев"},       {"Kassenov", "Касенов"},
      {"Tleuov", "Тлеуов"},          {"Ospanov", "Оспанов"},        {"Zhaksylykov", "Жаксылыков"},
      {"Kydyrbayev", "Кыдырбаев"},   {"Bekmukhambetov", "Бекмухамбетов"}, {"Sultanbekov", "Султанбеков"},
      {"Nurpeisov", "Нурпеисов"},    {"Tulegenov", "Тулегенов"},    {"Yessimov", "Есимов"}};
  return names;
}

NamePair feminine_family(const NamePair& masculine) {
  // Russian-style surnames in -ov/-ev/-in take -a; the Cyrillic form likewise.
  return {masculine.latin + "a", masculine.cyrillic + "а"};
}

const std::vector<std::string>& cities() {
  static const std::vector<std::string> names = {
      "Almaty",       "Nur-Sultan", "Shymkent",  "Karaganda",     "Aktobe",   "Taraz",     "Pavlodar",
      "Ust-Kamenogorsk", "Semey",   "Kostanay",  "Kyzylorda",     "Uralsk",   "Petropavlovsk", "Aktau",
      "Atyrau",       "Zhanaozen",  "Taldykorgan", "Turkestan",   "Ekibastuz", "Kokshetau"};
  return names;
}

const std::vector<std::string>& court_districts() {
  static const std::vector<std::string> names = {"Medeu",   "Almaly",   "Bostandyk", "Auezov", "Esil",
                                                 "Saryarka", "Baikonur", "Turksib",   "Alatau", "Nauryzbay"};
  return names;
}

const std::vector<Theme>& themes() {
  static const std::vector<Theme> list = {
      {"expression", "freedom of expression", "bloggers and social media users",
       "Freedom of expression and access to information",
       {"Criminal prosecution for online posts", "New restrictions on internet freedom",
        "The use of false information charges"}},
      {"media", "media freedom", "independent journalists", "Media freedom",
       {"Pressure on independent media outlets", "Journalists covering protests", "Accreditation rules"}},
      {"association", "freedom of association", "civil society organisations", "Freedom of association",
       {"Obstacles to the registration of political parties", "Pressure on non-governmental organisations",
        "Reporting requirements for foreign funding"}},
      {"assembly", "freedom of peaceful assembly", "peaceful protesters", "Freedom of peaceful assembly",
       {"The new law on peaceful assemblies", "Detentions during nationwide rallies",
        "Preventive arrests ahead of announced protests"}},
      {"political-prisoners", "politically motivated imprisonment", "political prisoners",
       "Developments concerning political prisoners",
       {"Conditions of detention", "Parole and early release", "Individual cases of concern"}},
      {"torture", "torture and ill-treatment", "detainees", "Torture and ill-treatment in detention",
       {"Allegations of ill-treatment in pre-trial detention", "Lack of effective investigations"}},
      {"opposition", "pressure on the political opposition", "opposition activists",
       "Persecution of government critics and opposition movements",
       {"Criminal cases against alleged members of banned movements", "Surveillance and intimidation"}},
      {"extremism", "the use of extremism charges", "alleged supporters of banned movements",
       "Misuse of extremism legislation",
       {"Vague definitions of extremism", "Prosecutions for participation in banned organisations"}},
      {"covid-19", "restrictions imposed during the Covid-19 pandemic", "activists and medical workers",
       "Human rights in the context of the Covid-19 pandemic",
       {"Prosecutions for criticism of the pandemic response", "Restrictions under the state of emergency"}},
      {"religion", "freedom of religion or belief", "religious believers", "Freedom of religion or belief",
       {"Prosecutions for religious teaching", "Restrictions on religious literature"}},
      {"women", "the rights of women activists", "women human rights defenders", "Women human rights defenders",
       {"Harassment of feminist activists", "Restrictions on women's marches"}},
      {"defamation", "the use of defamation laws", "critics of public officials", "Defamation and insult laws",
       {"Civil defamation lawsuits brought by officials", "Insult of public officials"}}};
  return list;
}

const std::vector<Outlet>& outlets() {
  static const std::vector<Outlet> list = {
      {"azattyq", "Radio Azattyq", "ru", "media", "https://rus.azattyq.org/a/{slug}/{n8}.html"},
      {"vlast", "Vlast.kz", "ru", "media", "https://vlast.kz/novosti/{n5}-{slug}.html"},
      {"kaztag", "KazTAG", "ru", "media", "https://kaztag.kz/ru/publications/{slug}"},
      {"bureau", "KIBHR", "ru", "ngo-report", "https://bureau.kz/novosti/{slug}/"},
      {"informburo", "Informburo.kz", "ru", "media", "https://informburo.kz/novosti/{slug}-{n5}.html"},
      {"zakon", "Zakon.kz", "ru", "legal-text", "https://online.zakon.kz/document/?doc_id={n8}&pos={n5};-44"},
      {"fb", "Facebook", "ru", "social-media", "https://www.facebook.com/{slug}/posts/{n16}"},
      {"tengri", "Tengrinews", "ru", "media", "https://tengrinews.kz/kazakhstan_news/{slug}-{n5}/"},
      {"ratel", "Ratel.kz", "ru", "media", "https://ratel.kz/raw/{slug}"},
      {"rferl", "RFE/RL", "en", "media", "https://www.rferl.org/a/{slug}/{n8}.html"},
      {"hrw", "Human Rights Watch", "en", "ngo-report", "https://www.hrw.org/news/{yyyy}/{mm}/{dd}/{slug}"},
      {"iphr", "IPHR", "en", "ngo-report", "https://www.iphronline.org/{slug}.html"},
      {"eurasianet", "Eurasianet", "en", "media", "https://eurasianet.org/{slug}"},
      {"cabar", "CABAR.asia", "en", "media", "https://cabar.asia/en/{slug}"},
      {"civicus", "CIVICUS Monitor", "en", "ngo-report",
       "https://monitor.civicus.org/updates/{yyyy}/{mm}/{dd}/{slug}/"},
      {"ohchr", "OHCHR", "en", "un-document", "https://www.ohchr.org/en/press-releases/{yyyy}/{mm}/{slug}"}};
  return list;
}

const std::vector<std::string>& russian_slug_words() {
  static const std::vector<std::string> words = {
      "sud",        "aktivist",   "prigovor",   "zaderzhan",   "almaty",      "obvinenie",  "rasprostranenie",
      "lozhnoj",    "informacii", "miting",     "policiya",    "zhurnalist",  "arest",      "apellyaciya",
      "shtraf",     "ekstremizm", "uchastie",   "zapreshchennoj", "organizacii", "obysk",    "dopros",
      "pravozashchitnik", "bloger", "ugolovnoe", "delo",       "vozbuzhdeno", "osuzhden",   "ogranichenie",
      "svobody",    "let",        "kolonii",    "golodovka",   "advokat",     "zayavlenie", "prokuratura",
      "nur-sultan", "shymkent",   "uralsk",     "mirnye",      "sobraniya",   "zakon",      "popravki",
      "oppoziciya", "dvizhenie",  "partiya",    "registraciya", "otkaz",      "pytki",      "zaklyuchennyj"};
  return words;
}

const std::vector<std::string>& english_slug_words() {
  static const std::vector<std::string> words = {
      "kazakhstan", "activist",  "sentenced",   "peaceful",   "protest",   "journalist", "detained",
      "court",      "appeal",    "rejected",    "release",    "human",     "rights",     "defender",
      "charges",    "false",     "information", "blogger",    "prison",    "opposition", "movement",
      "crackdown",  "critics",   "freedom",     "assembly",   "expression", "law",       "amendments",
      "authorities", "must",     "end",         "harassment", "civil",     "society",    "extremism",
      "trial",      "verdict",   "jailed",      "years",      "torture",   "allegations", "investigation",
      "pandemic",   "emergency", "restrictions", "media",     "outlet",    "blocked",    "website"};
  return words;
}

const std::vector<std::string>& month_names() {
  static const std::vector<std::string> names = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};
  return names;
}

}  // namespace briefc::bench::vocabulary
