#include "actors/word_lists.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace actorgraph::actors_internal {
namespace {

using WordSet = std::unordered_set<std::string_view>;

bool Contains(const WordSet& set, std::string_view key) { return set.count(key) != 0; }

}  // namespace

bool IsFemaleGivenName(std::string_view key) {
  static const WordSet kWords = {
      "angela", "theresa", "hillary", "nancy", "ursula", "kamala", "jacinda", "marine",
      "elizabeth", "mary", "sarah", "margaret", "christine", "nikki", "condoleezza", "madeleine",
      "federica", "kristalina", "liz", "elizabeth", "michelle", "melania", "ivanka", "jill",
      "samantha", "susan", "julia", "helen", "anna", "maria", "benazir", "indira",
      "aung", "tsai", "yulia", "golda", "sanna", "mette", "giorgia", "jane", "emma", "laura",
      "catherine", "kate", "elena", "natalia", "olena", "alexandria", "ilhan", "rashida",
      "nicola", "priti", "dilma", "cristina", "michelle", "ruth", "amy", "kirsten", "dianne",
      "lisa", "linda", "karen", "patricia", "jennifer", "barbara", "hanan", "tzipi", "ayelet",
      "zeinab", "fatima", "leila", "shirin", "nasrin", "malala", "veronika", "veronica",
      "olga", "svetlana", "tatiana", "tatyana", "irina", "ekaterina", "yekaterina", "marina",
      "valentina", "ludmila", "lyudmila", "galina", "oksana", "nadia", "nadezhda",
      "alexandra", "victoria", "viktoria", "sophie", "sophia", "sofia", "emily", "hannah",
      "rachel", "rebecca", "claire", "carrie", "doris", "brigid", "paula", "wanda", "carmen",
      "nicole", "stephanie", "monica", "jessica", "ashley", "sandra", "diana", "joanna",
      "joan", "alice", "carla", "carlotta", "ingrid", "marie", "louise", "heather", "megan",
      "meghan", "rosa", "teresa", "gloria", "beatriz", "isabel", "lucia", "deborah",
      "donna", "ellen", "francesca", "grace", "jacqueline", "janet", "katherine", "kathryn",
      "kathleen", "amanda", "melissa", "michele", "elisabeth", "elise", "annegret",
      "ségolène", "segolene", "simone", "yvonne", "agnes", "greta", "gretchen", "betsy",
      "elaine", "lauren", "natasha", "tulsi", "lindiwe", "winnie", "graca", "ellen",
      "mariya", "maryam", "aisha", "ayesha", "zainab", "hasina", "sonia",
      "priyanka", "mamata", "sushma", "nirmala", "smriti", "mayawati", "pratibha"};
  return kWords.count(key) != 0;
}

bool IsMaleGivenName(std::string_view key) {
  static const WordSet kWords = {
      "donald", "joe", "barack", "george", "bill", "vladimir", "xi", "recep", "tayyip",
      "emmanuel", "boris", "benjamin", "hassan", "ali", "mohammad", "mohammed", "muhammad",
      "ahmed", "ahmad", "mahmoud", "bashar", "john", "james", "michael", "mike", "david",
      "robert", "william", "richard", "thomas", "charles", "mark", "paul", "peter", "kim",
      "narendra", "justin", "olaf", "rishi", "keir", "tony", "gordon", "nicolas", "jair",
      "luiz", "andres", "sergei", "sergey", "dmitry", "dmitri", "volodymyr", "antony", "lloyd",
      "rex", "mitt", "ted", "marco", "bernie", "chuck", "mitch", "kevin", "jim", "steve",
      "stephen", "jeremy", "jean", "francois", "javad", "qasem", "ebrahim", "abdullah",
      "salman", "khalid", "hamad", "tamim", "abdel", "fattah", "nouri", "haider", "moqtada",
      "masoud", "abu", "osama", "ayman", "yasser", "ismail", "hasan", "jalal", "nechirvan",
      "mevlut", "hulusi", "abdul", "mufti", "omar", "umar", "yusuf", "ibrahim", "mustafa", "frank", "jens", "antonio", "ban", "kofi", "pope", "shinzo", "fumio",
      "moon", "yoon", "rodrigo", "ferdinand", "imran", "nawaz", "ashraf", "hamid", "mullah",
      "josep", "charles", "viktor", "andrzej", "mateusz", "pedro", "matteo", "silvio", "mario",
      "ron", "ronald", "barry", "walter", "brett", "kurt", "rudy", "adam", "eliot", "elijah",
      "ken", "kenneth", "eric", "jack", "charlie", "alan", "albert", "alexander", "denis",
      "dennis", "oleg", "ivan", "igor", "andrei", "andrey", "alexei", "alexey", "nikolai",
      "yuri", "mikhail", "pavel", "carlos", "jose", "josé", "juan", "luis", "jorge",
      "manuel", "miguel", "francisco", "ricardo", "eduardo", "anthony", "bruce", "brian",
      "doug", "douglas", "xavier", "lawrence", "scott", "greg", "gregory", "jason",
      "matthew", "andrew", "patrick", "edward", "henry", "harry", "hugh", "ian", "joseph",
      "larry", "martin", "nick", "nicholas", "oliver", "philip", "raymond", "roger",
      "simon", "timothy", "tim", "victor", "wayne", "howard", "joachim", "pawel", "paweł",
      "francis", "allan", "adrian", "albert", "gerald", "harold", "jeffrey", "jeff",
      "keith", "mohamed", "nasser", "saad", "sami", "karim", "rahul", "amit", "sunil",
      "rajiv", "manmohan", "arvind", "yogi", "shinzo", "justin", "rand",
      "ralph", "benny", "yair", "naftali", "avigdor", "gideon", "ehud", "ariel", "shimon",
      "yitzhak", "moshe", "recep", "ilham", "nursultan", "kassym", "alexander", "emomali",
      "islam", "shavkat", "gurbanguly", "serdar", "aleksandar", "milorad", "milo", "hashim",
      "edi", "zoran", "janez", "marjan", "andrej", "milos", "miloš", "gotabaya", "mahinda",
      "ranil", "abiy", "isaias", "uhuru", "william", "yoweri", "paul", "cyril",
      "jacob", "thabo", "emmerson", "robert", "edgar", "hakainde", "muhammadu", "goodluck",
      "olusegun", "nana", "macky", "alassane", "faure", "idriss", "mahamat", "denis",
      "felix", "félix", "joseph", "joao", "joão", "filipe", "nicolas", "hugo", "evo",
      "rafael", "lenin", "ivan", "iván", "sebastian", "sebastián", "mauricio", "alberto",
      "enrique", "felipe", "vicente", "ernesto", "fidel", "raul", "raúl", "miguel",
      "daniel", "juan", "nayib", "alejandro", "jimmy", "otto", "jovenel",
      "michel", "jacques", "nicolás"};
  return kWords.count(key) != 0;
}

Gender GivenNameGender(std::string_view key) {
  if (IsFemaleGivenName(key)) return Gender::kFemale;
  if (IsMaleGivenName(key)) return Gender::kMale;
  return Gender::kUnknown;
}

Gender KinNounGender(std::string_view key) {
  static const WordSet kFemale = {
      "wife",       "widow",         "daughter",        "mother",        "sister",
      "niece",      "aunt",          "granddaughter",   "grandmother",   "stepdaughter",
      "stepmother", "daughter-in-law", "mother-in-law", "sister-in-law", "girlfriend",
      "fiancee",    "fiancée",       "ex-wife"};
  static const WordSet kMale = {
      "husband",   "widower",      "son",           "father",        "brother",
      "nephew",    "uncle",        "grandson",      "grandfather",   "stepson",
      "stepfather", "son-in-law",  "father-in-law", "brother-in-law", "boyfriend",
      "fiance",    "ex-husband"};
  if (Contains(kFemale, key)) return Gender::kFemale;
  if (Contains(kMale, key)) return Gender::kMale;
  return Gender::kUnknown;
}

bool IsFunctionWord(std::string_view key) {
  static const WordSet kWords = {
      "the", "a", "an", "this", "that", "these", "those", "however", "despite", "although",
      "though", "after", "before", "during", "since", "while", "when", "whereas", "if", "as",
      "in", "on", "at", "for", "from", "with", "without", "by", "to", "of", "into", "onto",
      "about", "against", "among", "amid", "amidst", "between", "through", "throughout",
      "under", "over", "within", "following", "according", "meanwhile", "earlier", "later",
      "also", "but", "and", "or", "nor", "yet", "still", "thus", "then", "today",
      "yesterday", "tomorrow", "now", "last", "next", "both", "each", "every", "all", "some",
      "many", "most", "several", "other", "another", "it", "he", "she", "they", "we", "i",
      "you", "his", "her", "their", "its", "our", "my", "your", "there", "here", "what",
      "which", "who", "whom", "whose", "where", "why", "how", "not", "no", "yes", "so",
      "such", "even", "just", "only", "more", "less", "further", "furthermore", "moreover",
      "instead", "indeed", "once", "given", "regarding", "unlike", "like", "including",
      "except", "around", "near", "across", "beyond", "toward", "towards", "upon", "via",
      "per", "former", "late", "top", "senior", "unless", "until", "because", "although",
      "whether", "either", "neither", "much", "few", "any", "none", "one", "two", "three",
      "several", "first", "second", "third", "finally", "overall", "currently", "recently",
      "previously", "initially", "separately", "additionally", "similarly", "likewise",
      "nevertheless", "nonetheless", "otherwise", "therefore", "hence", "perhaps", "maybe",
      "meantime", "elsewhere", "conclusion", "background", "update", "breaking", "exclusive",
      "analysis", "opinion", "editorial", "comment", "comments", "photo", "video", "watch",
      "read", "see", "note", "sources", "source", "officials", "diplomats", "analysts",
      "experts", "critics", "observers", "reports", "police", "member", "members"};
  return Contains(kWords, key);
}

bool IsDateWord(std::string_view key) {
  static const WordSet kWords = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
      "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec"};
  return Contains(kWords, key);
}

bool IsHeadlineVerb(std::string_view key) {
  static const WordSet kWords = {
      "says", "said", "say", "visits", "visit", "meets", "meet", "warns", "calls", "urges",
      "signs", "wins", "dies", "resigns", "arrives", "holds", "vows", "slams", "rejects",
      "accepts", "announces", "names", "tells", "threatens", "defends", "denies", "backs",
      "blames", "faces", "fires", "leaves", "plans", "seeks", "is", "was", "has", "had",
      "will", "to", "and", "or", "in", "on", "at", "for", "of", "with", "as", "after",
      "talks", "killed", "kills", "dead", "elected", "sworn", "ousted", "arrested",
      "charged", "sentenced", "returns", "speaks", "praises", "condemns", "welcomes",
      "orders", "approves", "signals", "pledges", "promises", "offers", "asks", "agrees",
      "discusses", "hosts", "joins", "quits", "steps", "takes", "gets", "wants", "sees",
      "expects", "confirms", "reveals", "criticises", "criticizes", "the", "a", "an"};
  return Contains(kWords, key);
}

bool IsNameParticle(std::string_view key) {
  static const WordSet kWords = {"bin", "bint", "ibn", "al", "el", "de", "da", "di", "do",
                                 "dos", "das", "du", "del", "della", "der", "den", "van",
                                 "von", "la", "le", "ben", "abu", "mac", "st"};
  return Contains(kWords, key);
}

bool IsPublicationWord(std::string_view key) {
  static const WordSet kWords = {"today", "daily", "times", "post", "herald", "tribune",
                                 "journal", "gazette", "observer", "telegraph", "express"};
  return Contains(kWords, key);
}

bool IsInstitutionWord(std::string_view key) {
  static const WordSet kWords = {
      "post", "times", "university", "state", "normal", "institute", "college", "school",
      "street", "journal", "herald", "daily", "club", "stadium", "airport", "metro",
      "tribune", "news", "examiner", "avenue", "square", "county", "city", "district",
      "bridge", "river", "lake", "hospital", "zoo", "museum", "theatre", "theater",
      "redskins", "nationals", "wizards", "capitals", "mystics", "dynamo", "spartak", "cska",
      "lokomotiv", "conference", "consensus", "agreement", "accord", "summit", "treaty",
      "declaration", "protocol", "convention", "center", "centre", "park", "station",
      "marathon", "memorial", "monument", "temple", "cathedral", "mosque", "church", "market",
      "base", "hall", "palace", "tower", "towers", "building", "road", "port", "island",
      "islands", "province", "region", "valley", "mountain", "mountains", "beach", "bay",
      "hotel", "mall", "arena", "prize", "award", "cup", "trophy", "highway", "canal",
      "motors", "electric", "dynamics", "public", "license", "licence", "licensed", "server",
      "doctors", "hospital", "stores", "mills", "foods", "image", "images", "photo"};
  return Contains(kWords, key);
}

bool IsTell(std::string_view key) {
  return key == "told" || key == "tells" || key == "telling" || key == "tell";
}

bool IsNonNounWord(std::string_view key) {
  static const WordSet kWords = {
      "and", "or", "but", "nor", "who", "whom", "whose", "which", "that", "were", "are",
      "is", "was", "have", "has", "had", "be", "been", "will", "would", "could", "should",
      "can", "may", "might", "must", "shall", "do", "did", "does", "said", "say", "says",
      "in", "on", "at", "to", "of", "for", "with", "from", "by", "as", "than", "themselves",
      "also", "not", "then", "there", "here", "now", "too", "still", "alike", "living",
      "abroad", "killed", "died", "voted", "believe", "think", "want", "wanted", "the", "a",
      "an", "into", "over", "under", "about", "against", "after", "before", "during"};
  return Contains(kWords, key);
}

bool IsHeadFirstOrganizationHead(std::string_view key) {
  static const WordSet kWords = {
      "institut", "instituto", "istituto", "universidad", "universidade", "université",
      "universite", "università", "universita", "partido", "partito", "parti", "banco",
      "banque", "ministerio", "ministère", "ministero", "consejo", "conseil", "comisión",
      "comision", "comissão", "asamblea", "assemblée", "congreso", "fundación", "fundacion",
      "fundação", "fondation", "fondazione", "agencia", "agence", "agenzia", "frente",
      "movimiento", "movimento", "mouvement", "confederación", "confederação", "federación",
      "sindicato", "ejército", "armée", "servicio", "secretaría", "fiscalía", "procuraduría",
      "corte", "cour", "audiencia", "policía", "polícia", "polizia", "guardia",
      "colegio", "escuela", "école", "laboratoire", "observatoire",
      "société", "compañía", "companhia", "grupo", "groupe", "unión", "união", "alianza",
      "coalición", "organización", "organização"};
  return Contains(kWords, key);
}

bool IsRomanceConnector(std::string_view key) {
  static const WordSet kWords = {"de", "del", "della", "delle", "dei", "degli", "di", "da",
                                 "do", "dos", "das", "du", "des", "d'"};
  return Contains(kWords, key);
}

bool IsRomanceArticle(std::string_view key) {
  static const WordSet kWords = {"la", "las", "los", "le", "les", "el", "lo", "l'"};
  return Contains(kWords, key);
}

bool IsOrganizationHead(std::string_view key, ActorType* type) {
  static const std::unordered_map<std::string_view, ActorType> kHeads = {
      {"parliament", ActorType::kOrganization}, {"ministry", ActorType::kOrganization},
      {"council", ActorType::kOrganization},    {"army", ActorType::kOrganization},
      {"party", ActorType::kOrganization},      {"court", ActorType::kOrganization},
      {"guard", ActorType::kOrganization},      {"guards", ActorType::kOrganization},
      {"corps", ActorType::kOrganization},      {"forces", ActorType::kOrganization},
      {"force", ActorType::kOrganization},      {"agency", ActorType::kOrganization},
      {"committee", ActorType::kOrganization},  {"commission", ActorType::kOrganization},
      {"police", ActorType::kOrganization},     {"front", ActorType::kGroup},
      {"movement", ActorType::kGroup},          {"union", ActorType::kOrganization},
      {"bank", ActorType::kOrganization},       {"corporation", ActorType::kOrganization},
      {"corp", ActorType::kOrganization},       {"inc", ActorType::kOrganization},
      {"ltd", ActorType::kOrganization},        {"co", ActorType::kOrganization},
      {"group", ActorType::kOrganization},      {"organization", ActorType::kOrganization},
      {"organisation", ActorType::kOrganization}, {"association", ActorType::kOrganization},
      {"institute", ActorType::kOrganization},  {"university", ActorType::kOrganization},
      {"assembly", ActorType::kOrganization},   {"senate", ActorType::kOrganization},
      {"congress", ActorType::kOrganization},   {"navy", ActorType::kOrganization},
      {"department", ActorType::kOrganization}, {"office", ActorType::kOrganization},
      {"authority", ActorType::kOrganization},  {"service", ActorType::kOrganization},
      {"bureau", ActorType::kOrganization},     {"federation", ActorType::kOrganization},
      {"forum", ActorType::kOrganization},
      {"league", ActorType::kOrganization},     {"alliance", ActorType::kOrganization},
      {"coalition", ActorType::kOrganization},  {"brigade", ActorType::kGroup},
      {"brigades", ActorType::kGroup},          {"militia", ActorType::kGroup},
      {"company", ActorType::kOrganization},    {"llc", ActorType::kOrganization},
      {"plc", ActorType::kOrganization},        {"airlines", ActorType::kOrganization},
      {"airways", ActorType::kOrganization},    {"fund", ActorType::kOrganization},
      {"foundation", ActorType::kOrganization}, {"tribunal", ActorType::kOrganization},
      {"secretariat", ActorType::kOrganization}, {"directorate", ActorType::kOrganization},
      {"command", ActorType::kOrganization},    {"board", ActorType::kOrganization},
      {"reserve", ActorType::kOrganization},    {"exchange", ActorType::kOrganization},
      {"administration", ActorType::kOrganization}, {"cabinet", ActorType::kOrganization},
      {"brotherhood", ActorType::kGroup},       {"network", ActorType::kOrganization},
      {"commission", ActorType::kOrganization}, {"holdings", ActorType::kOrganization},
      {"industries", ActorType::kOrganization}, {"society", ActorType::kOrganization},
      {"center", ActorType::kOrganization},     {"centre", ActorType::kOrganization},
      {"press", ActorType::kOrganization},
      // Company suffixes: "Siemens AG", "Repsol SA", "Occidental Petroleum".
      {"sa", ActorType::kOrganization},         {"s.a", ActorType::kOrganization},
      {"ag", ActorType::kOrganization},         {"gmbh", ActorType::kOrganization},
      {"nv", ActorType::kOrganization},         {"n.v", ActorType::kOrganization},
      {"motors", ActorType::kOrganization},     {"petroleum", ActorType::kOrganization},
      {"airline", ActorType::kOrganization},
      // Companies and schools named by their trade: "Marvel Studios", "Ben Franklin
      // Technology Partners", "British American Drama Academy", "Bell Laboratories".
      {"studios", ActorType::kOrganization},    {"partners", ActorType::kOrganization},
      {"academy", ActorType::kOrganization},    {"laboratories", ActorType::kOrganization},
      {"labs", ActorType::kOrganization},       {"technologies", ActorType::kOrganization},
      {"pharmaceuticals", ActorType::kOrganization}, {"entertainment", ActorType::kOrganization},
      {"pictures", ActorType::kOrganization},
      // "Blues Incorporated", "Murder Incorporated": the suffix spelt out.
      {"incorporated", ActorType::kOrganization},
      // Schools and research bodies: "University College London", "Harvard Medical School".
      {"college", ActorType::kOrganization},    {"school", ActorType::kOrganization},
      {"laboratory", ActorType::kOrganization}, {"observatory", ActorType::kOrganization},
      {"institution", ActorType::kOrganization},  // "Brookings Institution"
      // "Indian Railways", "Santa Fe Railway", "Mayo Clinic".
      {"railway", ActorType::kOrganization},    {"railways", ActorType::kOrganization},
      {"railroad", ActorType::kOrganization},   {"clinic", ActorType::kOrganization},
  };
  auto it = kHeads.find(key);
  if (it == kHeads.end()) {
    if (!IsHeadFirstOrganizationHead(key)) return false;
    if (type) {
      bool group = key == "frente" || key == "movimiento" || key == "movimento" ||
                   key == "mouvement";
      *type = group ? ActorType::kGroup : ActorType::kOrganization;
    }
    return true;
  }
  if (type) *type = it->second;
  return true;
}

const std::vector<Title>& Titles() {
  static const std::vector<Title> kTitles = [] {
    static const char* const kPhrases[] = {
        "president", "vice president", "president-elect", "prime minister",
        "deputy prime minister", "foreign minister", "defense minister", "defence minister",
        "interior minister", "finance minister", "oil minister", "economy minister",
        "trade minister", "justice minister", "health minister", "energy minister",
        "minister", "defense secretary", "defence secretary", "foreign secretary",
        "home secretary", "treasury secretary", "state secretary", "secretary of state",
        "secretary of defense", "secretary-general", "secretary general",
        "under secretary", "general", "gen.", "lt. gen.", "maj. gen.", "brig. gen.",
        "lieutenant general", "major general", "brigadier general", "colonel", "col.",
        "admiral", "adm.", "commander", "ayatollah", "grand ayatollah", "supreme leader",
        "king", "queen", "prince", "princess", "crown prince", "emir", "sheikh", "sultan",
        "chancellor", "senator", "sen.", "rep.", "representative", "congressman",
        "congresswoman", "governor", "gov.", "mayor", "judge", "chief justice", "justice",
        "pope", "cardinal", "archbishop", "bishop", "rev.", "reverend", "mr.", "mrs.", "ms.",
        "dr.", "prof.", "professor", "ambassador", "envoy", "speaker", "chairman",
        "chairwoman", "premier", "lord", "sir", "dame", "attorney general", "chief executive",
        "spokesman", "spokeswoman", "spokesperson", "opposition leader", "member of parliament",
        "mp", "constable", "superintendent", "chief superintendent", "commissioner", "inspector",
        "detective", "sergeant", "sgt.", "lieutenant", "lt.", "captain", "capt.", "major",
        "private", "corporal", "cpl.", "marshal", "field marshal", "brigadier", "imam",
        "rabbi", "father", "sister", "brother", "prosecutor", "prosecutor general",
        "special representative", "special envoy", "special counsel", "taoiseach", "first lady"};
    std::vector<Title> titles;
    for (const char* phrase : kPhrases) {
      Title title;
      std::string_view rest(phrase);
      // Keys split on spaces and hyphens, the way SplitWords splits the text.
      size_t start = 0;
      for (size_t i = 0; i <= rest.size(); ++i) {
        if (i == rest.size() || rest[i] == ' ' || rest[i] == '-') {
          std::string_view piece = rest.substr(start, i - start);
          while (!piece.empty() && piece.back() == '.') piece.remove_suffix(1);
          if (!piece.empty()) title.keys.push_back(piece);
          if (i < rest.size() && rest[i] == '-') title.keys.push_back("-");
          start = i + 1;
        }
      }
      static const WordSet kLowercaseOk = {"president", "senator", "ayatollah", "chancellor",
                                           "premier", "sheikh", "president-elect"};
      title.lowercase_ok = title.keys.size() > 1 || Contains(kLowercaseOk, phrase);
      titles.push_back(std::move(title));
    }
    std::stable_sort(titles.begin(), titles.end(), [](const Title& a, const Title& b) {
      return a.keys.size() > b.keys.size();
    });
    return titles;
  }();
  return kTitles;
}

bool IsRoleWord(std::string_view key) {
  static const WordSet kWords = {
      "candidate", "nominee", "emeritus", "officer", "official", "member", "leader",
      "vice", "deputy", "acting", "elect", "designate", "chief", "head", "director",
      "executive", "spokesman", "spokeswoman", "spokesperson", "secretary", "minister",
      "president", "chairman", "chair", "ceo", "founder", "coach", "manager", "captain",
      "correspondent", "reporter", "editor", "professor", "author", "lawyer", "attorney"};
  return Contains(kWords, key);
}

bool IsPortfolioWord(std::string_view key) {
  static const WordSet kWords = {
      "information", "defence", "defense", "finance", "health", "justice", "interior",
      "education", "energy", "agriculture", "commerce", "labor", "labour", "transport",
      "transportation", "culture", "economy", "trade", "industry", "tourism", "environment",
      "communications", "housing", "treasury", "war", "police", "security", "immigration",
      "sport", "sports", "science", "technology", "oil", "petroleum", "planning", "welfare"};
  return Contains(kWords, key);
}

bool IsAlsoAName(std::string_view key) {
  static const WordSet kWords = {"king", "queen", "prince", "princess", "lord", "bishop",
                                 "cardinal", "justice", "judge", "general", "major", "mayor",
                                 "dame"};
  return Contains(kWords, key);
}

bool IsSingleWordTitleKey(std::string_view key) {
  static const WordSet kKeys = [] {
    WordSet keys;
    for (const Title& title : Titles()) {
      if (title.keys.size() == 1) keys.insert(title.keys[0]);
    }
    return keys;
  }();
  return Contains(kKeys, key);
}

bool IsTitleAdjective(std::string_view key) {
  static const WordSet kWords = {"former", "top", "late", "then", "new", "acting",
                                 "current", "deputy", "senior", "chief", "interim",
                                 "outgoing", "incoming", "military", "army", "elite",
                                 "veteran", "powerful", "influential", "the"};
  return Contains(kWords, key);
}

}  // namespace actorgraph::actors_internal
