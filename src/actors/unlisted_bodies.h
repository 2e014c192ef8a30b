// Bands, media and other bodies named without a head word, found by the words
// around the name rather than inside it: a title-cased "The" in mid-sentence
// ("left for The Rolling Stones"), an acronym after a person's "of" ("John Tamm
// of NOAA"), a medium addressed by a speech verb ("told ThePrint", "in remarks
// to ABC").
#ifndef ACTORGRAPH_SRC_ACTORS_UNLISTED_BODIES_H_
#define ACTORGRAPH_SRC_ACTORS_UNLISTED_BODIES_H_

#include "actors/finder_state.h"

namespace actorgraph::actors_internal {

// "played with The Rolling Stones", "told the The Independent": a capitalised
// "The" after a lower-case word starts a title, and a title of one to four
// capitalised words that is not a work's ("the album The Wall", "in "The
// Godfather"") names a body (how = kPattern, an organisation). Not in headings.
// Runs before the capitalised-name finder, so "Mick Jagger of The Rolling
// Stones" gives the person its "of <body>" cue.
void FindTitleCasedBodies(SentenceState *sentence);

// "the Nevada Independent", "the Tehran Times", "the Irish Examiner": a place
// or demonym after a lower-case "the" and before one or two capitalised words
// that end newspapers' names (Times, Post, Herald, Independent, Examiner, ...)
// is the paper's name, not the place (how = kPattern, an organisation with the
// place as its affiliation).
void FindPapersNamedForPlaces(SentenceState *sentence);

// After the people are found: acronyms and media no dictionary lists that the
// context makes a body (how = kPattern, an organisation).
//  - "<person> of <ACRONYM>" ("John Tamm of NOAA", "Lia Wu of KXAN 5 news"): a
//  person's
//    "of" before an acronym names the body the person works for.
//  - "told <ACRONYM>", "in remarks to <ACRONYM>", "in an interview with
//  <ACRONYM>": the
//    listener of a speech verb or noun spelt as an acronym is a medium.
//  - "told <CamelCase>" ("told HuffPost"): a one-word name with a capital
//  inside it after
//    its third letter is a medium's brand, not a person's surname ("McGurk",
//    "DeVos").
//  - "told Discover Magazine", "as reported by the Hurriyet Daily News",
//    "according to Kamloops This Week": after a speech or source cue, two to
//    four capitalised words ending in a medium's head word (Magazine, News,
//    Times, Reporter, Week, ...) name a medium; a demonym first word ("Greek
//    Reporter") becomes its affiliation.
void FindAddressedBodies(SentenceState *sentence);

// After FindAddressedBodies: one to four capitalised words no mention covers after the
// "of" of an office held in a body ("the manager of Harbor Publicity", "a member of Quiet
// Harbour", "the founder of Greyline Records") name the body (how = kPattern, an
// organisation). Not a state's or a town's office (governor, mayor, minister), not a
// portfolio or rank ("Director of Communications", "head of State"), not a bare "the
// director of" (of a film as often), not a run that goes on past a capitalised word, a
// possessive, a number, "of" or brackets, nor one a lower-case noun or "at" follows ("the
// African nation", "Director of International Commodities at ..."). Not in headings.
void FindBodiesAfterOffices(SentenceState *sentence);

// A town is an actor where the text names its own office or body: one to three
// capitalised words no mention covers before a possessive and a town's office (
// "Springfield's police chief", "Springfield's mayor") or after "the" before one ("the
// Springfield mayor", "the Springfield city council"), or after a mayor's "of" ("the
// mayor of Springfield"), are the town (how = kPattern, type
// country, no code: a region to the extraction pipeline). Not in headings.
void FindTownsOwningOffices(SentenceState *sentence);

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_UNLISTED_BODIES_H_
