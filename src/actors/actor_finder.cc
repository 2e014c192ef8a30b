#include "actorgraph/actors/actor_finder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "actors/alias_table.h"
#include "actors/capitalised_names.h"
#include "actors/coreference.h"
#include "actors/quote_speakers.h"
#include "actors/dictionary_names.h"
#include "actors/finder_state.h"
#include "actors/group_references.h"
#include "actors/kin_names.h"
#include "actors/modifiers.h"
#include "actors/name_matcher.h"
#include "actors/organizations.h"
#include "actors/party_adjectives.h"
#include "actors/titled_people.h"
#include "actors/unlisted_bodies.h"
#include "actors/words.h"

namespace actorgraph {

using actors_internal::AliasTable;
using actors_internal::Found;
using actors_internal::PairHistory;
using actors_internal::SentenceState;
using actors_internal::Word;
using actors_internal::WordKind;

namespace {

// A line written in capitals ("IRAN SAYS U.S. TALKS FAIL") reads like a heading: every
// word looks like a name or an acronym.
bool MostlyCapitals(const std::vector<Word>& words) {
  int letters_words = 0, upper_words = 0;
  for (const Word& word : words) {
    if (word.kind != WordKind::kWord || word.text.size() < 2) continue;
    ++letters_words;
    if (word.all_upper) ++upper_words;
  }
  return letters_words >= 3 && upper_words * 10 >= letters_words * 7;
}

Mention ToMention(const Document& document, const SentenceState& sentence,
                  const Found& found) {
  const auto& words = sentence.words;
  const Word& first = words[found.begin];
  const Word& last = words[found.end - 1];
  Mention mention;
  mention.sentence_index = sentence.index;
  mention.token_begin = first.token;
  mention.token_end = last.token + 1;
  mention.span.begin = first.begin;
  mention.span.end = last.end;
  if (!found.keep_trailing_dot && last.kind == WordKind::kWord) {
    size_t dots = last.text.size() - actors_internal::LengthWithoutTrailingDots(last.text);
    mention.span.end = static_cast<uint32_t>(last.end - dots);
  }
  mention.surface = document.text.substr(mention.span.begin,
                                         mention.span.end - mention.span.begin);
  mention.actor = found.actor;
  mention.how = found.how;
  mention.members = found.members;
  mention.modifier = found.modifier;
  return mention;
}

// "President Trump" before "Donald Trump" is named in full, "Princess Ubolratana" after
// "Princess Ubolratana Mahidol": a one-word person whose name is the surname or the first
// name of exactly one person named in full in the document becomes that person.
// A person first named by surname alone ("Speaker Pelosi announces ...") and later in full
// ("Nancy Pelosi, the Speaker ...", read as the surname's alias) takes the full name: it is
// the name readers and other documents use. Only when the document gives one full form.
void NameSurnameActorsInFull(std::string_view text, std::vector<Mention>* mentions) {
  std::map<std::string, std::set<std::string>> full;  // actor id -> longer forms seen
  std::set<std::string> listed;                        // dictionary people keep their name
  for (const Mention& m : *mentions)
    if (m.how == Resolution::kDictionary) listed.insert(m.actor.id);
  for (const Mention& m : *mentions) {
    const Actor& a = m.actor;
    if (a.type != ActorType::kPerson || a.name.empty() || a.name.find(' ') != std::string::npos ||
        m.how == Resolution::kGroupReference || m.how == Resolution::kCoreference)
      continue;
    // "Nancy Pelosi" where only "Pelosi" was matched: a given name right before the span.
    if (m.surface == a.name && m.span.begin >= 2 && m.span.begin <= text.size() &&
        text[m.span.begin - 1] == ' ') {
      size_t end = m.span.begin - 1;
      size_t begin = end;
      while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
      std::string word(text.substr(begin, end - begin));
      std::string key = word;
      for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (!word.empty() && std::isupper(static_cast<unsigned char>(word[0])) &&
          (begin == 0 || !std::isalpha(static_cast<unsigned char>(text[begin - 1]))) &&
          actors_internal::IsGivenName(key))
        full[a.id].insert(word + " " + a.name);
      continue;
    }
    if (m.surface.size() <= a.name.size() + 1) continue;
    std::string_view s = m.surface;
    if (!s.ends_with(" " + a.name) || s.find('\n') != std::string_view::npos) continue;
    bool capitalised = true;
    for (size_t i = 0; i < s.size(); ++i)
      if ((i == 0 || s[i - 1] == ' ') && !std::isupper(static_cast<unsigned char>(s[i])))
        capitalised = false;
    if (capitalised) full[a.id].insert(std::string(s));
  }
  for (auto& [id, forms] : full) {
    if (forms.size() != 1 || listed.count(id)) continue;
    const std::string& name = *forms.begin();
    std::string new_id = MakeActorId(name);
    for (Mention& m : *mentions) {
      if (m.actor.id != id) continue;
      m.actor.name = name;
      m.actor.id = new_id;
    }
  }
}

void ResolveEarlySurnames(std::string_view text, std::vector<Mention>* mentions) {
  NameSurnameActorsInFull(text, mentions);
  std::unordered_map<std::string, const Actor*> by_surname;
  std::unordered_map<std::string, int> count;
  auto add = [&](const std::string& part, const Actor& a) {
    auto [it, inserted] = by_surname.emplace(part, &a);
    if (inserted) count[part] = 1;
    else if (it->second->id != a.id) ++count[part];
  };
  std::set<std::string> seen;
  for (const Mention& m : *mentions) {
    const Actor& a = m.actor;
    if (a.type != ActorType::kPerson || a.name.find(' ') == std::string::npos) continue;
    if (!seen.insert(a.id).second) continue;
    add(a.name.substr(a.name.rfind(' ') + 1), a);
    add(a.name.substr(0, a.name.find(' ')), a);
  }
  std::vector<std::pair<size_t, Actor>> changes;
  for (size_t i = 0; i < mentions->size(); ++i) {
    const Mention& m = (*mentions)[i];
    if (m.actor.type != ActorType::kPerson || m.actor.name.find(' ') != std::string::npos) {
      continue;
    }
    auto it = by_surname.find(m.actor.name);
    if (it != by_surname.end() && count[m.actor.name] == 1) changes.emplace_back(i, *it->second);
  }
  for (auto& [i, actor] : changes) {
    (*mentions)[i].actor = std::move(actor);
    (*mentions)[i].how = Resolution::kAlias;
  }
}

// "Elijah Cummings" in the headline, "Elijah Eugene Cummings" in the text; "Ricardo
// Rosselló" and "Ricardo Rosselló Nevares": a person the finder named from the text whose
// name words are those of a person named earlier with words left out (or added), same
// first word, is that person, under the name the document used first.
void MergeNameVariants(std::vector<Mention>* mentions) {
  // Whether `short_words` is `long_words` with words left out, keeping the first and
  // either the last word or the first two.
  auto variant = [](const std::vector<std::string>& short_words,
                    const std::vector<std::string>& long_words) {
    if (short_words.size() < 2 || short_words.size() >= long_words.size()) return false;
    if (short_words[0] != long_words[0]) return false;
    size_t k = 0;
    for (const std::string& w : long_words)
      if (k < short_words.size() && w == short_words[k]) ++k;
    if (k != short_words.size()) return false;
    return short_words.back() == long_words.back() || short_words[1] == long_words[1];
  };
  std::vector<Actor> people;  // in order of first mention
  std::set<std::string> seen;
  for (const Mention& m : *mentions)
    if (m.actor.type == ActorType::kPerson && seen.insert(m.actor.id).second)
      people.push_back(m.actor);
  std::map<std::string, Actor> target;  // later actor id -> earlier actor
  for (size_t later = 1; later < people.size(); ++later) {
    std::vector<std::string> l = actors_internal::NameWords(people[later].name);
    for (size_t earlier = 0; earlier < later; ++earlier) {
      std::vector<std::string> e = actors_internal::NameWords(people[earlier].name);
      if (variant(l, e) || variant(e, l)) {
        target.emplace(people[later].id, people[earlier]);
        break;
      }
    }
  }
  // "ABS-CBN" and "ABS-CBN Corporation", "Cominco" and "Cominco Ltd": a body found by
  // pattern whose name is another's without its corporate ending is that body.
  static const std::set<std::string> kCorporateEndings = {
      "Corporation", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Limited", "Co", "Co.",
      "Company", "plc", "PLC", "LLC", "AG", "SA", "NV", "Group", "Holdings"};
  std::vector<Actor> bodies;  // found by pattern, in order of first mention
  std::set<std::string> seen_bodies;
  std::vector<Actor> all_bodies;  // any body, listed or not
  std::set<std::string> seen_any;
  // Listed bodies keep their names: "Democratic Party" is not "Maryland Democratic Party".
  std::set<std::string> listed;
  for (const Mention& m : *mentions)
    if (m.how == Resolution::kDictionary || m.how == Resolution::kDemonym) listed.insert(m.actor.id);
  for (const Mention& m : *mentions) {
    if (m.actor.type != ActorType::kOrganization) continue;
    if (seen_any.insert(m.actor.id).second) all_bodies.push_back(m.actor);
    if (!listed.count(m.actor.id) && seen_bodies.insert(m.actor.id).second)
      bodies.push_back(m.actor);
  }
  // "the Supreme Court" in a document that named the "Supreme Court of the United Kingdom"
  // (or the "UK Supreme Court"): a body found by pattern whose two or more words open
  // another body's name before its "of", or end it, is that body when it is the only one.
  for (const Actor& body : bodies) {
    std::vector<std::string> b = actors_internal::NameWords(body.name);
    if (b.size() < 2) continue;
    const Actor* only = nullptr;
    bool ambiguous = false;
    for (const Actor& other : all_bodies) {
      if (other.id == body.id) continue;
      std::vector<std::string> o = actors_internal::NameWords(other.name);
      if (o.size() <= b.size()) continue;
      bool opens = std::equal(b.begin(), b.end(), o.begin()) && o[b.size()] == "of";
      bool ends = o.size() <= b.size() + 2 && std::equal(b.rbegin(), b.rend(), o.rbegin());
      if (!opens && !ends) continue;
      if (only && only->id != other.id) ambiguous = true;
      only = &other;
    }
    if (only && !ambiguous) target.emplace(body.id, *only);
  }
  for (size_t later = 1; later < bodies.size(); ++later) {
    std::vector<std::string> l = actors_internal::NameWords(bodies[later].name);
    for (size_t earlier = 0; earlier < later; ++earlier) {
      std::vector<std::string> e = actors_internal::NameWords(bodies[earlier].name);
      const auto& shorter = l.size() < e.size() ? l : e;
      const auto& longer = l.size() < e.size() ? e : l;
      if (longer.size() != shorter.size() + 1 || !kCorporateEndings.count(longer.back()) ||
          !std::equal(shorter.begin(), shorter.end(), longer.begin()))
        continue;
      target.emplace(bodies[later].id, bodies[earlier]);
      break;
    }
  }
  if (target.empty()) return;
  for (Mention& m : *mentions) {
    if (m.how == Resolution::kDictionary) continue;
    auto it = target.find(m.actor.id);
    if (it != target.end()) m.actor = it->second;
  }
}

// "Congress" alone is the dictionary's US Congress. In a document about another country
// ("the Congress of the Philippines", "For the Congress, he was the helmsman" after the
// Indian National Congress) it is not: it becomes the one other body the document named
// whose name ends in the word, or no actor when the country the alias belongs to is not
// the one the document names most.
void SettleBareChamberNames(std::vector<Mention>* mentions) {
  std::map<std::string, int> country_count;
  for (const Mention& m : *mentions)
    if (m.actor.type == ActorType::kCountry && m.actor.affiliation.empty())
      ++country_count[m.actor.id];
  std::vector<size_t> drop;
  std::map<std::string, Actor> remap;  // alias actor id -> the document's own body
  for (size_t i = 0; i < mentions->size(); ++i) {
    const Mention& m = (*mentions)[i];
    if (m.how != Resolution::kDictionary || m.surface != "Congress" ||
        m.actor.type != ActorType::kOrganization || m.actor.affiliation.empty())
      continue;
    const Actor* own = nullptr;
    bool ambiguous = false;
    for (const Mention& other : *mentions) {
      const std::string& name = other.actor.name;
      if (other.actor.id == m.actor.id || other.actor.type != ActorType::kOrganization ||
          name.size() <= m.surface.size() + 1 ||
          name.compare(name.size() - m.surface.size(), m.surface.size(), m.surface) != 0 ||
          name[name.size() - m.surface.size() - 1] != ' ')
        continue;
      if (own && own->id != other.actor.id) ambiguous = true;
      own = &other.actor;
    }
    if (own && !ambiguous) {
      remap.emplace(m.actor.id, *own);
      continue;
    }
    int home = country_count[m.actor.affiliation];
    int most = 0;
    for (const auto& [id, n] : country_count)
      if (id != m.actor.affiliation) most = std::max(most, n);
    if (most >= 2 && home < most) drop.push_back(i);
  }
  for (size_t i : drop) (*mentions)[i].actor.id.clear();
  for (Mention& m : *mentions) {
    if (m.how != Resolution::kDictionary || m.surface != "Congress") continue;
    auto it = remap.find(m.actor.id);
    if (it != remap.end()) {
      m.actor = it->second;
      m.how = Resolution::kAlias;
    }
  }
  mentions->erase(std::remove_if(mentions->begin(), mentions->end(),
                                 [](const Mention& m) {
                                   return m.how == Resolution::kDictionary && m.actor.id.empty();
                                 }),
                  mentions->end());
}

// The listed chambers of each listed legislature by the word a bare description names
// them with: (united_states_congress, "senate") -> United States Senate. A legislature with
// two chambers having the word maps it to no actor (empty id).
using ChamberTable = std::map<std::pair<std::string, std::string>, Actor>;

ChamberTable MakeChamberTable(const std::vector<DictionaryEntry>& entries) {
  ChamberTable table;
  for (const DictionaryEntry& entry : entries) {
    if (entry.parent.empty() || entry.actor.type != ActorType::kOrganization) continue;
    for (std::string_view head : {"senate", "house"}) {
      std::vector<std::string> words = actors_internal::NameWords(entry.actor.name);
      if (std::none_of(words.begin(), words.end(), [&](const std::string& word) {
            return actors_internal::WordKey(word) == head;
          }))
        continue;
      auto [it, added] = table.emplace(std::make_pair(entry.parent, std::string(head)),
                                       entry.actor);
      if (!added) it->second.id.clear();
    }
  }
  return table;
}

// "the Senate" that coreference read as the whole legislature of the state the document is
// about ("the Senate" in a US article: United States Congress) is that legislature's
// chamber so named, where the dictionary lists exactly one (United States Senate).
void NarrowChamberDescriptions(const ChamberTable& chambers, std::vector<Mention>* mentions) {
  for (Mention& m : *mentions) {
    if (m.how != Resolution::kCoreference || m.actor.type != ActorType::kOrganization) continue;
    size_t space = m.surface.rfind(' ');
    std::string head = actors_internal::WordKey(
        std::string_view(m.surface).substr(space == std::string::npos ? 0 : space + 1));
    auto it = chambers.find({m.actor.id, head});
    if (it != chambers.end() && !it->second.id.empty()) m.actor = it->second;
  }
}

}  // namespace

struct ActorFinder::Impl {
  Impl(const ActorDictionary& dictionary, ActorFinderOptions options)
      : matcher(dictionary.entries()),
        party_adjectives(dictionary.entries(), matcher),
        chambers(MakeChamberTable(dictionary.entries())),
        options(options) {}
  actors_internal::NameMatcher matcher;
  actors_internal::PartyAdjectives party_adjectives;
  ChamberTable chambers;
  ActorFinderOptions options;
};

ActorFinder::ActorFinder(const ActorDictionary& dictionary, ActorFinderOptions options)
    : impl_(std::make_unique<Impl>(dictionary, options)) {}
ActorFinder::ActorFinder(ActorFinder&&) noexcept = default;
ActorFinder::~ActorFinder() = default;

std::vector<Mention> ActorFinder::FindMentions(const Document& document,
                                               const std::vector<Sentence>& sentences) const {
  std::vector<Mention> mentions;
  AliasTable aliases;
  PairHistory history;
  std::vector<SentenceState> states;
  states.reserve(sentences.size());
  std::vector<std::vector<std::string>> people;  // people found by FindCapitalisedNames
  std::vector<actors_internal::PendingKinName> kin;  // "his wife Amanda", named after coreference
  for (const Sentence& sentence : sentences) {
    SentenceState& state = states.emplace_back();
    state.index = sentence.index;
    state.words = actors_internal::SplitWords(document.text, sentence);
    state.all_capitals = MostlyCapitals(state.words);
    state.heading = sentence.heading || state.all_capitals;
  }
  std::unordered_set<std::string> lone_words;
  std::unordered_set<std::string> lone_body_words;
  std::unordered_set<std::string> lower_case_keys;
  if (impl_->options.find_unlisted) {
    lone_words = actors_internal::LoneCapitalisedWords(states);
    lone_body_words = actors_internal::LoneBodyWords(states, lone_words, impl_->matcher);
    lower_case_keys = actors_internal::LowerCaseKeys(states);
  }
  actors_internal::CountryCounts countries;  // in the sentences before this one
  for (SentenceState& state : states) {
    actors_internal::FindDictionaryNames(impl_->matcher, aliases, &state);
    if (impl_->options.find_unlisted) impl_->party_adjectives.Find(countries, &state);
    if (impl_->options.find_unlisted) {
      if (!state.all_capitals) actors_internal::FindTitledPeople(impl_->matcher, aliases, &state);
      actors_internal::FindOrganizations(impl_->matcher, aliases, &state);
      actors_internal::FindOrganizationsAfterKindNouns(aliases, &state);
      actors_internal::FindOrganizationsBeforeKindNouns(aliases, &state);
      actors_internal::FindParenthesisedAcronyms(&state, &aliases);
    }
    actors_internal::FindAliases(aliases, &state);
    if (impl_->options.find_unlisted) {
      actors_internal::FindPapersNamedForPlaces(&state);
      actors_internal::FindTitleCasedBodies(&state);
      actors_internal::FindCapitalisedNames(&state, &people, lone_words);
      actors_internal::FindKinGivenNames(static_cast<size_t>(&state - states.data()), &state,
                                         &kin);
      actors_internal::FindAddressedBodies(&state);
      actors_internal::FindBodiesAfterOffices(&state);
      actors_internal::FindTownsOwningOffices(&state);
    }
    actors_internal::MarkModifiers(&state);
    if (impl_->options.resolve_group_references) {
      actors_internal::FindGroupReferences(&state, &history);
    }
    actors_internal::RegisterAliases(state, &aliases,
                                     impl_->options.find_unlisted ? &lone_body_words : nullptr);
    actors_internal::CountCountries(state, &countries);
    // "when Charlie Watts was leaving ..., Watts recommended Baker": the surname of a
    // person the sentence itself introduced. People only: a company's short form inside
    // the sentence that named it is as often part of another name ("Cominco American Inc,
    // a unit of Cominco Ltd").
    if (impl_->options.find_unlisted && !state.heading) {
      actors_internal::FindAliases(aliases, &state, /*people_only=*/true);
    }
  }
  // Where each mention came from: (state, found), so that the actors ResolveEarlySurnames
  // settles are the ones coreference sees.
  std::vector<std::pair<size_t, size_t>> origin;
  for (size_t s = 0; s < states.size(); ++s) {
    SentenceState& state = states[s];
    // Mentions of a person before the sentence that showed the name is a person's.
    actors_internal::FindKnownCapitalisedNames(people, &state);
    // "US Speaker Pelosi announces Trump impeachment investigation": a headline names
    // people by the surnames the text introduces after it.
    if (state.heading && !state.all_capitals) actors_internal::FindAliases(aliases, &state);
    // "Hasbro said ..." before "Hasbro Inc" is named in full: a body's short form or
    // acronym is the body wherever it stands in the document, earlier sentences included.
    if (impl_->options.find_unlisted && !state.all_capitals)
      actors_internal::FindBodyAliases(aliases, s, lower_case_keys, &state);
    actors_internal::ExtendOverTickers(&state);
    for (size_t f = 0; f < state.found.size(); ++f) {
      mentions.push_back(ToMention(document, state, state.found[f]));
      origin.emplace_back(s, f);
    }
  }
  ResolveEarlySurnames(document.text, &mentions);
  MergeNameVariants(&mentions);
  // The settled actors, for coreference and for naming relatives after their owners.
  for (size_t m = 0; m < mentions.size(); ++m) {
    states[origin[m].first].found[origin[m].second].actor = mentions[m].actor;
  }
  std::vector<std::vector<Found>> references(states.size());
  if (impl_->options.resolve_coreferences) {
    actors_internal::CoreferenceOptions coref;
    coref.resolve_it = impl_->options.resolve_it;
    references = actors_internal::FindCoreferences(states, coref);
    std::vector<std::vector<Found>> quoted = actors_internal::FindQuotedFirstPersons(states);
    for (size_t s = 0; s < states.size(); ++s) {
      for (const Found& found : references[s]) {
        mentions.push_back(ToMention(document, states[s], found));
      }
      for (const Found& found : quoted[s]) {
        mentions.push_back(ToMention(document, states[s], found));
      }
    }
  }
  actors_internal::NameKinByOwners(states, references, kin, &mentions);
  SettleBareChamberNames(&mentions);
  NarrowChamberDescriptions(impl_->chambers, &mentions);
  std::stable_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
    if (a.sentence_index != b.sentence_index) return a.sentence_index < b.sentence_index;
    if (a.token_begin != b.token_begin) return a.token_begin < b.token_begin;
    return a.span.begin < b.span.begin;
  });
  return mentions;
}

}  // namespace actorgraph
