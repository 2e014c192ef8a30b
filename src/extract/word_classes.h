// Closed word classes of English that the extractors read predicates with. All take a
// lower-cased token.
#ifndef ACTORGRAPH_SRC_EXTRACT_WORD_CLASSES_H_
#define ACTORGRAPH_SRC_EXTRACT_WORD_CLASSES_H_

#include <string>
#include <string_view>
#include <vector>

namespace actorgraph::words {

bool IsBe(std::string_view w);          // be, is, are, was, were, been, being, 's, 're, am
bool IsHave(std::string_view w);        // have, has, had, having, 've
bool IsDo(std::string_view w);          // do, does, did
bool IsFuture(std::string_view w);      // will, shall, 'll
bool IsModal(std::string_view w);       // may, might, could, would, should, can, must
bool IsNegation(std::string_view w);    // not, n't, never, no longer (as "no")
bool IsHedge(std::string_view w);       // reportedly, allegedly, rarely, seldom, ...
bool IsAdverb(std::string_view w);      // also, still, already, ...; and -ly words
bool IsDeterminer(std::string_view w);  // the, a, an, this, these, its, their, ...
bool IsPreposition(std::string_view w); // with, on, of, against, ...
bool IsRelativePronoun(std::string_view w);  // which, who, that, whom
bool IsQuantifier(std::string_view w);  // both, all, each, one, two, ... (of which)
bool IsCoordinator(std::string_view w); // and, &
bool IsPunctuation(std::string_view w); // a token without letters or digits
// A title before a person's name: president, minister, general, spokesman, ...
bool IsTitleWord(std::string_view w);
// A generic head after a demonym that makes the phrase stand for the state or people:
// "Iranian forces", "Turkish troops", "US officials".
bool IsStateHead(std::string_view w);
// A weapon, craft or strike standing for the state that uses it: "Iranian missiles struck",
// "a Chinese coast guard vessel fired at a Philippine fishing boat". Only after a demonym
// or state name: the extractors read it through StateGroupAt.
bool IsStateMateriel(std::string_view w);
// A singular office or body that acts for the one actor of its of-phrase: "the president of
// Turkey", "the spokesman for the Kremlin", "the government of Ethiopia". Not the titles
// too wide to stand for an actor ("an official of", "the head of") or that only modify
// another ("foreign", "prime").
bool IsOfficeHead(std::string_view w);
// A plural noun whose of-phrase lists the actors it is made of, all of which act: "the Gulf
// states of Bahrain and the UAE", "the navies of France and India", "the foreign ministers
// of Egypt and Jordan".
bool IsPluralOfficeHead(std::string_view w);
// A noun saying what kind of body the name after it is: "the energy company X", "the
// charity X", "the villainous faction X", "news agency X".
bool IsBodyKindNoun(std::string_view w);
// What "X is a ... of Y" may say X is as a part of Y: member, subsidiary, unit, division,
// branch, affiliate, territory, province, colony, dependency, protectorate.
bool IsPartNoun(std::string_view w);
// Words that may stand before a part noun though the lemmatizer knows no adjective in them:
// "a founding member", "a wholly owned subsidiary", "an overseas territory".
bool IsPartModifier(std::string_view w);
// A two-word head: "coast guard", "air force", "state media", "air strikes".
bool IsStateHeadPair(std::string_view first, std::string_view second);

// A verb taking a to-infinitive that does not change who acts: "continue to", "threaten
// to". Sets *modality ("" for none) and *negates ("refuse to", "fail to").
bool IsCatenative(std::string_view lemma, std::string_view* modality, bool* negates);

// A verb whose subject gets what its object noun names: seek, win, receive, get, secure,
// gain, earn, obtain, lose, request, ask for. "the N of X" after it may name X as the
// giver ("sought the support of X": X supports), so X is not read as N's object.
bool IsVerbOfGetting(std::string_view lemma);

// The token after a phrase of time that starts at `k` in `lower`, read no further than
// `end`: "yesterday", "on Monday", "last week", "earlier this year", "in the last few
// years", "over the past decade", "in recent months", "in 2019", "since March", "for
// years". `k` itself when none starts there.
size_t TimePhraseEnd(const std::vector<std::string>& lower, size_t k, size_t end);

}  // namespace actorgraph::words

#endif  // ACTORGRAPH_SRC_EXTRACT_WORD_CLASSES_H_
