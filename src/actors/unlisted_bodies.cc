#include "actors/unlisted_bodies.h"

#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

#include "actors/capitalised_names.h"
#include "actors/organizations.h"
#include "actors/titled_people.h"
#include "actors/word_lists.h"

namespace actorgraph::actors_internal {
namespace {

using WordSet = std::unordered_set<std::string_view>;

// Nouns and verbs before the title of a work, not of a body: "the album The
// Wall", "a film called The Irishman", "known as The Boss".
bool IntroducesAWork(std::string_view key) {
  static const WordSet kWords = {
      "album",    "albums",   "song",        "songs",     "single",     "track",     "record",
      "hit",      "ep",       "book",        "books",     "novel",      "memoir",    "biography",
      "poem",     "essay",    "article",     "column",    "story",      "film",      "films",
      "movie",    "movies",   "documentary", "show",      "shows",      "series",    "sitcom",
      "drama",    "play",     "musical",     "opera",     "ballet",     "programme", "program",
      "episode",  "game",     "games",       "painting",  "exhibition", "tour",      "titled",
      "entitled", "called",   "named",       "dubbed",    "as",         "nicknamed", "starring",
      "star",     "role",     "character",   "portrayed", "sang",       "wrote",     "released",
      "recorded", "directed", "published",   "read",      "reading",    "watched",   "sequel"};
  return kWords.count(key) != 0;
}


// A brand cased like "ThePrint", "HuffPost", "BuzzFeed": letters only, a
// capital after a lower-case letter from the fourth letter on. Not "McGurk",
// "DeVos", "MacArthur", "LaGuardia": people's names put their inner capital
// second or third. Words after which a title-cased "The" starts a body's name:
// prepositions and verbs of joining and telling ("left for The Rolling Stones",
// "according to The Guardian", "told The Verge", "while The Jakarta Post
// reports"). Not after other verbs: "hosted The Doris Day Show", "said The
// Network Courier allows", "was The Atheist Muslim by".
bool IntroducesABody(std::string_view key) {
  static const WordSet kWords = {"of",      "for",     "to",    "from",    "with",      "by",
                                 "on",      "against", "about", "the",     "told",      "tells",
                                 "telling", "joined",  "joins", "joining", "join",      "left",
                                 "leaving", "while",   "than",  "like",    "including", "via"};
  return kWords.count(key) != 0;
}

// Words before "in" or "at" that make the title a medium's, not a place's:
// "published in The Observer", "wrote in The Atlantic" (but "the court in The
// Hague", "wells in The Geysers").
bool PublishesIn(std::string_view key) {
  static const WordSet kWords = {"published", "reported",    "wrote",     "written", "quoted",
                                 "printed",   "column",      "editorial", "article", "op-ed",
                                 "interview", "interviewed", "story",     "report",  "writing"};
  return kWords.count(key) != 0;
}

// Verbs of acting and showing before a preposition: "starred in The Godfather".
bool ShowsAWork(std::string_view key) {
  static const WordSet kWords = {
      "starred", "starring", "appeared", "appears", "featured", "features", "cast",    "role",
      "roles",   "seen",     "shown",    "scene",   "scenes",   "filmed",   "filming", "performed"};
  return kWords.count(key) != 0;
}

bool IsCamelCaseBrand(const Word &word) {
  if (word.kind != WordKind::kWord || !word.capitalised || word.all_upper) return false;
  const std::string &t = word.text;
  if (t.size() < 5 || t.compare(0, 3, "Mac") == 0) return false;
  bool inner = false;
  for (size_t c = 0; c < t.size(); ++c) {
    unsigned char ch = static_cast<unsigned char>(t[c]);
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) return false;
    if (c >= 3 && ch >= 'A' && ch <= 'Z' && t[c - 1] >= 'a' && t[c - 1] <= 'z') inner = true;
  }
  return inner;
}

bool IsRomanNumeral(std::string_view key) {
  for (char c : key) {
    if (c != 'i' && c != 'v' && c != 'x') return false;
  }
  return !key.empty();
}

// An acronym no other mention covers and no capitalised word continues ("NBC
// Universal"): the body's whole name.
bool FreeAcronym(const std::vector<Word> &words, const std::vector<int> &coverage, size_t at) {
  if (at >= words.size() || coverage[at] >= 0 || !LooksLikeAcronym(words[at]) ||
      IsRomanNumeral(words[at].key)) {
    return false;
  }
  return at + 1 >= words.size() || words[at + 1].kind != WordKind::kWord ||
         !words[at + 1].capitalised;
}

// Words of a speech verb or noun whose listener follows "to" or "with": "in
// remarks to ABC", "speaking to RTE", "in an interview with KTVU".
bool IsSpeechBeforeListener(std::string_view key) {
  static const WordSet kWords = {"remarks",    "interview", "interviews", "comments", "statement",
                                 "statements", "speaking",  "spoke",      "talking",  "talked",
                                 "speak",      "talk",      "said",       "says"};
  return kWords.count(key) != 0;
}

// Words before a "by" that names who quotes, interviews or reports: "quoted by KQRT", "an
// investigation by PolitiFact", "a poll by YouGov".
bool IsQuoteOrReportBy(std::string_view key) {
  static const WordSet kWords = {"quoted",        "interviewed", "investigation", "investigations",
                                 "report",        "reports",     "analysis",      "poll",
                                 "survey",        "fact-check",  "review",        "reporting"};
  return kWords.count(key) != 0;
}

// Whether words[w] ends a cue after which a medium's name follows: "told", "in an
// interview with", "as reported by", "as quoted by", "according to".
bool EndsMediumCue(const std::vector<Word> &words, size_t w) {
  const std::string &key = words[w].key;
  if (IsTell(key)) return true;
  if (w == 0 || words[w - 1].kind != WordKind::kWord) return false;
  const std::string &prev = words[w - 1].key;
  if ((key == "to" || key == "with") && IsSpeechBeforeListener(prev)) return true;
  if (key == "by") {
    return prev == "reported" || prev == "quoted" || prev == "cited" || prev == "interviewed";
  }
  return key == "to" && prev == "according";
}

// The last words of a medium's name: "Discover Magazine", "Hurriyet Daily News", "Greek
// Reporter", "Kamloops This Week".
bool IsMediumHead(std::string_view key) {
  static const WordSet kWords = {"magazine", "news",    "reporter", "times",   "post",
                                 "daily",    "week",    "weekly",   "journal", "herald",
                                 "tribune",  "gazette", "radio",    "tv",      "channel"};
  return kWords.count(key) != 0;
}

// The end of a medium's name of one to four capitalised words from words[at] that ends in
// a medium's head and is not followed by another capitalised word, or `at` when there is
// none. The first word may be a demonym or a country's mention ("Greek Reporter"); the
// others are free capitalised words, function words among them ("This Week").
size_t MediumNameEnd(const SentenceState &sentence, const std::vector<int> &coverage,
                     size_t at) {
  const auto &words = sentence.words;
  const size_t n = words.size();
  constexpr size_t kMaxWords = 4;
  if (at >= n || words[at].kind != WordKind::kWord || !words[at].capitalised ||
      words[at].all_upper || IsFunctionWord(words[at].key) || IsDateWord(words[at].key) ||
      IsGivenName(words[at].key)) {
    return at;
  }
  if (coverage[at] >= 0) {
    const Found &first = sentence.found[static_cast<size_t>(coverage[at])];
    if (first.begin != at || first.end != at + 1 || first.actor.type != ActorType::kCountry) {
      return at;
    }
  }
  size_t end = at + 1;
  while (end < n && end < at + kMaxWords && words[end].kind == WordKind::kWord &&
         words[end].capitalised && !words[end].all_upper && coverage[end] < 0) {
    ++end;
  }
  // The name runs to its last medium's head: "Fox News Channel", not "Fox News Sunday".
  while (end > at + 1 && !IsMediumHead(words[end - 1].key)) --end;
  if (end == at + 1 || !IsMediumHead(words[end - 1].key)) return at;
  // An attached hyphen goes on into a compound ("Fox News-sponsored"); a spaced dash
  // closes an aside ("said — as reported by Tallow Daily News — that").
  if (end < n && ((words[end].kind == WordKind::kHyphen && !words[end].space_before) ||
                  (words[end].kind == WordKind::kWord && words[end].capitalised) ||
                  words[end].kind == WordKind::kPossessive)) {
    return at;
  }
  return end;
}


// "Time magazine", "Vogue magazine", "the Sun newspaper": one to three capitalised words
// no mention covers right before a lower-case "magazine", "newspaper" or "tabloid" name a
// medium. Returns where the name begins, or `kind` when there is none. Not a name that goes
// on before it ("Women's Health magazine" is left alone: a possessive or a number is inside
// or before it), not function, date or given-name words first ("The magazine", "Sunday
// newspaper", "John's magazine"), not a heading.
size_t MediumBeforeKind(const SentenceState &sentence, const std::vector<int> &coverage,
                        size_t kind) {
  const auto &words = sentence.words;
  static const WordSet kKinds = {"magazine", "newspaper", "tabloid"};
  if (kind == 0 || !kKinds.count(words[kind].key)) return kind;
  size_t begin = kind;
  while (begin > 0 && kind - begin < 3 && words[begin - 1].kind == WordKind::kWord &&
         words[begin - 1].capitalised && coverage[begin - 1] < 0 &&
         !IsDateWord(words[begin - 1].key))
    --begin;
  if (begin == kind) return kind;
  // The word before the name must not go on with it: a capitalised word, a possessive, a
  // number or a hyphen.
  if (begin > 0 && words[begin - 1].kind != WordKind::kPunct &&
      (words[begin - 1].kind != WordKind::kWord || words[begin - 1].capitalised))
    return kind;
  if (IsFunctionWord(words[begin].key) || IsGivenName(words[begin].key)) return kind;
  // A lower-case particle inside a longer name: "the Jornal do Brasil newspaper".
  static const WordSet kParticles = {"do",  "da",  "de", "di",  "del", "della", "des", "du",
                                     "dos", "das", "el", "la",  "le",  "van",   "von", "der"};
  if (begin > 0 && kParticles.count(words[begin - 1].key)) return kind;
  return begin;
}

// Offices and posts held in a body, not in a state or a place: "the manager of Harbor
// Publicity", "a member of Quiet Harbour", "the founder of Greyline". Not the offices of
// states and towns (governor, mayor, minister, senator, ...), whose owner is a place, nor
// posts whose "of" names what they study or teach ("professor of Law").
bool IsOfficeOfABody(std::string_view key) {
  // "then-manager", "co-founder", "vice-president": the last part.
  if (size_t dash = key.rfind('-'); dash != std::string_view::npos) key = key.substr(dash + 1);
  static const WordSet kWords = {
      "director", "manager",  "chairman",   "chairwoman", "chairperson", "founder",
      "cofounder", "president", "ceo",      "member",     "spokesman",   "spokeswoman",
      "spokesperson", "editor", "treasurer", "owner",     "executive",   "officer",
      "partner",  "employee", "head",       "coordinator", "organiser",  "organizer"};
  return kWords.count(key) != 0;
}

// Words that name a portfolio, a field or a rank rather than a body: "Director of
// Communications", "head of State", "Director of National Intelligence", "member of the
// Board". A run made only of these is no body's name.
bool IsPortfolioOrRank(std::string_view key) {
  static const WordSet kWords = {
      "communications", "operations", "research",   "policy",     "programs",  "programmes",
      "marketing",      "sales",      "strategy",   "studies",    "staff",     "state",
      "states",         "national",   "public",     "international", "general", "central",
      "federal",        "intelligence", "prosecutions", "affairs", "relations", "services",
      "development",    "engineering", "design",    "content",    "news",      "media",
      "photography",    "music",      "admissions", "athletics",  "football",  "board",
      "directors",      "trustees",   "governors",  "parliament", "congress",  "cabinet",
      "government",     "administration", "corporate", "investor", "human",    "resources",
      "the",            "science",    "technology", "history",    "medicine",  "law",
      "economics",      "finance",    "health",     "education",  "security",  "defense",
      "defence",        "planning",   "information", "public",    "safety",    "emergency",
      "management",     "department", "division",   "unit",       "house",     "senate",
      "assembly",       "council",    "committee",  "court",      "commons",   "lords"};
  return kWords.count(key) != 0 || IsPortfolioWord(key);
}

// Words that start a place's name rather than a body's: "the governor of North Kivu", "head
// of New South Wales".
bool StartsAPlaceName(std::string_view key) {
  static const WordSet kWords = {"north",  "south", "east", "west", "new",   "san",
                                 "santa",  "fort",  "mount", "saint", "st",   "lake",
                                 "port",   "upper", "lower", "central", "greater", "western",
                                 "eastern", "northern", "southern"};
  return kWords.count(key) != 0;
}

// Words that may follow a body's name where its noun phrase ends: "the manager of Harbor
// Publicity, said", "chairman of Example Corp since 1980", "a member of Quiet Harbour who".
bool EndsABodyName(std::string_view key) {
  static const WordSet kWords = {
      "and",   "or",     "but",    "in",    "on",    "during", "since", "until", "from",
      "to",    "with",   "by",     "as",    "who",   "which",  "that",  "is",    "was",
      "has",   "had",    "have",   "will",  "would", "said",   "says",  "told",  "when",
      "after", "before", "where",  "last",  "this",  "then",   "until", "between"};
  return kWords.count(key) != 0;
}

// The end of a body's name of one to four capitalised words from words[at] after an
// office's "of", or `at` when the words there do not read as one. A one-word state or
// region inside the name, between free capitalised words, is part of it ("Director of Mid
// Ruritania Tourism Partnership"); the name must stop before a lower-case word, a comma or
// the sentence's end, or before "and" and another office ("manager of Harbor Publicity and
// Director of ...").
size_t BodyAfterOfficeEnd(const SentenceState &sentence, const std::vector<int> &coverage,
                          size_t at, size_t *inner_place) {
  const auto &words = sentence.words;
  const size_t n = words.size();
  constexpr size_t kMaxWords = 4;
  *inner_place = sentence.found.size();
  size_t inner_word = n;
  auto free_capitalised = [&](size_t w) {
    return w < n && words[w].kind == WordKind::kWord && words[w].capitalised &&
           coverage[w] < 0 && !IsFunctionWord(words[w].key) && !IsDateWord(words[w].key);
  };
  if (!free_capitalised(at) || IsGivenName(words[at].key) || IsSingleWordTitleKey(words[at].key) ||
      StartsAPlaceName(words[at].key)) {
    return at;
  }
  size_t end = at + 1, name_words = 1;
  while (end < n && name_words <= kMaxWords) {
    if (free_capitalised(end)) {
      ++end;
      ++name_words;
      continue;
    }
    // "Flexi-Van", "Procter & Gamble".
    bool joiner = (words[end].kind == WordKind::kHyphen && !words[end].space_before) ||
                  words[end].key == "&";
    if (joiner && end + 1 < n && free_capitalised(end + 1) &&
        (words[end].kind != WordKind::kHyphen || !words[end + 1].space_before)) {
      end += 2;
      ++name_words;
      continue;
    }
    // A one-word place inside the name, with a free capitalised word after it.
    if (coverage[end] >= 0 && inner_word == n && end + 1 < n && free_capitalised(end + 1)) {
      const Found &place = sentence.found[static_cast<size_t>(coverage[end])];
      if (place.begin == end && place.end == end + 1 && place.actor.type == ActorType::kCountry &&
          place.how != Resolution::kGroupReference) {
        *inner_place = static_cast<size_t>(coverage[end]);
        inner_word = end;
        end += 2;
        name_words += 2;
        continue;
      }
    }
    break;
  }
  if (name_words > kMaxWords) return at;
  // "Chief Executive of Ruritania Jo Roe": a given name inside starts a person's name, and
  // so may any word after an acronym ("of the EXA Jo Roe said").
  for (size_t w = at + 1; w < end; ++w) {
    if (words[w].kind == WordKind::kWord && IsGivenName(words[w].key)) return at;
  }
  if (end > at + 1 && words[at].all_upper) return at;
  // "of Example Asia (Ruritania) Ltd": the name goes on past the brackets (an acronym's
  // are its expansion: "of EXA (Example Agency)").
  if (end + 1 < n && words[end].text == "(" && words[end + 1].capitalised &&
      !words[end + 1].all_upper && !(end == at + 1 && words[at].all_upper))
    return at;
  if (end < n) {
    const Word &next = words[end];
    // The name goes on, or its end is unclear: "of Ruritania's ...", "of Quiet Harbour 2",
    // "of Example Bank of ...", "of Cable and Wireless".
    if (next.kind == WordKind::kPossessive || next.kind == WordKind::kHyphen ||
        coverage[end] >= 0 || (next.kind == WordKind::kWord && next.capitalised) ||
        (!next.key.empty() && std::isdigit(static_cast<unsigned char>(next.key[0]))) ||
        next.key == "of" || next.key == "for" || next.key == "&") {
      return at;
    }
    if (next.key == "and" && end + 1 < n && words[end + 1].capitalised &&
        !IsOfficeOfABody(words[end + 1].key)) {
      return at;
    }
    // The name must end its noun phrase: a lower-case noun after it makes it a modifier
    // ("president of the African nation", "editor of Mideast reports", "director of the
    // Example Together event"), and "at" a body makes it a portfolio held there ("Director
    // of International Commodities at the State Department").
    if (next.kind == WordKind::kWord && !EndsABodyName(next.key)) return at;
  }
  bool all_generic = true, only_heads = true;
  for (size_t w = at; w < end; ++w) {
    if (words[w].kind != WordKind::kWord || w == inner_word) continue;
    all_generic = all_generic && IsPortfolioOrRank(words[w].key);
    ActorType ignored;
    only_heads = only_heads && IsOrganizationHead(words[w].key, &ignored);
  }
  if (all_generic || only_heads) return at;
  return end;
}
}  // namespace

void FindTitleCasedBodies(SentenceState *sentence) {
  if (sentence->heading) return;
  const auto &words = sentence->words;
  const size_t n = words.size();
  constexpr size_t kMaxWords = 4;
  for (size_t i = 1; i + 1 < n; ++i) {
    const Word &article = words[i];
    const Word &prev = words[i - 1];
    if (article.kind != WordKind::kWord || article.key != "the" || !article.capitalised ||
        article.all_upper || prev.kind != WordKind::kWord || prev.has_upper ||
        IntroducesAWork(prev.key) ||
        (i >= 2 && words[i - 2].kind == WordKind::kWord && ShowsAWork(words[i - 2].key))) {
      continue;
    }
    const Word *before = i >= 2 ? &words[i - 2] : nullptr;
    bool opens_body =
        IntroducesABody(prev.key) || ((prev.key == "in" || prev.key == "at") && before &&
                                      before->kind == WordKind::kWord && PublishesIn(before->key));
    // "the city of The Hague", "the province of The Bronx": a place's name.
    static const WordSet kPlaceNouns = {"city",    "town",   "village",  "province", "port",
                                        "capital", "region", "district", "island",   "municipality",
                                        "state",   "county", "borough"};
    if (prev.key == "of" && before && kPlaceNouns.count(before->key)) opens_body = false;
    // "The Times and The Guardian": after "and", only next to another body.
    if (prev.key == "and") {
      const Found *left = sentence->EndingAt(i - 1);
      opens_body = left && left->actor.type == ActorType::kOrganization;
    }
    if (!opens_body) continue;
    std::vector<int> coverage = sentence->Coverage();
    if (coverage[i] >= 0) continue;
    size_t end = i + 1, name_words = 0;
    while (end < n && name_words <= kMaxWords) {
      const Word &word = words[end];
      if (word.kind == WordKind::kHyphen && name_words > 0 && !word.space_before && end + 1 < n &&
          !words[end + 1].space_before && words[end + 1].capitalised && coverage[end + 1] < 0) {
        ++end;
        continue;
      }
      if (word.kind != WordKind::kWord || !word.capitalised || coverage[end] >= 0 ||
          IsFunctionWord(word.key) || IsDateWord(word.key)) {
        break;
      }
      ++end;
      ++name_words;
    }
    if (name_words == 0 || name_words > kMaxWords) {
      i = end;
      continue;
    }
    // "The Lord of the Rings", "The Art of the Deal", "The Good, the Bad": a
    // title that goes on past a connector or into another mention is a work's,
    // or its end is unclear.
    if (end < n) {
      const Word &next = words[end];
      bool goes_on = next.kind == WordKind::kWord &&
                     (next.capitalised || coverage[end] >= 0 || next.key == "of" ||
                      next.key == "and" || next.key == "&") &&
                     !(next.key == "and" && end + 1 < n && !words[end + 1].capitalised);
      if (goes_on || next.kind == WordKind::kHyphen) {
        i = end;
        continue;
      }
    }
    // "The Doris Day Show", "The Long Tour": a work or an event by its last
    // word.
    if (IntroducesAWork(words[end - 1].key)) {
      i = end;
      continue;
    }
    // "The Senate", "The Court": a body's bare head is an alias or nothing.
    bool only_heads = true;
    for (size_t w = i + 1; w < end && only_heads; ++w) {
      ActorType ignored;
      only_heads = IsOrganizationHead(words[w].key, &ignored);
    }
    if (only_heads) {
      i = end;
      continue;
    }
    Found body = PatternBody(words, i, end);
    // "Rolling Stones" alone is the band again.
    body.core_begin = i + 1;
    sentence->Add(std::move(body));
    i = end;
  }
}

void FindPapersNamedForPlaces(SentenceState *sentence) {
  if (sentence->heading) return;
  // Words that end a newspaper's name after its town: "the Tehran Times", "the
  // Kyiv Independent", "the Irish Examiner".
  static const WordSet kPaperWords = {
      "times",    "post",      "herald",   "tribune",     "journal",   "gazette",
      "observer", "telegraph", "express",  "independent", "chronicle", "inquirer",
      "examiner", "courier",   "mirror",   "guardian",    "monitor",   "daily",
      "bulletin", "dispatch",  "sentinel", "recorder",    "register"};
  auto &words = sentence->words;
  const size_t n = words.size();
  for (size_t f = 0; f < sentence->found.size(); ++f) {
    const Found &place = sentence->found[f];
    if (place.how == Resolution::kGroupReference || place.actor.type != ActorType::kCountry ||
        place.begin == 0 || words[place.begin - 1].key != "the" ||
        words[place.begin - 1].capitalised) {
      continue;
    }
    std::vector<int> coverage = sentence->Coverage();
    size_t end = place.end;
    while (end < n && end < place.end + 2 && words[end].kind == WordKind::kWord &&
           words[end].capitalised && coverage[end] < 0 && kPaperWords.count(words[end].key)) {
      ++end;
    }
    // Not when the name goes on: "the American Journal of Preventive Medicine".
    if (end == place.end || (end < n && words[end].kind == WordKind::kWord &&
                             (words[end].capitalised || words[end].key == "of" ||
                              words[end].key == "and" || words[end].key == "&"))) {
      continue;
    }
    Found paper = PatternBody(words, place.begin, end);
    paper.actor.affiliation = place.actor.id;
    sentence->found.erase(sentence->found.begin() + static_cast<std::ptrdiff_t>(f));
    sentence->Add(std::move(paper));
  }
}

void FindAddressedBodies(SentenceState *sentence) {
  if (sentence->heading) return;
  const auto &words = sentence->words;
  const size_t n = words.size();
  for (size_t w = 1; w < n; ++w) {
    if (words[w].kind != WordKind::kWord || words[w].has_upper) continue;
    std::vector<int> coverage = sentence->Coverage();
    // "Time magazine said", "an interview with Vogue magazine", "the Sun newspaper".
    if (size_t begin = MediumBeforeKind(*sentence, coverage, w); begin < w) {
      sentence->Add(PatternBody(words, begin, w));
      continue;
    }
    if (w + 1 >= n) break;
    size_t at = w + 1;
    if (EndsMediumCue(words, w)) {
      // "told Discover Magazine", "as reported by the Hurriyet Daily News".
      size_t start = at < n && words[at].key == "the" && !words[at].capitalised ? at + 1 : at;
      size_t end = MediumNameEnd(*sentence, coverage, start);
      if (end > start) {
        Found medium = PatternBody(words, start, end);
        if (coverage[start] >= 0) {
          auto first = sentence->found.begin() + coverage[start];
          medium.actor.affiliation = first->actor.id;
          sentence->found.erase(first);
        }
        sentence->Add(std::move(medium));
        w = end - 1;
        continue;
      }
    }
    bool body = false;
    if (words[w].key == "of") {
      const Found *person = sentence->EndingAt(w);
      body = person && person->actor.type == ActorType::kPerson &&
             person->how != Resolution::kGroupReference && FreeAcronym(words, coverage, at);
    } else if (IsTell(words[w].key) ||
               ((words[w].key == "to" || words[w].key == "with") &&
                words[w - 1].kind == WordKind::kWord && IsSpeechBeforeListener(words[w - 1].key)) ||
               // "was quoted by KQRT as saying": who quotes or interviews is a medium;
               // "an investigation by PolitiFact": so is who investigates or reports.
               (words[w].key == "by" && words[w - 1].kind == WordKind::kWord &&
                IsQuoteOrReportBy(words[w - 1].key))) {
      if (words[w].key == "by" && at + 1 < n && words[at].key == "the" && !words[at].capitalised)
        ++at;  // "quoted by the KQRT"
      // "told CBS News": a medium's word after the acronym is part of its name.
      static const WordSet kMediaTails = {"news", "radio", "tv", "television", "online"};
      if (at < n && coverage[at] < 0 && LooksLikeAcronym(words[at]) &&
          !IsRomanNumeral(words[at].key) && at + 1 < n && words[at + 1].capitalised &&
          kMediaTails.count(words[at + 1].key) && coverage[at + 1] < 0 &&
          (at + 2 >= n || !words[at + 2].capitalised)) {
        sentence->Add(PatternBody(words, at, at + 2));
        w = at + 1;
        continue;
      }
      body = FreeAcronym(words, coverage, at) ||
             (at < n && coverage[at] < 0 && IsCamelCaseBrand(words[at]) &&
              (at + 1 >= n || !words[at + 1].capitalised));
    }
    if (!body) continue;
    sentence->Add(PatternBody(words, at, at + 1));
    w = at;
  }
}

}  // namespace actorgraph::actors_internal

namespace actorgraph::actors_internal {

void FindBodiesAfterOffices(SentenceState *sentence) {
  if (sentence->heading) return;
  const auto &words = sentence->words;
  const size_t n = words.size();
  for (size_t w = 1; w + 1 < n; ++w) {
    if (words[w].kind != WordKind::kWord || words[w].key != "of" || words[w].capitalised ||
        words[w - 1].kind != WordKind::kWord || !IsOfficeOfABody(words[w - 1].key)) {
      continue;
    }
    // "chief executive officer of", "a member of": the office word itself is free.
    std::vector<int> coverage = sentence->Coverage();
    if (coverage[w - 1] >= 0) continue;
    // "the director of Black Panther", "the editor of Example Tales" direct and edit works:
    // a bare director or editor after an article only with a kind of post before it ("the
    // executive director of", "the managing editor of").
    const std::string &office = words[w - 1].key;
    if ((office == "director" || office == "editor") && w >= 2 &&
        (words[w - 2].key == "the" || words[w - 2].key == "a" || words[w - 2].key == "an"))
      continue;
    size_t at = w + 1;
    if (at < n && words[at].key == "the" && !words[at].capitalised) ++at;
    size_t inner_place = 0;
    size_t end = BodyAfterOfficeEnd(*sentence, coverage, at, &inner_place);
    if (end == at) continue;
    Found body = PatternBody(words, at, end);
    if (inner_place < sentence->found.size()) {
      body.actor.affiliation = sentence->found[inner_place].actor.id;
      sentence->found.erase(sentence->found.begin() + static_cast<std::ptrdiff_t>(inner_place));
    }
    sentence->Add(std::move(body));
    w = end - 1;
  }
}

}  // namespace actorgraph::actors_internal

namespace actorgraph::actors_internal {
namespace {

// Lower-case words of a town's own offices and bodies: "the Springfield mayor",
// "Springfield's police chief", "the Springfield city council".
bool IsTownOfficeWord(std::string_view key) {
  static const WordSet kWords = {"mayor",      "mayors",     "police",      "council",
                                 "councillor", "councilor",  "councilman",  "councilwoman",
                                 "city",       "fire",       "mayoral",     "constable"};
  return kWords.count(key) != 0;
}

// Words that name a kind of police, not a town's: "Metropolitan police", "Federal police".
bool IsPoliceKind(std::string_view key) {
  static const WordSet kWords = {"metropolitan", "municipal", "federal", "national", "state",
                                 "military",     "royal",     "riot",    "secret",   "traffic",
                                 "border",       "transit",   "capitol", "religious", "mounted",
                                 "provincial",   "local",     "city",    "county",   "railway"};
  return kWords.count(key) != 0;
}

// Whether words[at] is a lower-case "police" followed by a verb it does ("Springfield
// police said", "were able to"): the police of the town before it act.
bool PoliceAct(const std::vector<Word> &words, size_t at) {
  static const WordSet kVerbs = {"said",     "say",     "says",     "were",   "was",
                                 "have",     "has",     "had",      "told",   "arrested",
                                 "confirmed", "reported", "charged", "believe", "believed",
                                 "spoke",    "added",   "stated",   "announced", "launched"};
  return at + 1 < words.size() && words[at].key == "police" && !words[at].has_upper &&
         words[at + 1].kind == WordKind::kWord && kVerbs.count(words[at + 1].key) != 0;
}

// The end of a town's name of one to three capitalised words no mention covers from
// words[at], or `at`.
size_t TownNameEnd(const std::vector<Word> &words, const std::vector<int> &coverage, size_t at) {
  const size_t n = words.size();
  size_t end = at;
  while (end < n && end < at + 3 && words[end].kind == WordKind::kWord && words[end].capitalised &&
         !words[end].all_upper && coverage[end] < 0 && !IsFunctionWord(words[end].key) &&
         !IsDateWord(words[end].key) && !IsSingleWordTitleKey(words[end].key)) {
    ++end;
  }
  for (size_t w = at; w < end; ++w) {
    if (IsGivenName(words[w].key)) return at;
  }
  return end;
}

// "the mayor of Springfield", "Mayor of Springfield, Jo Roe": the town after a mayor's "of"
// (and "the city of", "the town of"); returns its end, or `of` + 1 when there is none.
size_t TownAfterMayorEnd(const std::vector<Word> &words, const std::vector<int> &coverage,
                         size_t of, size_t *begin) {
  const size_t n = words.size();
  size_t at = of + 1;
  if (at + 2 < n && words[at].key == "the" &&
      (words[at + 1].key == "city" || words[at + 1].key == "town" ||
       words[at + 1].key == "village") &&
      words[at + 2].key == "of")
    at += 3;
  *begin = at;
  size_t end = TownNameEnd(words, coverage, at);
  if (end == at || (end < n && (words[end].kind == WordKind::kPossessive ||
                                words[end].kind == WordKind::kHyphen ||
                                (words[end].kind == WordKind::kWord && words[end].capitalised))))
    return of + 1;
  return end;
}

// A town is found as a body is, typed as a place (a code-less country, as regions are).
Found TownFound(const std::vector<Word> &words, size_t begin, size_t end) {
  Found town = PatternBody(words, begin, end);
  town.actor.type = ActorType::kCountry;
  return town;
}

}  // namespace

void FindTownsOwningOffices(SentenceState *sentence) {
  if (sentence->heading) return;
  const auto &words = sentence->words;
  const size_t n = words.size();
  static const Word kStart;
  for (size_t at = 0; at + 1 < n; ++at) {
    // "the mayor of Springfield": a mayor's "of" names the town.
    if (at > 0 && words[at].key == "of" && !words[at].capitalised &&
        words[at - 1].key == "mayor") {
      std::vector<int> coverage = sentence->Coverage();
      size_t begin = 0;
      size_t end = TownAfterMayorEnd(words, coverage, at, &begin);
      if (coverage[at - 1] < 0 && end > at + 1) {
        sentence->Add(TownFound(words, begin, end));
        at = end - 1;
        continue;
      }
    }
    const Word &prev = at > 0 ? words[at - 1] : kStart;
    bool after_the = prev.kind == WordKind::kWord && prev.key == "the";
    // The town's name must open its noun phrase: at the start, after a lower-case word or
    // a comma, not inside a longer name.
    if (at > 0 && !after_the &&
        (prev.kind == WordKind::kWord ? prev.has_upper : prev.kind != WordKind::kPunct))
      continue;
    std::vector<int> coverage = sentence->Coverage();
    size_t end = TownNameEnd(words, coverage, at);
    if (end == at || end >= n) continue;
    size_t office = end;
    // "Springfield's mayor", "Springfield's former police chief".
    if (words[office].kind == WordKind::kPossessive) {
      ++office;
      while (office < n && office < end + 3 && words[office].kind == WordKind::kWord &&
             !words[office].has_upper &&
             (words[office].key == "former" || words[office].key == "deputy" ||
              words[office].key == "new" || words[office].key == "acting" ||
              words[office].key == "then" || words[office].key == "longtime"))
        ++office;
    } else if (!after_the && (!PoliceAct(words, end) || IsPoliceKind(words[at].key))) {
      // Without a possessive, only as a modifier after "the": "the Springfield mayor"; or
      // the town's police doing something: "Springfield police said".
      continue;
    }
    // "Springfield's chief constable": the county's chief of police.
    if (office + 1 < n && words[office].key == "chief" && words[office + 1].key == "constable")
      ++office;
    if (office >= n || words[office].kind != WordKind::kWord || words[office].has_upper ||
        !IsTownOfficeWord(words[office].key)) {
      continue;
    }
    // "the Springfield city council", "the Springfield city manager" but not "the Salt Lake
    // city area": "city" only before a town's office or body.
    if (words[office].key == "city" &&
        !(office + 1 < n && (words[office + 1].key == "council" || words[office + 1].key == "hall" ||
                             words[office + 1].key == "manager" ||
                             words[office + 1].key == "councillor" ||
                             words[office + 1].key == "councilor")))
      continue;
    // "the Springfield police chief", not "the Springfield police station".
    bool police_act = PoliceAct(words, office) && !IsPoliceKind(words[at].key);
    if ((words[office].key == "police" && !police_act) ||
        words[office].key == "fire") {
      static const WordSet kHeads = {"chief", "commissioner", "superintendent", "department",
                                     "captain", "spokesman", "spokeswoman", "spokesperson"};
      if (!(office + 1 < n && kHeads.count(words[office + 1].key))) continue;
    }
    sentence->Add(TownFound(words, at, end));
    at = end;
  }
}

}  // namespace actorgraph::actors_internal
