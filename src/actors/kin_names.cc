#include "actors/kin_names.h"

#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>

#include "actors/capitalised_names.h"
#include "actors/titled_people.h"
#include "actors/word_lists.h"
#include "actors/words.h"

namespace actorgraph::actors_internal {
namespace {

// Nouns of a family tie or a partner that a relative's given name follows.
bool IsKinNoun(std::string_view key, bool* plural) {
  static const std::unordered_set<std::string_view> kSingular = {
      "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father",
      "widow", "widower", "partner", "spouse", "stepson", "stepdaughter", "fiancee",
      "fiance", "grandson", "granddaughter", "aunt", "uncle", "niece", "nephew", "cousin",
      "grandmother", "grandfather", "stepmother", "stepfather", "son-in-law",
      "daughter-in-law", "father-in-law", "mother-in-law", "brother-in-law", "sister-in-law",
      "girlfriend", "boyfriend"};
  static const std::unordered_set<std::string_view> kPlural = {
      "children", "sons", "daughters", "brothers", "sisters", "grandchildren", "parents"};
  *plural = kPlural.count(key) != 0;
  return *plural || kSingular.count(key) != 0;
}

// A capitalised word no mention covers that can be a given name on its own: not a function
// word, title, role, institution or organisation head, not in capitals, no digits.
bool IsGivenNameWord(const Word& word, int coverage) {
  if (word.kind != WordKind::kWord || !word.capitalised || word.all_upper || coverage >= 0)
    return false;
  if (word.text.size() < 2 || word.text.find('.') != std::string::npos) return false;
  for (char c : word.text)
    if (std::isdigit(static_cast<unsigned char>(c))) return false;
  for (size_t c = 1; c < word.text.size(); ++c)
    if (std::isupper(static_cast<unsigned char>(word.text[c]))) return false;
  const std::string& key = word.key;
  ActorType ignored;
  return !IsFunctionWord(key) && !IsSingleWordTitleKey(key) && !IsRoleWord(key) &&
         !IsInstitutionWord(key) && !IsHeadlineVerb(key) && !IsPublicationWord(key) &&
         !IsOrganizationHead(key, &ignored);
}

bool StartsWithDigit(const Word& word) {
  return !word.text.empty() && std::isdigit(static_cast<unsigned char>(word.text[0]));
}

// Whether the given name at words[w] ends there: the next word is punctuation, a
// possessive or a lower-case word, not another capitalised word (a longer name the finder
// did not take) nor a hyphen; a date word is a name only when no number follows ("his
// daughter May 3").
bool EndsGivenName(const std::vector<Word>& words, size_t w) {
  size_t next = w + 1;
  if (next < words.size()) {
    const Word& after = words[next];
    if (after.kind == WordKind::kHyphen || (after.kind == WordKind::kWord && after.has_upper))
      return false;
  }
  if (IsDateWord(words[w].key)) {
    if (next < words.size() && StartsWithDigit(words[next])) return false;
    if (next + 1 < words.size() && words[next].text == "," && StartsWithDigit(words[next + 1]))
      return false;
  }
  return true;
}

// Whether the names from words[k] run on, by commas, to an "and" before a last name: "Sue
// and Ann" or "Sue, Ann and Bo" (not "Sue, who ...", the end of a name apposed by commas).
bool ListEndsInAnd(const std::vector<Word>& words, const std::vector<int>& coverage, size_t k);

// The given names at words[v]: one capitalised word, or a list of them ("Tom and Sue",
// "Tom, Sue, and Ann", after a plural kin noun only). Empty when a word of the list is no given name.
std::vector<size_t> GivenNamesAt(const std::vector<Word>& words, const std::vector<int>& coverage,
                                 size_t v, bool plural) {
  std::vector<size_t> names;
  size_t w = v;
  while (w < words.size() && IsGivenNameWord(words[w], coverage[w])) {
    if (!EndsGivenName(words, w)) return {};
    names.push_back(w);
    if (!plural) break;
    size_t next = w + 1;
    if (next < words.size() && words[next].text == ",") {
      // "Tom, Sue and Ann": the comma goes on to another name only inside a list.
      size_t k = next + 1;
      if (k < words.size() && words[k].key == "and") ++k;
      if (k < words.size() && IsGivenNameWord(words[k], coverage[k]) &&
          EndsGivenName(words, k) && ListEndsInAnd(words, coverage, k)) {
        w = k;
        continue;
      }
      break;
    }
    if (next + 1 < words.size() && words[next].key == "and" &&
        IsGivenNameWord(words[next + 1], coverage[next + 1])) {
      w = next + 1;
      continue;
    }
    break;
  }
  return names;
}

bool ListEndsInAnd(const std::vector<Word>& words, const std::vector<int>& coverage, size_t k) {
  if (k > 0 && words[k - 1].key == "and") return true;
  for (size_t w = k; w + 1 < words.size(); w += 2) {
    if (!IsGivenNameWord(words[w], coverage[w])) return false;
    if (words[w + 1].key == "and") return true;
    if (words[w + 1].text != ",") return false;
    if (w + 2 < words.size() && words[w + 2].key == "and") return true;
  }
  return false;
}

// The surname in a person's canonical name: the last word with a particle before it
// ("bin Laden"), "Jr." and "Sr." left out; a one-word name unless it is a given name.
std::string SurnameOf(const std::string& name) {
  std::vector<std::string> parts = NameWords(name);
  while (!parts.empty() && (parts.back() == "Jr" || parts.back() == "Jr." ||
                            parts.back() == "Sr" || parts.back() == "Sr."))
    parts.pop_back();
  // "President Reagan": a one-word name that is no given name is a surname.
  if (parts.size() == 1 && !IsGivenName(WordKey(parts[0]))) return parts[0];
  if (parts.size() < 2) return "";
  size_t start = parts.size() - 1;
  while (start > 1 && !parts[start - 1].empty() &&
         std::islower(static_cast<unsigned char>(parts[start - 1][0])) &&
         IsNameParticle(WordKey(parts[start - 1])))
    --start;
  std::string surname;
  for (size_t p = start; p < parts.size(); ++p) surname += (surname.empty() ? "" : " ") + parts[p];
  return surname;
}

Found Relative(const std::vector<Word>& words, size_t w) {
  Found person;
  person.begin = w;
  person.end = w + 1;
  person.core_begin = w;
  person.how = Resolution::kPattern;
  std::string name = NameOfWords(words, w, w + 1);
  person.actor.id = MakeActorId(name);
  person.actor.name = std::move(name);
  person.actor.type = ActorType::kPerson;
  return person;
}

// The owner of a kin noun, at words[o]: "his", "her", "their", a person mention and a
// possessive, "the Trumps'". The relative is named after the document's people are settled
// (NameKinByOwners): naming it now would make its surname the owner's rival.
struct Owner {
  bool found = false;
  bool pronoun = false;   // "his" or "her"
  bool named = false;     // a person mention: its actor at `word` names the relative
  size_t word = 0;        // the pronoun, or the mention's last word
  std::string surname;    // "the Trumps'": known from the words
};

Owner OwnerAt(const SentenceState& sentence, size_t o) {
  const auto& words = sentence.words;
  Owner owner;
  const Word& word = words[o];
  if (word.kind == WordKind::kWord &&
      (word.key == "his" || word.key == "her" || word.key == "their")) {
    owner.found = true;
    owner.pronoun = word.key != "their";
    owner.word = o;
    return owner;
  }
  if (word.kind != WordKind::kPossessive || o == 0) return owner;
  if (const Found* x = sentence.EndingAt(o)) {
    if (x->actor.type != ActorType::kPerson || x->how == Resolution::kGroupReference ||
        x->how == Resolution::kCoreference || x->modifier)
      return owner;
    owner.found = true;
    owner.named = true;
    owner.word = o - 1;
    return owner;
  }
  // "the Trumps' son": a family by its plural surname.
  const Word& family = words[o - 1];
  if (word.text == "'" && o >= 2 && words[o - 2].key == "the" && family.capitalised &&
      family.kind == WordKind::kWord && family.text.size() > 3 && family.text.back() == 's' &&
      IsGivenNameWord(family, -1)) {
    owner.found = true;
    owner.surname = family.text.substr(0, family.text.size() - 1);
  }
  return owner;
}

// Lower-case words and numbers between an owner and its kin noun: "14-year-old", "late",
// "younger", "two", "first".
bool IsKinModifier(const Word& word) {
  if (word.kind == WordKind::kHyphen) return true;
  if (word.kind != WordKind::kWord || word.has_upper) return false;
  static const std::unordered_set<std::string_view> kStops = {
      "and", "or", "of", "the", "a", "an", "to", "in", "on", "at", "for", "with", "by",
      "from", "his", "her", "their", "its", "who", "that", "which", "was", "is", "as"};
  return kStops.count(word.key) == 0;
}

// The one person (other than the relative and relatives found with it) the sentence names
// before the owner word, or right after the relative's name and a comma; nullptr when none or several.
const Actor* SolePerson(const SentenceState& sentence, const PendingKinName& kin, bool before) {
  const Actor* owner = nullptr;
  for (const Found& f : sentence.found) {
    // After it, only the name that follows the relative's closing comma ("his wife, Amanda,
    // Huber died"): further on, another person is as often named.
    if (before ? f.end > kin.owner_word
               : f.begin != kin.begin + 2 || sentence.words[kin.begin + 1].text != ",")
      continue;
    if (f.actor.type != ActorType::kPerson || f.how == Resolution::kGroupReference ||
        f.actor.id == kin.id)
      continue;
    if (owner && owner->id != f.actor.id) return nullptr;
    owner = &f.actor;
  }
  return owner;
}

// Whether the sentence names a person (any, not the relative) before the owner's word.
bool AnyPersonBefore(const SentenceState& sentence, const PendingKinName& kin) {
  for (const Found& f : sentence.found)
    if (f.end <= kin.owner_word && f.actor.type == ActorType::kPerson && f.actor.id != kin.id)
      return true;
  return false;
}

// The one person the sentence's resolved references before the owner's word stand for.
const Actor* SoleReferenceBefore(const std::vector<Found>& references, const PendingKinName& kin) {
  const Actor* owner = nullptr;
  for (const Found& ref : references) {
    if (ref.end > kin.owner_word || ref.actor.type != ActorType::kPerson) continue;
    if (owner && owner->id != ref.actor.id) return nullptr;
    owner = &ref.actor;
  }
  return owner;
}

}  // namespace

void FindKinGivenNames(size_t state_index, SentenceState* sentence,
                       std::vector<PendingKinName>* pending) {
  if (sentence->heading) return;
  const auto& words = sentence->words;
  std::vector<int> coverage = sentence->Coverage();
  Owner last_owner;
  size_t last_end = 0;  // the word after the last relative's names
  for (size_t u = 1; u + 1 < words.size(); ++u) {
    bool plural = false;
    if (words[u].kind != WordKind::kWord || words[u].has_upper || coverage[u] >= 0)
      continue;
    // "son-in-law" comes as "son", "-", "in", "-", "law": the noun begins at "son".
    size_t noun = u;
    std::string key = words[u].key;
    if (key == "law" && u >= 5 && words[u - 1].kind == WordKind::kHyphen &&
        words[u - 2].key == "in" && words[u - 3].kind == WordKind::kHyphen &&
        words[u - 4].kind == WordKind::kWord) {
      noun = u - 4;
      key = words[noun].key + "-in-law";
    }
    if (!IsKinNoun(key, &plural)) continue;
    Owner owner;
    // "his wife Ann, and children Tom and Sue": the kin noun after the names of a relative
    // has the same owner.
    size_t back = noun;
    if (words[back - 1].key == "and") --back;
    if (back > 0 && words[back - 1].text == ",") --back;
    if (last_owner.found && back < noun && back == last_end) {
      owner = last_owner;
    } else {
      size_t o = noun;
      for (size_t seen = 0; o > 0 && seen < 5 && IsKinModifier(words[o - 1]); ++seen) --o;
      if (o == 0) continue;
      owner = OwnerAt(*sentence, o - 1);
    }
    if (!owner.found) continue;
    size_t v = u + 1;
    if (v < words.size() && words[v].text == ",") ++v;
    std::vector<size_t> names = GivenNamesAt(words, coverage, v, plural);
    if (names.empty()) {
      // "his wife Melania, and son Barron": a relative the finder knew already ("Melania"
      // for Melania Trump) still lends its owner to the kin noun after it.
      if (v < words.size() && coverage[v] >= 0) {
        const Found& known = sentence->found[static_cast<size_t>(coverage[v])];
        if (known.begin == v && known.actor.type == ActorType::kPerson && !known.modifier) {
          last_owner = owner;
          last_end = known.end;
          u = known.end - 1;
        }
      }
      continue;
    }
    for (size_t w : names) {
      Found person = Relative(words, w);
      if (owner.pronoun || owner.named || !owner.surname.empty()) {
        PendingKinName kin;
        kin.state = state_index;
        kin.owner_word = owner.word;
        kin.begin = w;
        kin.pronoun = owner.pronoun;
        kin.named = owner.named;
        kin.surname = owner.surname;
        kin.id = person.actor.id;
        kin.given = words[w].text;
        pending->push_back(std::move(kin));
      }
      sentence->Add(std::move(person));
    }
    coverage = sentence->Coverage();
    last_owner = owner;
    last_end = names.back() + 1;
    u = names.back();
  }
}

void NameKinByOwners(const std::vector<SentenceState>& states,
                     const std::vector<std::vector<Found>>& references,
                     const std::vector<PendingKinName>& pending, std::vector<Mention>* mentions) {
  std::set<std::string> renamed;
  for (const PendingKinName& kin : pending) {
    if (renamed.count(kin.id)) continue;
    const Actor* owner = nullptr;
    std::string surname = kin.surname;
    if (kin.named) {
      for (const Found& f : states[kin.state].found) {
        if (f.begin <= kin.owner_word && kin.owner_word < f.end &&
            f.actor.type == ActorType::kPerson)
          owner = &f.actor;
      }
    }
    if (kin.pronoun) {
      for (const Found& ref : references[kin.state]) {
        if (ref.begin == kin.owner_word && ref.actor.type == ActorType::kPerson)
          owner = &ref.actor;
      }
    }
    // "Jon's love for his wife Amanda": coreference leaves a pronoun whose person its
    // sentence names unreported; the one person named before it is the owner, else the one
    // named after it ("According to his wife, Amanda, Huber died").
    if (!owner && kin.pronoun) owner = SolePerson(states[kin.state], kin, /*before=*/true);
    // "He had not ..., which his wife Bernadette said ...": the person named before it by a
    // pronoun, when no one is named before it by name.
    if (!owner && kin.pronoun && !AnyPersonBefore(states[kin.state], kin))
      owner = SoleReferenceBefore(references[kin.state], kin);
    if (!owner && kin.pronoun) owner = SolePerson(states[kin.state], kin, /*before=*/false);
    if (owner) surname = SurnameOf(owner->name);
    if (surname.empty()) continue;
    std::string name = kin.given + " " + surname;
    if (owner && name == owner->name) continue;
    std::string id = MakeActorId(name);
    for (Mention& m : *mentions) {
      if (m.actor.id != kin.id || m.actor.type != ActorType::kPerson) continue;
      m.actor.id = id;
      m.actor.name = name;
    }
    renamed.insert(kin.id);
  }
}

}  // namespace actorgraph::actors_internal
