// Coreference: pronouns and definite descriptions that stand for an actor named before.
// "He named the PKK" (he = the person the previous sentence was about), "the country's
// foreign minister" (the country in focus), "the company said it would sue" (it = the
// company, itself = the firm named before).
//
// Cheap and bounded: no parsing, words and sentences only, at most three sentences back
// (five for a title: "the president"). The rules, all of them conservative — a reference
// that two antecedents could equally fill is left alone:
//  - Focus. The candidates for a reference are the fitting actors named before it in its
//    sentence; when there are none, those of the nearest of the previous sentences that
//    names any. One distinct candidate is the antecedent; with several, the sentence's
//    subject if it is one of them; otherwise nothing. The subject is the first head
//    mention with only titles, modifiers and a comma-closed lead-in ("On Monday,") before
//    it, or the speaker after an opening quotation ("'...,' Trump said"); after a clause
//    opened by a subordinator or a lead-in, a short prepositional phrase between commas
//    is skipped ("Though she was praised, opposite X, Day chose").
//  - he/him/his/himself, she/her/herself: a person. Not inside a quotation. "him"/"her"
//    as an object skip a person in the same clause ("Trump praised him"). The gender of a
//    person, when the document shows it (Mr., Queen, an earlier "he") or a common first
//    name does, must agree. Left alone near a person the news introduces by a common noun
//    ("one analyst said", "a Treasury spokesman said"), near a person the finder does not
//    know (a capitalised word no mention covers opens the sentence: "After the funeral,
//    Haitham said"; not an adjective before a role noun and a known name: "Yesterday,
//    English drummer Ginger Baker died"), near a bare surname two people share, after an
//    unresolved "he"/"she" of the same gender in the sentence, and as the subject of its
//    head's relative clause ("X, whom she divorced"). A "his"/"her" in a
//    phrase before the person a comma brings after it ("As part of his campaign, X
//    pledged") shows no unknown person. Capitalised first-person words inside a sentence
//    ("the film Love Me or Leave Me") are a title's, not speech. A previous sentence whose
//    speech has a "he"/"she" it named no one for ("X said, 'He was great.'") leaves its
//    speaker doubtful; one whose only fitting person is named inside its speech (at least
//    eight words), beside a named speaker, gives that person ("Leinen said 'Munk was a
//    treasure.' She described him").
//  - the country, the nation: a country; the government: a country, only when exactly one
//    is in focus and it is no part of a country the document names as often (Wales in a
//    UK story); the state: the one state of a federation in focus ("Ohio ... the state").
//  - the company, the firm, the carrier, the airline, the group: a company (an
//    organisation whose name reads as a firm's) — "the group" also an armed group; the
//    agency, the organisation, the alliance, the party, the bloc: a body whose name has
//    that head ("Atomic Energy Agency"), or for the bloc a bloc of states (the EU).
//  - the network, the commission, the court, the coalition, the council, the ministry, the
//    university, the police, the fire service: a body whose name has that head, or that
//    the document introduced with that noun ("X, the country's largest television
//    network", "broadcaster X", "X is a commission that"). The one such body in its
//    sentence, else in the last three sentences, else in the whole document before it; two
//    there, a fitting subject of its own sentence, or a noun after it ("the court system")
//    leave it alone. A body named in full inside an earlier quotation counts when its name
//    has the head. An actor its sentence already called by another description ("the
//    coalition") is not the one a second description ("the group") means.
//  - the Senate, the House, the Congress, the parliament, the legislature, the state
//    senate: the chamber so named, else the whole legislature of the one state whose
//    chambers the document named (and names at least as often as any other country).
//  - the president, the prime minister, the minister, the leader, the judge, ...: the one
//    person in the last five sentences a title of theirs ends with that word ("Foreign
//    Minister"), unless "another judge" there introduces someone else so titled.
//  - it/its (optional, see CoreferenceOptions): an organisation, company or country that is
//    the subject of the same sentence (or, for "its" with nothing before it, of the
//    previous one), with no other such actor between: "The SDF announced it had entered",
//    "Iran and its allies". "it" only right after a reporting verb ("said it would"); with
//    no subject seen, the one such actor standing right before that verb.
#ifndef ACTORGRAPH_SRC_ACTORS_COREFERENCE_H_
#define ACTORGRAPH_SRC_ACTORS_COREFERENCE_H_

#include <vector>

#include "actors/finder_state.h"

namespace actorgraph::actors_internal {

struct CoreferenceOptions {
  bool resolve_it = true;  // "it" and "its"
};

// The references of every sentence of a document, resolved (how = kCoreference), one
// vector per state. `states` hold the named mentions with their final actors; a reference
// never overlaps one. Possessive references ("his", "its", "the country's") are modifiers.
std::vector<std::vector<Found>> FindCoreferences(const std::vector<SentenceState>& states,
                                                 const CoreferenceOptions& options);

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_COREFERENCE_H_
