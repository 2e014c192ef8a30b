#include "actors/capitalised_names.h"

#include <cctype>
#include <string_view>
#include <unordered_set>

#include "actors/titled_people.h"
#include "actors/word_lists.h"

namespace actorgraph::actors_internal {
namespace {

using WordSet = std::unordered_set<std::string_view>;

constexpr size_t kMinNameWords = 2;
constexpr size_t kMaxNameWords = 4;

bool In(const WordSet& set, std::string_view key) { return set.count(key) != 0; }

// The last word of a portfolio that ends a title before a name: "Under Secretary of State
// for Economic Affairs Allen Wallis", "Minister for Trade Simon Birmingham".
bool IsPortfolioEnd(std::string_view key) {
  return IsPortfolioWord(key) || key == "affairs" || key == "economic" || key == "foreign" ||
         key == "relations" || key == "development" || key == "resources" ||
         key == "staff" || key == "exchequer";
}

// Capitalised words that start or continue names of places, events, laws and eras rather
// than people: "New York", "World War II", "Middle East", "Saint Petersburg".
bool IsNonPersonWord(std::string_view key) {
  static const WordSet kWords = {
      "new", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
      "central", "middle", "upper", "lower", "united", "national", "international",
      "federal", "royal", "grand", "great", "saint", "san", "santa", "los", "las", "fort",
      "mount", "mt", "port", "cape", "war", "world", "day", "christmas", "easter", "covid",
      "coronavirus", "internet", "republic", "kingdom", "empire", "democratic", "republican",
      "democrat", "democrats", "republicans", "liberal", "conservative", "labour", "muslim",
      "christian", "catholic", "jewish", "islamic", "arab", "festival", "championship",
      "olympics", "olympic", "games", "act", "bill", "law", "amendment", "constitution",
      "order", "operation", "project", "program", "programme", "plan", "prize", "award",
      "revolution", "crisis", "spring", "winter", "summer", "autumn", "fall", "age", "era",
      "ocean", "sea", "gulf", "strait", "desert", "forest", "river", "lake", "valley",
      "airlines", "airways", "english", "french", "spanish", "arabic", "chinese", "state",
      "states", "province", "county", "city", "town", "village", "street", "avenue",
      "square", "road", "high", "supreme", "general", "special", "chief", "senior", "junior",
      "old", "ancient", "modern", "holy", "global", "covid-19", "ebola", "zika", "black",
      "white", "red", "green", "blue", "golden", "silver", "first", "second", "third",
      "final", "annual", "super", "big", "little", "twitter", "facebook", "google", "online",
      "via", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "telescope", "satellite",
      "rover", "mission", "spacecraft", "ship", "hurricane", "storm", "typhoon", "cyclone",
      "tropical", "afterwards", "afterward", "subsequently", "eventually", "speaking",
      "asked", "dear", "thanks", "thank", "welcome", "congratulations", "hello", "hi",
      // Words of company names ("Warburg Securities", "Corning Glass Works").
      "securities", "trust", "engineers", "engineering", "restaurant", "restaurants",
      "factories", "factory", "works", "air", "gas", "care", "traffic", "inn", "foods",
      "stores", "systems", "technologies", "technology", "electronics", "brothers",
      "partners", "capital", "financial", "finance", "energy", "resources", "mining",
      "steel", "chemical", "chemicals", "pharmaceuticals", "communications", "services",
      "products", "savings", "loan", "insurance", "mutual", "pacific", "atlantic",
      "investment", "investments", "investors", "properties", "realty", "industries",
      "enterprises", "ventures", "associates", "labs", "laboratories", "software", "data",
      "computer", "computers", "motor", "auto", "oil", "petroleum", "power", "electric",
      "utilities", "telephone", "telecom", "media", "broadcasting", "publishing", "shipping",
      "lines", "airlines", "rail", "railroad", "railway", "railways", "division",
      "divisional", "clinic", "bancorp", "bancshares", "trading", "exports",
      "imports", "supply", "equipment", "instruments", "machines", "tools", "glass",
      "paper", "textiles", "mills", "brands", "pizza", "burger", "hotels", "casino",
      "entertainment", "pictures", "studios", "records", "music", "sports", "healthcare",
      "health", "medical", "dental", "research", "management", "consulting", "jr",
      "sr", "cos", "deutsche", "societe", "biological", "scientific", "micro", "land",
      "banque", "banca", "banco", "bankers", "cement", "linux", "dow",
      // Words of publications' and broadcasts' names ("Peking Review", "The Sid Hale Show").
      "review", "weekly", "monthly", "radio", "television", "show"};
  return In(kWords, key) || IsPortfolioEnd(key);
}

// Given names common in international news, across languages. A name starting with one is
// a person's even without any other cue.
bool IsCommonFirstName(std::string_view key) {
  static const WordSet kWords = {
      "aaron", "abdul", "abdullah", "adam", "ahmad", "ahmed", "alan", "albert", "alex",
      "alexander", "alexei", "ali", "alice", "amanda", "amy", "ana", "andrea", "andrew",
      "andrei", "angela", "ann", "anna", "anne", "anthony", "antonio", "barbara", "ben",
      "benjamin", "bernie", "beto", "bill", "bob", "boris", "brian", "bruce", "carl",
      "carlos", "carol", "catherine", "charles", "chris", "christine", "christopher",
      "claire", "daniel", "david", "dmitry", "donald", "edward", "elena", "elizabeth",
      "emily", "emma", "emmanuel", "eric", "fatima", "francesco", "francis", "frank",
      "gary", "george", "giuseppe", "gordon", "hamza", "hannah", "hans", "hassan", "helen",
      "henry", "hillary", "hugo", "hussein", "ian", "saddam", "ibrahim", "igor", "ivan", "jack",
      "jacob", "james", "jane", "jean", "jeff", "jennifer", "jeremy", "jessica", "jim",
      "joe", "john", "jonathan", "jose", "joseph", "juan", "julia", "julie", "karen",
      "kate", "katherine", "kevin", "khalid", "kim", "laura", "lisa", "luis", "marco",
      "maria", "marie", "mark", "martin", "mary", "matteo", "matthew", "michael", "michel",
      "michelle", "mike", "mohamed", "mohammad", "mohammed", "morgan", "muhammad", "nancy",
      "nicola", "nicolas", "nikolai", "olga", "omar", "osama", "patrick", "paul", "pedro",
      "peter", "philip", "pierre", "rachel", "richard", "robert", "ronald", "ruth",
      "sarah", "sergei", "sergey", "simon", "sophie", "stephen", "steve", "steven",
      "susan", "ted", "thomas", "tim", "timothy", "tom", "tony", "vladimir", "walter",
      "william", "xavier", "yusuf", "zara"};
  return In(kWords, key);
}

// Given names of IsCommonFirstName and more; these mark a person at the start of a run but,
// being also middle names and fathers' names, do not start a name inside one ("Yuval Noah
// Harari", "Haitham bin Tariq").
bool IsFirstName(std::string_view key) {
  static const WordSet kWords = {
      // More given names news carries (English, European, Arabic, Persian, Turkish, South
      // and East Asian, African), leaving out those that are also common words or places
      // ("Hunter", "Rose", "May", "Jordan", "Georgia", "Victoria", "Israel", "Lincoln").
      "abdel", "abdulla", "abdurrahman", "adil", "adrian", "ahmet", "akbar", "alain",
      // Given names of US and British politics and of African and Asian leaders.
      "andy", "ashley", "barry", "becky", "beth", "betsy", "bobby", "brad", "brandon",
      "brent", "brenton", "bryan", "calvin", "carolyn", "chuck", "cindy", "clint", "cody",
      "connor", "cory", "courtney", "curtis", "cyril", "danny", "darren", "debbie", "denise",
      "derek", "devin", "don", "donna", "doris", "dylan", "eddie", "elaine", "ellen",
      "emmerson", "eugene", "evan", "felix", "floyd", "gail", "gavin", "gina", "gloria",
      "hakeem", "heather", "heidi", "herbert", "irene", "ivanka", "jacinda", "jair", "jake",
      "jamie", "janice", "jared", "jay", "jeanne", "jeffrey", "jenny", "jerry", "jesse",
      "jill", "jimmy", "joanne", "joel", "johnny", "joko", "jon", "josh", "joyce", "judith",
      "judy", "kamala", "kara", "katie", "kelly", "kenny", "kerry", "kirk", "kristen",
      "kristin", "kweisi", "larry", "lauren", "leon", "leslie", "lindsey", "lloyd", "lois",
      "louise", "melinda", "joyce", "heidi", "abigail", "beverly", "brenda", "cheryl",
      "lori", "lucy", "luke", "lynn", "macky", "mahathir", "mandy", "marc", "marcia",
      "marilyn", "marsha", "marvin", "maya", "megan", "melania", "melvin", "meredith", "mia",
      "micah", "mitch", "mitchell", "mitt", "molly", "muhammadu", "nadine", "narendra",
      "nicole", "nikki", "nora", "okey", "pamela", "patrice", "peggy", "pete", "phil",
      "phyllis", "priscilla", "rand", "randy", "rhonda", "rodney", "rodrigo", "ron",
      "ronnie", "ross", "roy", "sally", "samantha", "satyendra", "shane", "shannon",
      "sheila", "shelley", "sherry", "shinzo", "shirley", "sonia", "stacey", "stacy",
      "stella", "stuart", "sylvia", "tamara", "tammy", "tara", "terry", "tina", "toby",
      "tracy", "travis", "trevor", "tyler", "uhuru", "valerie", "vanessa", "vicki", "vince",
      "wanda", "warren", "wendy", "wesley", "whitney", "willie", "yoweri", "yvonne", "zach",
      "zoe",
      "alberto", "aleksandr", "alessandro", "alexandre", "alfonso", "alfred", "alicia",
      "alison", "amir", "anders", "andre", "andreas", "andres", "andriy", "angelo", "anil",
      "anita", "annette", "antoine", "anton", "antonia", "arnold", "arthur", "ashraf",
      "bashar", "beatriz", "benoit", "bernard", "bernardo", "bilal", "brett", "bruno",
      "camille", "carla", "carlo", "carmen", "caroline", "carrie", "cecilia", "charlotte",
      "chen", "christina", "claude", "claudia", "colin", "craig", "cristina",
      "dan", "daniela", "dave", "dennis", "diana", "diego", "dieter", "dimitri", "dmitri",
      "dominic", "doug", "douglas", "eduardo", "elijah", "eliot", "elliot", "emilio",
      "enrique", "erik", "ernesto", "eva", "fabio", "farid", "fernando", "filipe", "florian",
      "francois", "franz", "fred", "frederick", "gabriel", "gabriela", "george", "gerald",
      "gerhard", "gilbert", "giorgio", "giovanni", "glenn", "greg", "gregory", "guillaume",
      "gustavo", "hamid", "harold", "harry", "heinz", "helmut", "hiroshi", "howard",
      "igor", "imran", "ingrid", "isabel", "isabelle", "jacques", "jaime", "jamal",
      "janet", "jason", "javier", "jean-claude", "jens", "jerome", "jim", "joan", "joanna",
      "joaquin", "johan", "johannes", "jonas", "jorge", "josef", "joshua", "juergen",
      "julian", "julien", "jurgen", "justin", "kamal", "karim", "karl", "katarzyna", "katya",
      "keith", "ken", "kenneth", "kenji", "khaled", "klaus", "kurt", "kyle", "lars", "leo",
      "leonid", "linda", "lorenzo", "luca", "lucas", "luigi", "luiz", "lukas",
      "magnus", "mahmoud", "malik", "manuel", "marcel", "marcelo", "marcus", "margaret",
      "mario", "marta", "martha", "matt", "matthias", "maurice", "max", "mehmet", "mehdi",
      "melissa", "miguel", "mikhail", "milan", "mohamad", "mohammadreza", "monica", "mustafa",
      "nabil", "nadia", "naomi", "nasser", "nathan", "neil", "nelson", "nick", "nicholas",
      "nikolaos", "nikos", "nina", "norbert", "oleg", "oliver", "olivier", "oscar",
      "pablo", "paolo", "pascal", "patricia", "pavel", "pedro", "petr", "philippe",
      "pierre", "piotr", "rafael", "rahul", "raj", "ramon", "rashid", "raul", "ravi",
      "rebecca", "reza", "ricardo", "rick", "rob", "roberto", "roger", "roman", "rudy",
      "rudolf", "ryan", "saad", "salim", "salman", "sam", "samir", "samuel",
      "sandra", "sanjay", "sara", "scott", "sean", "sebastian", "sergio", "sharif", "sharon",
      "sophia", "stanislav", "stefan", "stefano", "steffen", "stephane", "sven", "takeshi",
      "tariq", "teresa", "thierry", "thomas", "tobias", "todd", "tomas", "ulrich", "valentina",
      "valery", "vasily", "victor", "viktor", "vincent", "vladislav", "walid", "wang",
      "wayne", "werner", "wolfgang", "yasser", "yuri", "yury", "zalmay", "zhang",
      // Given names of people the pattern finder met with other cues in Wikinews and Reuters
      // (first words of titled and speaking people), less those that are also common words.
      "clayton", "yasuhiro", "dilson", "kiichi", "edouard", "nigel", "lawrence", "satoshi",
      "corazon", "malcolm", "marlin", "denis", "caspar", "francisco", "ferdinand", "aparna",
      "barack", "allen", "allan", "frans", "dudley", "joao", "barend", "hisham", "edwin",
      "theodore", "raymond", "pat", "willy", "boyd", "louis", "herman", "gene", "norman",
      "fernand", "almir", "branko", "karsten", "rilwanu", "tadashi", "geoffrey", "beryl",
      "robin", "ernest", "hermann", "leonard", "turgut", "bettino", "karl-heinz", "cesar",
      "carole", "arturo", "alejandro", "hajime", "anibal", "irwin", "gareth", "rudolph",
      "gilberto", "giulio", "guillermo", "rene", "domingo", "rolf", "hugh", "kobena", "recep",
      "volodymyr", "howie", "darrell", "morton", "sumner", "ignaz", "koichi", "eishiro",
      "haruo", "bert", "kalevi", "kjell", "jean-marc", "sallie", "wilfried", "gerard",
      "sanford", "fumio", "rosario", "nobuo", "andrzej", "alexis", "theresa", "sadiq",
      "ulysses", "abraham", "sviatlana", "elliott", "ralph", "byron", "edgar", "harvey",
      "gholamreza", "wim", "asher", "fritz", "hannes", "carroll", "hector", "makoto", "arifin",
      "guenther", "piers", "janos", "derrick", "suleiman", "winthrop", "kelvin", "alfredo",
      "hissene", "laurence", "shoichi", "constantine", "joachim", "tomasz", "natasha",
      "delfin", "wojciech", "reginald", "leopold", "franky", "arvin", "greta", "tedros",
      "neville", "darcy", "clarence", "edmund", "debra", "darwin", "arnaldo", "shinichi",
      "rajiv", "cesare", "guido", "rhys", "terrence", "denys", "leroy",
      // First words of people found with a title in 174 Wikinews articles and Reuters-21578,
      // given names of two or more of them or plainly given names; not a word, title, place,
      // company or surname written first ("Dean", "Earl", "Marshall", "Lee", "Li", "Wells").
      "ed", "ray", "noboru", "ike", "onno", "eduard", "wilf", "owen", "dale", "mir-hossein",
      "mutsuki", "dick", "hal", "edson", "takashi", "arne", "masao", "leonel", "tetsuo",
      "friedhelm", "yutaka", "aldo", "natalie", "masahiko", "graham", "roland", "achmad",
      "kay", "chrispus", "susumu", "markus", "osamu", "abdelaziz", "rachmat", "akio",
      "svetozar", "wilfredo", "hubert", "sid", "stan", "phillip", "winston", "bertil",
      "alvin", "renato", "patricio", "vsevolod", "siegfried", "adebayo", "giles", "ramiro",
      "vittorio", "hirozumi", "yannis", "heinrich", "mauno", "saul", "mitsuru", "masayoshi",
      "lothar", "sheldon", "hernan", "elias", "vernon", "gerry", "clifford", "cecil", "clive",
      "yves", "henri", "henrique", "georges", "terence", "freddie", "tommy", "eileen", "diane",
      "manfred", "gonzalo", "alvaro", "octavio", "augusto", "laszlo", "janusz", "johann",
      "claus", "armin", "gerd", "laurent", "akira", "koji", "naoki", "yuji", "shinji", "kenzo",
      "hendrik", "gennady", "krzysztof", "yevgeny", "mariusz", "didier", "björn",
      "bjorn", "bjoern", "jackie"};
  // The given names coreference knows by gender, less titles, places and common words.
  static const WordSet kNotAlone = {
      "abu",  "alexandria", "aung", "ban",  "edi",  "evo",  "goodluck", "grace", "islam",
      "lenin", "liz",       "lucia", "marina", "marine", "milo", "moon",  "mufti", "mullah",
      "nana", "otto",       "pope", "rex",  "rosa", "sami", "sofia",    "tayyip", "tsai",
      "victoria", "xi",     "yogi", "yoon"};
  return IsCommonFirstName(key) || In(kWords, key) ||
         ((IsFemaleGivenName(key) || IsMaleGivenName(key)) && !In(kNotAlone, key));
}

// Verbs after a name that need a human speaker or agent: "Ted Cruz said".
bool IsPersonVerb(std::string_view key) {
  static const WordSet kWords = {
      "said", "says", "told", "tells", "added", "announced", "announces", "stated",
      "wrote", "writes", "explained", "noted", "claimed", "argued", "asked", "replied",
      "responded", "warned", "urged", "accused", "criticised", "criticized", "praised",
      "visited", "tweeted", "insisted", "confirmed", "denied", "declared", "vowed", "died",
      "resigned", "endorsed", "testified", "recalled", "admitted", "pleaded", "married"};
  return In(kWords, key);
}

}  // namespace

// Lower-case nouns that name a person's role just before the name: "activist Zara Kay".
bool IsPersonRoleNoun(std::string_view key) {
  static const WordSet kWords = {
      "activist", "candidate", "leader", "founder", "rapper", "singer", "actor", "actress",
      "journalist", "businessman", "businesswoman", "billionaire", "lawyer", "rival",
      "challenger", "opponent", "incumbent", "politician", "author", "writer", "director",
      "commentator", "blogger", "dissident", "cleric", "pilot", "son", "daughter", "wife",
      "husband", "brother", "sister", "father", "mother", "widow", "spokesman",
      "spokeswoman", "spokesperson", "player", "coach", "tycoon", "magnate", "investor",
      "economist", "analyst", "scientist", "researcher", "priest", "preacher", "militant",
      "lawmaker", "legislator", "congressman", "congresswoman", "senator", "hopeful",
      "nominee", "entrepreneur", "artist", "photographer", "presenter", "host", "comedian",
      "footballer", "athlete", "president", "minister", "chairman", "ceo", "premier",
      "successor", "predecessor", "counterpart", "counterparts", "executive", "protester",
      "envoy", "official", "aide", "adviser", "advisor", "commissioner", "prosecutor",
      "attorney", "diplomat", "officer", "columnist", "historian", "scholar", "campaigner",
      "organiser", "organizer", "boss", "chairwoman", "governor", "mayor", "ambassador",
      "secretary", "director", "editor", "correspondent", "reporter",
      // Sentence-initial roles before a name ("Voter Kitty Mak told ...").
      "voter", "resident", "ecologist", "biologist", "physicist", "chemist", "professor",
      "doctor", "nurse", "student", "teacher", "farmer", "witness", "survivor", "victim",
      "suspect", "defendant", "judge", "psychologist", "sociologist", "archaeologist",
      "astronomer", "engineer", "expert", "observer", "volunteer", "worker", "owner",
      "manager", "shopkeeper", "pastor", "rabbi", "imam", "astrophysicist", "epidemiologist",
      "virologist", "novelist", "poet", "musician", "filmmaker", "producer", "designer",
      "architect", "entertainer", "influencer", "youtuber",
      // Fellow nationals and players of an instrument: "Countryman Lawrence Cherono",
      // "bassist Jack Bruce".
      "countryman", "countrywoman", "compatriot", "teammate", "drummer", "guitarist",
      "bassist", "pianist", "saxophonist", "trumpeter", "vocalist", "violinist",
      "cellist", "keyboardist", "composer", "conductor", "bandmate"};
  return In(kWords, key);
}

namespace {

// Party and side labels before a name: "Republican Ted Cruz", "Democrat Beto O'Rourke".
bool IsPartyLabel(std::string_view key) {
  static const WordSet kWords = {"republican", "democrat", "democratic", "conservative",
                                 "labour", "liberal", "independent", "socialist", "muslim",
                                 "christian", "catholic", "jewish", "hindu", "buddhist"};
  return In(kWords, key);
}

// Nouns after a possessive name that belong to a person: "Ian Smith's government".
bool IsPersonPossession(std::string_view key) {
  static const WordSet kWords = {
      "son", "daughter", "wife", "husband", "widow", "father", "mother", "brother",
      "sister", "family", "government", "administration", "regime", "campaign", "lawyer",
      "lawyers", "spokesman", "spokeswoman", "death", "presidency", "successor",
      "predecessor", "funeral", "leadership", "supporters", "rule", "cabinet", "life"};
  return In(kWords, key);
}

// Nouns of an appositive ", son of ...", ", founder of ...".
bool IsAppositiveRole(std::string_view key) {
  static const WordSet kWords = {"son", "daughter", "wife", "husband", "widow", "brother",
                                 "sister", "father", "mother", "founder", "leader", "head",
                                 "chairman", "president", "member", "co-founder", "ceo"};
  return In(kWords, key);
}

// Nouns of an office, a post or a family tie that an apposition gives a person:
// "Youssef Chahed, the Prime Minister of Tunisia", "Bill Weld, the former governor of
// Massachusetts", "Kerri Kupec, spokeswoman for the Department of Justice".
bool IsOfficeNoun(std::string_view key) {
  static const WordSet kWords = {
      "president", "vice-president", "minister", "premier", "chancellor", "secretary",
      "secretary-general", "governor", "lieutenant-governor", "mayor", "senator",
      "congressman", "congresswoman", "ambassador", "envoy", "spokesman", "spokeswoman",
      "spokesperson", "director", "director-general", "chief", "head", "leader", "chairman",
      "chairwoman", "chair", "ceo", "founder", "co-founder", "member", "commander",
      "adviser", "advisor", "commissioner", "speaker", "treasurer", "prosecutor",
      "attorney-general", "executive", "president-elect", "son", "daughter", "wife",
      "husband", "widow", "brother", "sister", "father", "mother"};
  return In(kWords, key);
}

// ", [the|a] [Owner's] [former ...] <office> of|for|at|," after words[end]: the run before
// the comma is a person holding that office.
bool OfficeAppositionAfter(const std::vector<Word>& words, size_t end) {
  if (end >= words.size() || words[end].text != ",") return false;
  size_t w = end + 1;
  if (w < words.size() && (words[w].key == "the" || words[w].key == "a" || words[w].key == "an"))
    ++w;
  // Up to five words of owner, adjectives and portfolio before the office noun.
  for (size_t n = 0; n < 6 && w < words.size(); ++n, ++w) {
    const Word& word = words[w];
    if (word.kind == WordKind::kWord && IsOfficeNoun(word.key)) {
      size_t next = w + 1;
      // "the Prime Minister", "the Chief Minister": the noun may go on ("prime minister").
      while (next < words.size() && words[next].kind == WordKind::kWord &&
             IsOfficeNoun(words[next].key))
        ++next;
      if (next >= words.size()) return true;
      const std::string& after = words[next].key;
      return after == "of" || after == "for" || after == "at" || words[next].text == "," ||
             words[next].text == "." || words[next].kind == WordKind::kPossessive;
    }
    if (word.text == "," || word.text == "." || word.key == "who" || word.key == "and") return false;
  }
  return false;
}

// Nouns of a person's office or occupation in an apposition: "Kurt Volker, the US special
// envoy", "Carrie Lam, the chief executive of Hong Kong", "Matt Simister, Tesco's CEO".
// Not the title words that are also adjectives ("a major company", "the general public").
bool IsAppositionOffice(std::string_view key) {
  static const WordSet kWords = {
      "envoy", "commissioner", "aide", "adviser", "advisor", "official", "officer",
      "ambassador", "diplomat", "prosecutor", "judge", "governor", "mayor", "senator",
      "congressman", "congresswoman", "chancellor", "premier", "spokesperson", "spokesman",
      "spokeswoman"};
  if (key == "member" || key == "head" || key == "leader" || key == "host") return false;
  return In(kWords, key) || IsRoleWord(key) || IsPersonRoleNoun(key);
}

// Whether the words from `start` (just after the comma that follows a name) are an
// apposition naming a person's office: an optional article or "Tesco's", then at most five
// words of a noun phrase ending in an office noun.
bool AppositionNamesAnOffice(const std::vector<Word>& words, size_t start) {
  size_t k = start;
  if (k < words.size() && words[k].kind == WordKind::kWord &&
      (words[k].key == "the" || words[k].key == "a" || words[k].key == "an")) {
    ++k;
  }
  for (size_t seen = 0; k < words.size() && seen < 6; ++k, ++seen) {
    const Word& word = words[k];
    if (word.kind == WordKind::kPossessive || word.kind == WordKind::kHyphen) continue;
    if (word.kind != WordKind::kWord) return false;
    if (IsAppositionOffice(word.key)) {
      // "the Meat Price Scheme, Finance Minister Roger Douglas said": the office belongs to
      // the name after it, not to the run before the comma.
      const Word* next = k + 1 < words.size() ? &words[k + 1] : nullptr;
      return !(next && next->kind == WordKind::kWord && next->capitalised &&
               !IsFunctionWord(next->key));
    }
    if (IsNonNounWord(word.key) || IsFunctionWord(word.key)) return false;
  }
  return false;
}

// Prepositions after which a capitalised run names a place: "in New York", "near Karaj".
bool IsLocative(std::string_view key) {
  static const WordSet kWords = {"in", "at", "near", "outside", "inside", "around",
                                 "across", "from", "to", "into", "towards", "toward",
                                 "via", "throughout", "within"};
  return In(kWords, key);
}

// Nouns of an office or post that a name follows in apposition: "the director of the
// Ask Society, Bob Hughes", "the delegate to the House, Aumua Amata".
bool IsOfficeBeforeName(std::string_view key) {
  return IsOfficeNoun(key) || IsPersonRoleNoun(key) || key == "delegate" ||
         key == "manager" || key == "deputy" || key == "head";
}

// Whether the words before the comma at words[begin - 1] are an office phrase whose holder
// the name at `begin` is: a lower-case office noun, then only links and capitalised words
// ("the director of Argentina's Amnesty International, Mariela Belski", "San Diego's
// chancellor, Pradeep Khosla"), or a capitalised office noun before "of" ("Director of Mid
// Wales Tourism Partnership, David Clay"). A lower-case word of another kind ends the
// phrase without an office: "the director of the film, ..." is left to other cues.
bool FollowsOfficePhrase(const std::vector<Word>& words, size_t begin) {
  if (begin < 2 || words[begin - 1].text != ",") return false;
  constexpr size_t kMaxWords = 10;
  size_t k = begin - 1;  // words[k] is the word after the one looked at
  for (size_t seen = 0; k > 0 && seen < kMaxWords; ++seen, --k) {
    const Word& word = words[k - 1];
    if (word.kind == WordKind::kPossessive || word.kind == WordKind::kHyphen) continue;
    if (word.kind != WordKind::kWord) return false;
    // The office noun takes its body after "of", "for" or "to", or ends the phrase
    // ("San Diego's chancellor, ..."); not "manager Drexel, Holiday Inns is": a name after
    // the noun is its holder's.
    if (IsOfficeBeforeName(word.key) && !word.all_upper) {
      const std::string& next = words[k].key;
      return next == "of" || next == "for" || next == "to" ||
             (!word.has_upper && (next == "at" || k + 1 == begin));
    }
    static const WordSet kLinks = {"of", "for", "to", "at", "the", "and", "&"};
    if (!word.has_upper && !In(kLinks, word.key)) return false;
  }
  return false;
}

bool LooksCapitalised(const Word& word) {
  if (word.kind != WordKind::kWord) return false;
  if (word.capitalised) return true;
  return word.has_upper && word.text.size() > 2 && word.text[1] == '\'';
}

bool IsRoman(std::string_view key) {
  if (key.empty() || key.size() > 4) return false;
  for (char c : key) {
    if (c != 'i' && c != 'v' && c != 'x') return false;
  }
  return true;
}

// A word that can be part of a person's name found this way. With `common_words`, also a
// word of IsNonPersonWord ("Day", "Green"), which only a given name before it and the
// document's use of it alone make a surname.
bool CanBeNameWord(const Word& word, int coverage, bool common_words = false) {
  if (!LooksCapitalised(word) || coverage >= 0 || word.all_upper) return false;
  if (std::isdigit(static_cast<unsigned char>(word.text[0]))) return false;
  const std::string& key = word.key;
  // "Bill Hammons": a common given name is a name word, although "bill" is also a law's.
  if (IsCommonFirstName(key) && !IsFunctionWord(key) && !IsDateWord(key)) return true;
  if (IsFunctionWord(key) || IsDateWord(key) || IsHeadlineVerb(key) || IsRoleWord(key) ||
      IsPersonRoleNoun(key) ||
      IsInstitutionWord(key) || IsSingleWordTitleKey(key) ||
      (IsNonPersonWord(key) && !common_words) || IsPortfolioEnd(key) ||
      IsPublicationWord(key) || IsRoman(key)) {
    return false;
  }
  ActorType ignored;
  return !IsOrganizationHead(key, &ignored);
}

// "Michel Mayor", "John Major", "Carole King": a title that is also a surname
// (IsAlsoAName), right after a common given name, is the surname when no name follows it
// ("Mayor Anne Hidalgo" is a title) and, for a royal or a peer, no "of" ("Charles Prince
// of Wales").
bool TitleIsSurname(const std::vector<Word>& words, const std::vector<int>& coverage,
                    size_t w) {
  if (w == 0 || coverage[w] >= 0 || !LooksCapitalised(words[w]) || words[w].all_upper ||
      !IsAlsoAName(words[w].key) || !IsCommonFirstName(words[w - 1].key)) {
    return false;
  }
  if (w + 1 < words.size()) {
    const Word& next = words[w + 1];
    if (next.kind == WordKind::kWord && LooksCapitalised(next) && !IsFunctionWord(next.key)) {
      return false;
    }
    static const std::unordered_set<std::string_view> kRanks = {
        "king", "queen", "prince", "princess", "lord", "dame"};
    if (next.key == "of" && kRanks.count(words[w].key)) return false;
  }
  return true;
}

// "Day" in "Doris Day": a capitalised common word that CanBeNameWord takes only as a
// surname.
bool IsCommonWordSurname(const Word& word, int coverage) {
  return CanBeNameWord(word, coverage, /*common_words=*/true) && !CanBeNameWord(word, coverage);
}

struct Run {
  size_t end = 0;          // words [begin, end)
  size_t name_words = 0;   // capitalised words, particles and initials not counted
  bool strong_particle = false;  // "bin", "ibn", "van", "von": a person's name
  bool middle_initial = false;   // "Wayne A. I. Frederick": only people's names have them
};

// Cased like a name: no capital after the second letter ("McGurk", "DeVos", "O'Brien"),
// except in "Mac" names ("MacArthur"); not "CentOS" or "iPhone".
bool NameCased(const Word& word) {
  if (word.kind != WordKind::kWord) return true;
  const std::string& t = word.text;
  if (t.size() > 3 && t.compare(0, 3, "Mac") == 0) return true;
  for (size_t c = 2; c < t.size(); ++c) {
    if (t[c] >= 'A' && t[c] <= 'Z' && t[c - 1] != '\'' && t[c - 1] != '-') return false;
  }
  return true;
}

// A middle initial: one capital letter and a dot ("A.", "I.").
bool IsInitial(const Word& word) {
  return word.kind == WordKind::kWord && word.text.size() == 2 && word.text[1] == '.' &&
         word.text[0] >= 'A' && word.text[0] <= 'Z';
}

// "Dae-jung", "Man-kei": a short capitalised part, a hyphen, and a lower-case syllable of
// at most four letters that is no English word of a compound ("Pre-tax", "Year-ago",
// "Co-op", "South-east").
bool IsGivenNameSyllable(const Word& part, const Word& syllable) {
  static const WordSet kCompoundWords = {
      "in", "on", "up", "out", "off", "by", "to", "of", "or", "and", "for", "the", "a", "an",
      "led", "run", "old", "era", "day", "days", "way", "aged", "like", "long", "term", "year",
      "time", "tax", "ago", "oil", "farm", "bank", "lead", "one", "two", "six", "ten", "area",
      "east", "west", "op", "la", "le", "de", "del", "da", "di", "du", "des", "y", "e", "el",
      "al", "hit", "end", "top", "low", "high", "new", "all", "fire", "line", "wide", "born",
      "made", "free", "back", "down", "over", "size", "rate", "type", "base", "site", "page",
      "less", "side", "half", "next", "ray", "bus", "car", "war", "man", "men", "air", "sea",
      "law", "laws", "bill", "elect", "pro", "anti", "non", "post", "pre", "mid", "ex", "vice",
      "ups", "set", "cut", "key", "pay", "fee", "use", "user", "ever", "fold", "like", "owned",
      "run", "far", "near", "only", "to", "am", "pm", "est", "gmt", "ltd", "inc", "co", "st"};
  if (part.kind != WordKind::kWord || !part.capitalised || part.all_upper || part.key.size() > 5)
    return false;
  if (syllable.kind != WordKind::kWord || syllable.has_upper || syllable.key.empty() ||
      syllable.key.size() > 4 || In(kCompoundWords, syllable.key))
    return false;
  for (char c : syllable.key) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

// The run of name words starting at words[begin].
Run MatchRun(const std::vector<Word>& words, const std::vector<int>& coverage, size_t begin) {
  Run run;
  size_t end = begin;
  while (end < words.size() && run.name_words <= kMaxNameWords) {
    const Word& word = words[end];
    if (run.name_words > 0 && word.kind == WordKind::kWord && !word.has_upper &&
        IsNameParticle(word.key) && end + 1 < words.size()) {
      size_t next = end + 1;
      if (words[next].kind == WordKind::kHyphen && next + 1 < words.size()) ++next;
      if (!CanBeNameWord(words[next], coverage[next])) break;
      if (word.key == "bin" || word.key == "ibn" || word.key == "bint" || word.key == "van" ||
          word.key == "von") {
        run.strong_particle = true;
      }
      end = next;
      continue;
    }
    // "Wayne A. I. Frederick": initials between name words. "A." and "I." are also a
    // function word and a numeral, so they are taken only inside a run that goes on.
    if (run.name_words > 0 && IsInitial(word) && coverage[end] < 0) {
      size_t next = end + 1;
      while (next < words.size() && IsInitial(words[next]) && coverage[next] < 0) ++next;
      if (next < words.size() && CanBeNameWord(words[next], coverage[next]) &&
          !IsInitial(words[next])) {
        run.middle_initial = true;
        end = next;
        continue;
      }
      break;
    }
    if (run.name_words == 1 && TitleIsSurname(words, coverage, end)) {
      ++end;
      ++run.name_words;
      break;
    }
    if (!CanBeNameWord(word, coverage[end])) break;
    ++end;
    ++run.name_words;
    // "Jean-Yves", "Al-Sadr": hyphenated capitalised parts stay in the name. So does a
    // romanised syllable of a Korean or Cantonese given name ("Kim Dae-jung", "Man-kei
    // Tam") inside a run of two name words or more.
    while (end + 1 < words.size() && words[end].kind == WordKind::kHyphen &&
           !words[end].space_before && !words[end + 1].space_before) {
      if (CanBeNameWord(words[end + 1], coverage[end + 1])) {
        end += 2;
        continue;
      }
      bool syllable = coverage[end + 1] < 0 && IsGivenNameSyllable(words[end - 1], words[end + 1]);
      bool run_goes_on = end + 2 < words.size() && words[end + 2].kind == WordKind::kWord &&
                         words[end + 2].space_before &&
                         CanBeNameWord(words[end + 2], coverage[end + 2]);
      if (!syllable || (run.name_words < 2 && !run_goes_on)) break;
      end += 2;
    }
  }
  run.end = end;
  return run;
}

// Whether the context of words [begin, end) marks them as a person's name.
bool IsKinNoun(std::string_view key) {
  static const WordSet kWords = {"wife", "husband", "widow", "widower", "son", "daughter",
                                 "mother", "father", "brother", "sister", "spouse", "niece",
                                 "nephew", "cousin", "uncle", "aunt", "grandson",
                                 "granddaughter", "stepson", "stepdaughter", "fiancee",
                                 "fiance"};
  return In(kWords, key);
}

// "Jo Anne Smith", "Bo Ellen Park": a short capitalised word that is no title, role,
// function word, particle or place's abbreviation ("St James Park"), before a common given
// name, opens a double given name.
bool OpensDoubleGivenName(const std::vector<Word>& words, size_t begin) {
  if (begin + 1 >= words.size()) return false;
  static const std::unordered_set<std::string_view> kPlaceAbbreviations = {
      "st", "ste", "mt", "ft", "pt", "san", "los", "las", "new", "old"};
  const Word& first = words[begin];
  if (kPlaceAbbreviations.count(first.key)) return false;
  const Word& second = words[begin + 1];
  return first.kind == WordKind::kWord && first.capitalised && !first.all_upper &&
         first.key.size() >= 2 && first.key.size() <= 3 && !IsSingleWordTitleKey(first.key) &&
         !IsRoleWord(first.key) && !IsFunctionWord(first.key) && !IsNameParticle(first.key) &&
         !IsDateWord(first.key) && second.kind == WordKind::kWord && second.capitalised &&
         IsCommonFirstName(second.key);
}

bool HasPersonCue(const std::vector<Word>& words, const SentenceState& sentence,
                  size_t begin, const Run& run, const std::unordered_set<std::string>& lone) {
  size_t end = run.end;
  if (run.strong_particle || IsFirstName(words[begin].key) ||
      OpensDoubleGivenName(words, begin)) {
    return true;
  }
  if (run.middle_initial && run.name_words >= 2) return true;
  // "Geraldine Ferraro ... making Ferraro the Democratic Party's first": news names a
  // person in full once and by surname after, so a two- or three-word run whose last word
  // the document also uses alone is a person's name. Not after an article ("the Furnal
  // Equinox"), and not a run of one word's repetition.
  bool run_after_article = begin > 0 && (words[begin - 1].key == "the" ||
                                         words[begin - 1].key == "a" ||
                                         words[begin - 1].key == "an");
  // Sentence-initial capitals are every word's ("Adding Piedmont", "Existing Argo"), and
  // product names mix cases ("CentOS Stream"): neither counts.
  bool opens_sentence = begin == 0 || words[begin - 1].kind == WordKind::kPunct;
  if (opens_sentence) {
    // "Geraldine Ferraro was ...": a sentence may open with the name when its first word
    // does not read as a participle or an adverb and a verb follows.
    std::string_view first = words[begin].key;
    auto ends = [&](std::string_view suffix) {
      return first.size() > suffix.size() + 2 && first.ends_with(suffix);
    };
    bool verb_next = end < words.size() && words[end].kind == WordKind::kWord &&
                     !words[end].has_upper && !IsFunctionWord(words[end].key);
    if (!ends("ing") && !ends("ed") && !ends("ly") && verb_next) opens_sentence = false;
  }
  bool name_cased = true;
  for (size_t w = begin; w < end; ++w) name_cased = name_cased && NameCased(words[w]);
  // Only plain runs: "Mato Grosso do Sul" and "Ciego de Avila" are places.
  bool plain = end - begin == run.name_words;
  if (run.name_words >= 2 && run.name_words <= 3 && !run_after_article && !opens_sentence &&
      plain &&
      name_cased && words[end - 1].kind == WordKind::kWord && words[end - 1].capitalised &&
      words[end - 1].key != words[begin].key && lone.count(words[end - 1].key)) {
    return true;
  }
  auto key_at = [&](size_t i) -> std::string_view {
    return i < words.size() && words[i].kind != WordKind::kPossessive ? std::string_view(words[i].key)
                                                                     : std::string_view();
  };
  if (end < words.size()) {
    const Word& next = words[end];
    if (next.kind == WordKind::kWord && IsPersonVerb(next.key)) return true;
    if (next.kind == WordKind::kPossessive && IsPersonPossession(key_at(end + 1))) return true;
    if (next.text == ",") {
      std::string_view after = key_at(end + 1);
      if (after == "who") return true;
      if (IsAppositiveRole(after) && key_at(end + 2) == "of") return true;
      if (OfficeAppositionAfter(words, end)) return true;
      if (AppositionNamesAnOffice(words, end + 1)) return true;
      // ", 45," or ", aged 45," an age.
      size_t age = end + 1 < words.size() && words[end + 1].key == "aged" ? end + 2 : end + 1;
      if (age + 1 < words.size() && !words[age].text.empty() &&
          std::isdigit(static_cast<unsigned char>(words[age].text[0])) &&
          words[age].text.size() <= 3 &&
          (words[age + 1].text == "," || (age == end + 2 && words[age + 1].text == "."))) {
        return true;
      }
      // ", his wife and ...", ", her son,": a relative.
      std::string_view owner = key_at(end + 1);
      if ((owner == "his" || owner == "her" || owner == "their") && IsKinNoun(key_at(end + 2)))
        return true;
    }
  }
  // "Phil Collins of the Prohibition Party", "Patrice Talon of Benin": a name the finder
  // does not know, of a body or a country it found. The run holds no title, office or
  // organisation word (CanBeNameWord), so "Central Bank of Nigeria" is not a person.
  std::string_view last_key = words[end - 1].key;
  bool plural_title = last_key.size() > 3 && last_key.back() == 's' &&
                      IsSingleWordTitleKey(last_key.substr(0, last_key.size() - 1));
  bool after_article = begin > 0 && (words[begin - 1].key == "the" ||
                                     words[begin - 1].key == "a" || words[begin - 1].key == "an");
  if (end + 1 < words.size() && words[end].key == "of" && run.name_words >= 2 &&
      run.name_words <= 3 && !plural_title && !after_article) {
    size_t at = end + 1;
    if (words[at].key == "the" && at + 1 < words.size()) ++at;
    for (const Found& f : sentence.found) {
      // "Mick Jagger of The Rolling Stones": the body's name takes in its "The".
      bool title_cased_the = f.begin == end + 1 && words[end + 1].capitalised;
      if ((f.begin != at && !title_cased_the) || f.modifier) continue;
      ActorType t = f.actor.type;
      if (t == ActorType::kCountry || t == ActorType::kOrganization)
        return true;
    }
  }
  // "He played with Acker Bilk and Terry Lightfoot": the name before the "and" that ends a
  // list with a person is a person's too (FindCapitalisedNames looks twice).
  // Not after a capitalised word: "Senior Advisors Jared Kushner and Ivanka Trump".
  // Nor at the start of a sentence: "Besides Benjamin and Mario Vazquez-Rana".
  if (end + 1 < words.size() && words[end].key == "and" && run.name_words >= 2 && plain &&
      begin > 0 && !LooksCapitalised(words[begin - 1]) &&
      (words[begin - 1].kind == WordKind::kWord || words[begin - 1].text == ",")) {
    for (const Found& f : sentence.found) {
      if (f.begin != end + 1 || f.actor.type != ActorType::kPerson ||
          f.how == Resolution::kGroupReference || f.end < f.begin + 2) {
        continue;
      }
      if (f.end >= words.size() || words[f.end].kind == WordKind::kPunct) return true;
    }
  }
  // "the government of Abdrabbuh Mansur Hadi", "forces loyal to Khalifa Haftar": a
  // government or forces are a person's only when the name is not a place's.
  if (begin >= 2 && run.name_words >= 2) {
    std::string_view head = words[begin - 2].key, link = words[begin - 1].key;
    if ((link == "of" && (head == "government" || head == "regime" || head == "administration")) ||
        (link == "to" && head == "loyal"))
      return true;
  }
  if (begin > 0) {
    const Word& prev = words[begin - 1];
    // "the official Peking Review": "official" after an article is an adjective.
    bool adjective = prev.key == "official" && begin >= 2 &&
                     (words[begin - 2].key == "the" || words[begin - 2].key == "an");
    if (prev.kind == WordKind::kWord && !adjective &&
        (((!prev.has_upper || begin == 1) && IsPersonRoleNoun(prev.key)) ||
         IsPartyLabel(prev.key) ||
         prev.key == "said" || prev.key == "says")) {
      return true;
    }
    // "Merkel's spokesperson, Steffen Seibert,"; "a Republican, Mark Amodei,".
    if (prev.text == "," && begin >= 2 && words[begin - 2].kind == WordKind::kWord) {
      const Word& noun = words[begin - 2];
      if ((!noun.has_upper && IsPersonRoleNoun(noun.key)) || IsPartyLabel(noun.key)) {
        return true;
      }
    }
    // "The executive director of the Ask Society, Bob Hughes, told ...": a plain run of
    // two or three name words, closed by a comma, a stop or a lower-case word.
    bool closed = end >= words.size() || words[end].text == "," || words[end].text == "." ||
                  (words[end].kind == WordKind::kWord && !words[end].has_upper &&
                   words[end].key != "and" && words[end].key != "or");
    if (plain && name_cased && run.name_words <= 3 && closed &&
        FollowsOfficePhrase(words, begin)) {
      return true;
    }
    // "Ethiopians Dejene Debela and Asefa Mengstu": after a plural demonym, people.
    const Found* demonym = sentence.EndingAt(begin);
    if (demonym && demonym->how == Resolution::kDemonym && demonym->begin + 1 == begin &&
        prev.capitalised && prev.key.size() > 3 && prev.key.back() == 's' &&
        run.name_words >= 2) {
      return true;
    }
    // The next name in a list of people: "Eliot Engel, Adam Schiff and Elijah Cummings".
    size_t before = begin - 1;
    if (prev.key == "and" && before > 0 && words[before - 1].text == ",") {
      --before;
      // "Dejene Debela, 2:05:46, and Asefa Mengstu": a time or a score between them.
      auto in_number = [](const Word& word) {
        return (word.kind == WordKind::kWord &&
                std::isdigit(static_cast<unsigned char>(word.text[0]))) ||
               word.text == ":" || word.text == ".";
      };
      size_t k = before;
      while (k > 0 && before - k < 6 && in_number(words[k - 1])) --k;
      if (k < before && k > 1 && words[k - 1].text == ",") before = k - 1;
    }
    bool list_goes_on = end >= words.size() || words[end].text == "," ||
                        words[end].text == "." || words[end].key == "and" ||
                        words[end].key == "or";
    if ((prev.text == "," || prev.key == "and") && before > 0 && list_goes_on) {
      const Found* person = sentence.EndingAt(before);
      if (person && person->actor.type == ActorType::kPerson &&
          person->how != Resolution::kGroupReference) {
        return true;
      }
    }
  }
  return false;
}

// Whether the run at words[begin] reads as a place or as a part of a longer name.
bool LooksLikePlaceOrLongerName(const std::vector<Word>& words,
                                const SentenceState& sentence,
                                const std::vector<int>& coverage, size_t begin, size_t end,
                                bool surname_used_alone) {
  if (begin > 0) {
    const Word& prev = words[begin - 1];
    // "went to Ismay Corrow ... Corrow said": a name whose surname the document uses alone
    // is a person's after "to" and "from" too; so is one that opens with a given name and
    // ends in no place's word ("spoke to George Roe", "a letter from Jane Doe"; not "to
    // George Town").
    std::string_view last = words[end - 1].key;
    bool opens_with_given_name = end >= begin + 2 && IsFirstName(words[begin].key) &&
                                 (!IsNonPersonWord(last) || last == "jr" || last == "sr");
    bool to_person = (surname_used_alone || opens_with_given_name) &&
                     (prev.key == "to" || prev.key == "from");
    if (prev.kind == WordKind::kWord && IsLocative(prev.key) && !to_person) return true;
    // "Portland, Oregon": after a comma that follows a capitalised word (not a person's
    // name: "Nikos Dendias, Nikos Christodoulides").
    const Found* before = begin >= 2 ? sentence.EndingAt(begin - 1) : nullptr;
    bool after_person = before && before->actor.type == ActorType::kPerson &&
                        before->how != Resolution::kGroupReference;
    // Not after a demonym: "An Australian, Brenton Tarrant, aged 28,".
    bool after_demonym = before && before->how == Resolution::kDemonym;
    if (prev.text == "," && begin >= 2 && LooksCapitalised(words[begin - 2]) && !after_person &&
        !after_demonym && !FollowsOfficePhrase(words, begin) &&
        !IsPartyLabel(words[begin - 2].key) &&
        !IsDateWord(words[begin - 2].key) &&
        !IsFunctionWord(words[begin - 2].key) &&  // "Yesterday, Bill Smith, the mayor,"
        (end >= words.size() || words[end].text == "," || words[end].text == ".")) {
      return true;
    }
    // A capitalised word before it (not a party label or a sentence-initial function word)
    // makes it the tail of another name: "Supreme Leader", "Faithless Hijabi Zara".
    if (LooksCapitalised(prev) && coverage[begin - 1] < 0 && !IsFunctionWord(prev.key) &&
        !IsPartyLabel(prev.key) && !IsDateWord(prev.key) && !IsPortfolioEnd(prev.key) &&
        !IsPersonRoleNoun(prev.key)) {
      return true;
    }
    // "First Quantum Minerals said": a capitalised ordinal, though a function word that
    // opens sentences, starts no person's name but a body's or a title.
    if (LooksCapitalised(prev) && coverage[begin - 1] < 0 &&
        (prev.key == "first" || prev.key == "second" || prev.key == "third")) {
      return true;
    }
  }
  // "Samuel Montagu and Co", "Robert C. Brown and Co Inc": a firm named after a person.
  if (end + 1 < words.size() && (words[end].key == "and" || words[end].key == "&") &&
      (words[end + 1].key == "co" || words[end + 1].key == "company" ||
       words[end + 1].key == "sons" || words[end + 1].key == "partners")) {
    return true;
  }
  // Followed by a capitalised word it could not take in: part of a body's or place's name.
  if (end < words.size() && LooksCapitalised(words[end]) && coverage[end] < 0 &&
      !IsDateWord(words[end].key) && !IsFunctionWord(words[end].key) &&
      !IsHeadlineVerb(words[end].key)) {
    return true;
  }
  return false;
}

Found PersonFound(const std::vector<Word>& words, size_t begin, size_t end) {
  return PatternFound(words, begin, end, ActorType::kPerson);
}

std::vector<std::string> KeysOf(const std::vector<Word>& words, size_t begin, size_t end) {
  std::vector<std::string> keys;
  for (size_t w = begin; w < end; ++w) keys.push_back(words[w].key);
  return keys;
}

// "Doris Day ... described Day to the BBC": a given name before a capitalised common word
// that the document uses alone mid-sentence, the two closed by lower-case words or
// punctuation, not after a locative ("in Ross Sea") or a capitalised word.
bool GivenNameWithCommonSurname(const std::vector<Word>& words, const std::vector<int>& coverage,
                                size_t i, const std::unordered_set<std::string>& lone) {
  if (i + 1 >= words.size() || !words[i].capitalised || !IsFirstName(words[i].key) ||
      !IsCommonWordSurname(words[i + 1], coverage[i + 1]) || words[i + 1].text.size() < 3 ||
      !lone.count(words[i + 1].key) || IsPartyLabel(words[i + 1].key)) {
    return false;
  }
  if (i + 2 < words.size() && (LooksCapitalised(words[i + 2]) ||
                               words[i + 2].kind == WordKind::kHyphen)) {
    return false;
  }
  if (i > 0) {
    const Word& prev = words[i - 1];
    if (prev.kind == WordKind::kWord && (IsLocative(prev.key) || prev.key == "the")) return false;
    if (LooksCapitalised(prev) && coverage[i - 1] < 0 && !IsPersonRoleNoun(prev.key) &&
        !IsFunctionWord(prev.key)) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool IsGivenName(std::string_view key) { return IsFirstName(key); }

bool IsNameFormingWord(std::string_view key) { return IsNonPersonWord(key); }

std::unordered_set<std::string> LoneCapitalisedWords(const std::vector<SentenceState>& sentences) {
  std::unordered_set<std::string> lone;
  for (const SentenceState& sentence : sentences) {
    if (sentence.heading) continue;
    const auto& words = sentence.words;
    for (size_t i = 0; i < words.size(); ++i) {
      const Word& word = words[i];
      bool common_word = IsCommonWordSurname(word, -1);
      if (word.text.size() < 3 || !(CanBeNameWord(word, -1) || common_word) ||
          IsFirstName(word.key)) {
        continue;
      }
      bool next_capitalised = i + 1 < words.size() && LooksCapitalised(words[i + 1]);
      if (next_capitalised) continue;
      // A common word opens sentences as itself ("Spring came early"): only mid-sentence.
      if (i == 0 && common_word) continue;
      if (i == 0) {
        // Sentence-initial capitals are every word's; a verb or a possessive after it
        // ("Boseman attended", "Ferraro's") makes it a name used alone.
        bool lower_next = i + 1 < words.size() &&
                          ((words[i + 1].kind == WordKind::kWord && !words[i + 1].has_upper &&
                            !IsFunctionWord(words[i + 1].key)) ||
                           words[i + 1].kind == WordKind::kPossessive);
        if (!lower_next) continue;
      } else {
        const Word& prev = words[i - 1];
        if (LooksCapitalised(prev) || prev.key == "the" || prev.key == "a" ||
            prev.key == "an" || prev.kind == WordKind::kHyphen) {
          continue;
        }
        // After an opening quote or a colon the word opens a sentence of its own.
        if (prev.kind != WordKind::kWord && prev.text != "," && prev.text != "(" ) continue;
      }
      lone.insert(word.key);
    }
  }
  return lone;
}

void FindCapitalisedNames(SentenceState* sentence,
                          std::vector<std::vector<std::string>>* people,
                          const std::unordered_set<std::string>& lone_words) {
  if (sentence->heading) return;
  const auto& words = sentence->words;
  std::vector<int> coverage = sentence->Coverage();
  // Twice: a person found late in the sentence is the cue for a name before it ("Acker
  // Bilk and Terry Lightfoot").
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < words.size(); ++i) {
      if (!CanBeNameWord(words[i], coverage[i])) continue;
      if (GivenNameWithCommonSurname(words, coverage, i, lone_words)) {
        people->push_back(KeysOf(words, i, i + 2));
        sentence->Add(PersonFound(words, i, i + 2));
        coverage = sentence->Coverage();
        ++i;
        continue;
      }
      Run run = MatchRun(words, coverage, i);
      // "First Minister of Scotland Nicola Sturgeon": a run of three or more words with a
      // given name inside starts at that name; the words before it end a title or a place.
      size_t begin = i;
      if (run.name_words >= 3 && !IsFirstName(words[i].key)) {
        for (size_t w = i + 1; w + 1 < run.end; ++w) {
          // Any given name after a plural title ("Representatives Eliot Engel, ...").
          std::string_view before = words[w - 1].key;
          bool after_plural_title = before.size() > 3 && before.back() == 's' &&
                                    IsSingleWordTitleKey(before.substr(0, before.size() - 1));
          if (words[w].kind == WordKind::kWord && words[w].capitalised &&
              (IsCommonFirstName(words[w].key) ||
               (after_plural_title && IsFirstName(words[w].key)))) {
            if (w == i + 1 && OpensDoubleGivenName(words, i)) break;
            begin = w;
            break;
          }
        }
      }
      size_t name_words = run.name_words;
      if (begin != i) {
        name_words = 0;
        for (size_t w = begin; w < run.end; ++w) name_words += words[w].capitalised ? 1 : 0;
      }
      bool surname_used_alone = run.end > begin + 1 && words[run.end - 1].capitalised &&
                                lone_words.count(words[run.end - 1].key) > 0;
      // "John Pellow Jr. said", "Ann Tolley Sr, 67,": only a person's name takes a
      // generational suffix, which ends it.
      size_t end = run.end;
      bool suffix = end < words.size() && words[end].kind == WordKind::kWord &&
                    words[end].capitalised &&
                    (words[end].key == "jr" || words[end].key == "sr");
      if (suffix) ++end;
      bool place_or_longer =
          begin == i ? LooksLikePlaceOrLongerName(words, *sentence, coverage, i, end,
                                                  surname_used_alone)
                     : i > 0 && words[i - 1].kind == WordKind::kWord &&
                           IsLocative(words[i - 1].key);
      if (name_words < kMinNameWords || name_words > kMaxNameWords || place_or_longer ||
          (!suffix && !HasPersonCue(words, *sentence, begin, run, lone_words))) {
        i = run.end > i ? run.end - 1 : i;
        continue;
      }
      people->push_back(KeysOf(words, begin, end));
      // "David and Louise Turpin": a given name joined to a person's by "and" shares the
      // surname.
      bool partner = begin >= 2 && run.end >= begin + 2 &&
                     (words[begin - 1].key == "and" || words[begin - 1].key == "&") &&
                     words[begin - 2].kind == WordKind::kWord && words[begin - 2].capitalised &&
                     coverage[begin - 2] < 0 && IsFirstName(words[begin - 2].key) &&
                     (begin == 2 || words[begin - 3].kind != WordKind::kWord ||
                      !words[begin - 3].capitalised);
      sentence->Add(PersonFound(words, begin, end));
      if (partner) {
        Found given = PersonFound(words, begin - 2, begin - 1);
        std::string name =
            NameOfWords(words, begin - 2, begin - 1) + " " +
            NameOfWords(words, run.end - 1, run.end);
        given.actor.id = MakeActorId(name);
        given.actor.name = std::move(name);
        sentence->Add(std::move(given));
      }
      coverage = sentence->Coverage();
      i = end - 1;
    }
  }
}

void FindKnownCapitalisedNames(const std::vector<std::vector<std::string>>& people,
                               SentenceState* sentence) {
  if (people.empty() || sentence->all_capitals) return;
  const auto& words = sentence->words;
  std::vector<int> coverage = sentence->Coverage();
  for (size_t i = 0; i < words.size(); ++i) {
    if (coverage[i] >= 0 || !LooksCapitalised(words[i])) continue;
    for (const auto& keys : people) {
      size_t n = keys.size();
      if (i + n > words.size()) continue;
      bool match = true;
      for (size_t k = 0; k < n && match; ++k) {
        match = coverage[i + k] < 0 && words[i + k].key == keys[k];
      }
      // Not when the run goes on: "Zara Kay Foundation".
      if (!match || (i + n < words.size() && LooksCapitalised(words[i + n]) &&
                     !sentence->heading && coverage[i + n] < 0)) {
        continue;
      }
      sentence->Add(PersonFound(words, i, i + n));
      coverage = sentence->Coverage();
      i += n - 1;
      break;
    }
  }
}

}  // namespace actorgraph::actors_internal
