// Unlisted organisations and bodies: capitalised names with a head word ("Federal Security
// Service", "Ministry of Foreign Affairs"), with their country when a demonym or country
// precedes them ("the Iraqi Parliament", "Iran's Foreign Ministry"), and acronyms given in
// parentheses ("(FSB)"), which become aliases for the rest of the document.
#ifndef ACTORGRAPH_SRC_ACTORS_ORGANIZATIONS_H_
#define ACTORGRAPH_SRC_ACTORS_ORGANIZATIONS_H_

#include "actors/alias_table.h"
#include "actors/finder_state.h"
#include "actors/name_matcher.h"

namespace actorgraph::actors_internal {

// A word spelled as an acronym: two to eight letters or digits, letters all capitals
// ("FSB", "U.S.", "G7").
bool LooksLikeAcronym(const Word& word);

// A legal suffix that ends a company's name: "Inc", "Corp", "Co", "Ltd", "PLC", "AG" (the
// word's key).
bool IsLegalSuffix(std::string_view key);

// An organisation no dictionary lists, found by a pattern over words [begin, end): named by
// the words (how = kPattern), with no affiliation.
Found PatternBody(const std::vector<Word>& words, size_t begin, size_t end);

// Adds organisation mentions (how = kPattern) for capitalised runs with a head word. Not
// for headings: their title case would turn any phrase into a name.
//  - "Iraqi Parliament", "US Army": the demonym or country joins the name and is its
//    affiliation (one mention, no separate country mention).
//  - "Iran's Foreign Ministry": the country keeps its mention; the body is named with the
//    country's demonym ("Iranian Foreign Ministry"), so both spellings are one actor.
//  - A bare head ("the Parliament") is left to the aliases.
//  - "Heinl's Nursery Inc": a word and a possessive open a company's name that ends in a
//    legal suffix, unless `aliases` (the document's earlier names) know the word: "Nacco's
//    North American Coal Co" after "Nacco" is the owner's unit.
void FindOrganizations(const NameMatcher& matcher, const AliasTable& aliases,
                       SentenceState* sentence);

// "retailer Tesco", "news agency Fars", "the airline Mahan Air": a capitalised name of one
// to four words right after a lower-case noun of a kind of organisation is that
// organisation (how = kPattern). Runs after FindOrganizations, so "Salling Group" keeps its
// own mention; a run starting with a given name stays a person's, and a name the document
// has already given an actor stays that actor's alias ("a company Pennzoil believed ...").
void FindOrganizationsAfterKindNouns(const AliasTable& aliases, SentenceState* sentence);

// "Chris Fallows of Apex Shark Expeditions, a company that ...": one to four capitalised
// words no mention covers, after a lower-case word and before ", a" (or "an"), at most one
// describing word and a noun of a kind of organisation that ends its phrase (punctuation,
// "that", "which", "based", "in", ...; not "a company spokesman"), are that organisation
// (how = kPattern). Not a run opening with a given name, nor in headings.
void FindOrganizationsBeforeKindNouns(const AliasTable& aliases, SentenceState* sentence);

// "X (ACR)": registers ACR as an alias of the actor of X (a dictionary or pattern actor,
// not a person) and adds its mention. An acronym after anything else is left alone: most
// are products, laws and units ("End of Life (EOL)"), not actors.
//
// An acronym defined for a name no mention covers, in either order ("All Elite Wrestling
// (AEW)", "AEW (All Elite Wrestling)"), makes the name an organisation (how = kPattern) and
// the acronym its alias when the initials spell it and the definition stands where a body
// does (after "for", "from", "by", "joined", "signed", "left"; or a speech verb after
// the brackets: "(DW) reported"); an acronym before brackets that hold an actor's name
// ("WWE (World Wrestling Entertainment)") is that actor's alias. A short name of two or
// three words in brackets after a body's name, each word from that name ("Pennsylvania
// State University (Penn State)"), is the body's alias too.
void FindParenthesisedAcronyms(SentenceState* sentence, AliasTable* aliases);

// "Chevron Corp <CHV> said": a stock ticker in angle brackets right after an
// organisation's mention is written as part of its name there, so the mention takes it in
// (after aliases are registered: the ticker is no name of its own).
void ExtendOverTickers(SentenceState* sentence);

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_ORGANIZATIONS_H_
