#include "extract/compound_extractor.h"

#include <string>
#include <string_view>

#include "actorgraph/extract/lemmatizer.h"
#include "extract/extract_util.h"
#include "extract/word_classes.h"

namespace actorgraph::extract {
namespace {

constexpr std::string_view kName = "compound";

struct CompoundVerb {
  std::string_view suffix;  // after the hyphen
  std::string_view text;
  std::string_view lemma;
  Category category;
  int cameo_root;
  bool symmetric;
};

// The participles a state or body prefixes to what it backs. "-led" is left out: "the
// Saudi-led coalition" names the coalition, and "US-led forces" are the state's own.
constexpr CompoundVerb kVerbs[] = {
    {"backed", "back", "back", Category::kVerbalCooperation, 5, false},
    {"supported", "support", "support", Category::kVerbalCooperation, 5, false},
    {"sponsored", "sponsor", "sponsor", Category::kMaterialCooperation, 7, false},
    {"funded", "fund", "fund", Category::kMaterialCooperation, 7, false},
    {"financed", "fund", "fund", Category::kMaterialCooperation, 7, false},
    {"armed", "arm", "arm", Category::kMaterialCooperation, 7, false},
    {"trained", "train", "train", Category::kMaterialCooperation, 7, false},
    {"allied", "be allied with", "ally", Category::kVerbalCooperation, 5, true},
    {"aligned", "be allied with", "ally", Category::kVerbalCooperation, 5, true},
};

class CompoundExtractor : public Extractor {
 public:
  explicit CompoundExtractor(const ExtractorContext& context) : context_(context) {}
  std::string_view name() const override { return kName; }

  void Extract(const AnalyzedSentence& s, std::vector<Triple>& out) const override {
    for (size_t k = 0; k < s.mentions.size(); ++k) {
      const Mention& m = s.mentions[k];
      if (m.token_end == 0 || m.token_end > s.sentence->tokens.size()) continue;
      const Token& token = s.sentence->tokens[m.token_end - 1];
      // The mention ends inside its token, at a hyphen: "Iran" of "Iran-backed".
      if (m.span.end >= token.end || m.span.end < token.begin) continue;
      std::string_view rest = std::string_view(token.text).substr(m.span.end - token.begin);
      if (rest.size() < 2 || rest[0] != '-') continue;
      std::string suffix(rest.substr(1));
      for (char& c : suffix) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const CompoundVerb* verb = nullptr;
      for (const CompoundVerb& v : kVerbs)
        if (suffix == v.suffix) verb = &v;
      if (!verb) continue;
      // The actor it describes: right after, or after one lower-case modifier
      // ("Armenian-backed separatist Republic of Artsakh").
      size_t t = m.token_end;
      if (t < s.lower.size() && s.mention_at[t] < 0 && !words::IsPunctuation(s.lower[t]) &&
          !words::IsPreposition(s.lower[t]) && !words::IsCoordinator(s.lower[t]) &&
          context_.lemmatizer->IsAdjective(s.lower[t]))
        ++t;
      if (t >= s.lower.size()) continue;
      // "Sanders-backed candidate Joe Smith": a title or role before the name.
      if (t + 1 < s.lower.size() && s.mention_at[t] < 0 &&
          (words::IsTitleWord(s.lower[t]) || s.lower[t] == "candidate" ||
           s.lower[t] == "nominee"))
        ++t;
      auto object = GroupAt(s, t);
      // "the Cuban-backed Angolan government": a state through its government or forces.
      if (!object) object = StateGroupAt(s, t);
      if (!object || object->members.empty()) continue;
      Relation r;
      r.text = std::string(verb->text);
      r.lemma = std::string(verb->lemma);
      r.category = verb->category;
      r.cameo_root = verb->cameo_root;
      r.symmetric = verb->symmetric;
      std::vector<GroupMember> subjects;
      for (const Actor& actor : ActorsOf(m)) subjects.push_back({static_cast<int>(k), actor});
      std::vector<GroupMember> objects;
      for (const GroupMember& g : object->members)
        if (!HasPair(out, subjects.front().actor, g.actor)) objects.push_back(g);
      Span span;
      span.begin = m.span.end + 1;
      span.end = token.end;
      EmitPairs(s, subjects, r, span, objects, kName, 0.75, out);
    }
  }

 private:
  ExtractorContext context_;
};

}  // namespace

std::unique_ptr<Extractor> MakeCompoundExtractor(const ExtractorContext& context) {
  return std::make_unique<CompoundExtractor>(context);
}

}  // namespace actorgraph::extract
