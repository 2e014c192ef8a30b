// Objects shaped by a possessive or an apposition after it, for the clause extractor:
// "brought up Biden's son Hunter Biden" (the apposed name is the object, not its owner),
// "called May's Brexit deal 'lousy'" (a judgement of what the owner did relates the judge to
// the owner; "told Trump's lawyer" addresses the lawyer and relates nothing), and "dismissed
// the claims from Berlin" (a stance on what an actor said names that actor).
#ifndef ACTORGRAPH_SRC_EXTRACT_POSSESSIVE_OBJECT_H_
#define ACTORGRAPH_SRC_EXTRACT_POSSESSIVE_OBJECT_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "actorgraph/extract/extractor.h"
#include "extract/extract_util.h"
#include "extract/predicate.h"

namespace actorgraph::extract {

// "Britain's ambassador Rob Macaire", "Biden's son Hunter Biden": when `object` is one owner
// followed by a possessive, an office or family tie and a person's name, the group of that
// name; also "Ohio man James Fields" (a place, a noun for a person, the name); nullopt
// otherwise.
std::optional<ActorGroup> ApposedNameAfter(const AnalyzedSentence& s, const ActorGroup& object);

// "defended his son Hunter Biden", "fired her lawyer John Doe": the pronoun's family
// member or aide right before the name at `t` (tokens from `p` on) belongs to the object,
// not the predicate. Returns where the predicate then ends (after the pronoun), or `t`.
size_t StripPronounsPerson(const AnalyzedSentence& s, size_t p, size_t t);

// "President Recep Tayyip Erdogan", "Foreign Minister Javad Zarif": title words from `t`
// up to a person's name.
bool TitleBeforeName(const AnalyzedSentence& s, size_t t);

// A noun for what an actor says, asks or proposes: "claims", "statement", "request",
// "questions", "offer", "letter".
bool IsClaimNoun(std::string_view w);

// "praised Trump's lawyer", "criticised Biden's son": a person's unnamed family or personal
// staff stands for nobody else, so the owner is no object of the verb.
bool OwnsUnnamedPerson(const AnalyzedSentence& s, const ActorGroup& object);

// How a verb of address or judgement ("tell", "call", "describe", ...) reads a possessive
// object. kAddressed: the owner's person or body is addressed ("told Trump's lawyer",
// "called Biden's office"): no triple. kJudged: what the owner did or made is judged
// ("called Trump's conduct a betrayal", "described Israel's claims as lies"); `relation`
// then names it ("call conduct of").
enum class PossessionReading { kAddressed, kJudged };

PossessionReading ReadPossession(const AnalyzedSentence& s, const ExtractorContext& context,
                                 const ActorGroup& object, Relation* relation);

// "dismissed the claims from Berlin", "rejected the accusations by Israel": tokens [begin,
// end) hold a verb of stance or response, a noun of what was said or proposed, and "from" or
// "by" right before the object; the predicate names both ("dismiss claims from"). nullopt
// when they do not.
// The object must be the speaker itself, not the owner of one ("a call from the country's
// research institutes").
std::optional<Predicate> ParseStanceOnClaim(const AnalyzedSentence& s, size_t begin, size_t end,
                                            const ActorGroup& object,
                                            const ExtractorContext& context);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_POSSESSIVE_OBJECT_H_
