#include "extract/affiliation_extractor.h"

#include <string>
#include <string_view>
#include <vector>

#include "extract/extract_util.h"
#include "extract/word_classes.h"

namespace actorgraph::extract {
namespace {

constexpr std::string_view kName = "affiliation";

Relation Office(const std::string& titles, std::string_view last) {
  Relation r;
  r.text = "be " + titles + " of";
  r.lemma = last == "gen." ? "general" : std::string(last);
  r.category = Category::kNeutral;
  return r;
}

class AffiliationExtractor : public Extractor {
 public:
  explicit AffiliationExtractor(bool title_affiliations)
      : title_affiliations_(title_affiliations) {}
  std::string_view name() const override { return kName; }

  // "The foreign minister of Eritrea, Tesfay Gebremariam,": title of body, then the name.
  void ReadTitleOfBody(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& person = s.mentions[k];
    if (person.modifier || person.actor.type != ActorType::kPerson) return;
    size_t comma = person.token_begin;
    if (comma < 4 || s.lower[comma - 1] != ",") return;
    int owner = s.mention_at[comma - 2];
    if (owner < 0 || s.mentions[owner].token_end != comma - 1 || s.mentions[owner].modifier)
      return;
    const Mention& body = s.mentions[owner];
    std::vector<Actor> bodies = ActorsOf(body);
    if (bodies.size() != 1 || bodies[0].type == ActorType::kPerson) return;
    size_t of = body.token_begin;
    if (of > 0 && words::IsDeterminer(s.lower[of - 1])) --of;
    if (of < 2 || s.lower[of - 1] != "of") return;
    size_t title_end = of - 1;
    size_t title_begin = title_end;
    while (title_begin > 0 && s.mention_at[title_begin - 1] < 0 &&
           words::IsTitleWord(s.lower[title_begin - 1]))
      --title_begin;
    if (title_begin == title_end) return;
    // "the prosecutor general of Tehran": the title must open its noun phrase.
    if (title_begin > 0 && !words::IsDeterminer(s.lower[title_begin - 1]) &&
        s.lower[title_begin - 1] != "," && s.lower[title_begin - 1] != "current" &&
        s.lower[title_begin - 1] != "former" && s.lower[title_begin - 1] != "new")
      return;
    std::string titles;
    for (size_t t = title_begin; t < title_end; ++t) titles += (titles.empty() ? "" : " ") + s.lower[t];
    EmitPairs(s, {{static_cast<int>(k), person.actor}}, Office(titles, s.lower[title_end - 1]),
              TokenSpan(s, title_begin, title_end), {{owner, bodies[0]}}, kName, 0.8, out);
  }

  void Extract(const AnalyzedSentence& s, std::vector<Triple>& out) const override {
    for (size_t k = 0; k < s.mentions.size(); ++k) ReadTitleOfBody(s, k, out);
    for (size_t k = 0; k < s.mentions.size(); ++k) {
      const Mention& person = s.mentions[k];
      if (person.modifier || person.actor.type != ActorType::kPerson) continue;
      // Title words inside the mention ("General Qasem Soleimani") and right before it.
      size_t title_end = person.token_begin;
      while (title_end < person.token_end && words::IsTitleWord(s.lower[title_end]))
        ++title_end;
      size_t title_begin = person.token_begin;
      // "Mali's foreign minister, Abdoulaye Traore": the name in apposition to the title.
      bool apposition = title_begin == title_end && title_begin >= 2 &&
                        s.lower[title_begin - 1] == "," &&
                        words::IsTitleWord(s.lower[title_begin - 2]);
      if (apposition) {
        title_end = title_begin - 1;
        title_begin = title_end;
      }
      while (title_begin > 0 && s.mention_at[title_begin - 1] < 0 &&
             words::IsTitleWord(s.lower[title_begin - 1]))
        --title_begin;
      if (title_begin == title_end) continue;

      if (title_begin == 0) continue;
      // The state or body just before the titles: a modifier ("Iranian") or a possessive
      // ("Iran's").
      size_t before = title_begin;
      if (before > 0 && (s.lower[before - 1] == "'s" || s.lower[before - 1] == "'")) --before;
      if (before == 0) continue;
      int owner = s.mention_at[before - 1];
      if (owner < 0 || s.mentions[owner].token_end != before) continue;
      const Mention& body = s.mentions[owner];
      bool possessive = false;
      PossessiveAfter(s, body, &possessive);
      if (!body.modifier && !possessive) continue;
      // "American's chairman John Kerr": a demonym takes no possessive; the word names
      // something else (here a company called American).
      if (possessive && body.how == Resolution::kDemonym) continue;
      // "US President Donald Trump": a title that only pre-modifies the name is how the
      // article refers to the person, not a relation the sentence states; the office stays
      // on the person (Actor::affiliation).
      if (!possessive && !title_affiliations_) continue;
      std::vector<Actor> bodies = ActorsOf(body);
      if (bodies.size() != 1 || bodies[0].type == ActorType::kPerson) continue;
      std::string titles;
      for (size_t t = title_begin; t < title_end; ++t) {
        if (!titles.empty()) titles += ' ';
        titles += s.lower[t] == "gen." ? "general" : s.lower[t];
      }
      Relation r;
      r.text = "be " + titles + " of";
      r.lemma = s.lower[title_end - 1] == "gen." ? "general" : s.lower[title_end - 1];
      r.category = Category::kNeutral;
      EmitPairs(s, {{static_cast<int>(k), person.actor}}, r, TokenSpan(s, title_begin, title_end),
                {{owner, bodies[0]}}, kName, 0.8, out);
    }
  }

 private:
  bool title_affiliations_;
};

}  // namespace

std::unique_ptr<Extractor> MakeAffiliationExtractor(const ExtractorContext& context) {
  return std::make_unique<AffiliationExtractor>(context.title_affiliations);
}

}  // namespace actorgraph::extract
