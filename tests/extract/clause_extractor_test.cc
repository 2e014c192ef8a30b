#include "extract/clause_extractor.h"

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

class ClauseExtractorTest : public ::testing::TestWithParam<Case> {};

TEST_P(ClauseExtractorTest, ExtractsExpectedTriples) {
  auto extractor = extract::MakeClauseExtractor(testing::TestContext());
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence, extractor.get()), GetParam().expected)
      << GetParam().sentence;
}

const Case kCases[] = {
    // SVO, irregular verbs lemmatised.
    {"[Turkey] invaded [Syria] in October.", "Turkey -[invade]-> Syria"},
    {"the [US] withdrew from the [JCPOA=organization] in 2018.", "United States -[withdraw from]-> JCPOA"},
    {"[Iran] insists on talks with the [EU].", "Iran -[insist on talks with]- European Union"},
    {"[Pakistan] fought [India] over the region.", "Pakistan -[fight]- India"},
    // Auxiliaries, adverbs, negation and modality.
    {"[Russia] has repeatedly criticized the [EU].", "Russia -[criticize]-> European Union"},
    {"[Iran] did not attack [Iraq].", "Iran -[not attack]-> Iraq"},
    {"[Iran] may soon attack [Israel].", "Iran -[attack (may)]-> Israel"},
    {"[Iran] threatened to attack [Israel].", "Iran -[attack (threaten)]-> Israel"},
    {"[Iran] refused to meet the [US].", "Iran -[not meet]- United States"},
    // Passives with an agent, also as a modifier in the by-phrase.
    {"[Qasem Soleimani=person] was killed by a {US} drone strike.",
     "United States -[kill]-> Qasem Soleimani"},
    {"[Syria] was attacked by [Israel].", "Israel -[attack]-> Syria"},
    {"[Qasem Soleimani=person] was killed in [Iraq].", ""},
    // Control and that-clauses.
    {"the [UN] urged the [US] and [Iran] to avoid provocative actions.",
     "United Nations -[urge]-> United States; United Nations -[urge]-> Iran"},
    {"the [US] continues to demand that [Iran] limit its nuclear activities.",
     "United States -[demand]-> Iran"},
    // Coordination distributes over subjects and objects.
    {"[Russia] and [China] support [Iran].", "Russia -[support]-> Iran; China -[support]-> Iran"},
    // Copular and light-verb wrappers.
    {"[Russia] and [China], both of which are permanent members of the [UN Security "
     "Council=organization], have been vocal in their support for diplomatic engagement with "
     "[Iran].",
     "Russia -[be a permanent member of]-> UN Security Council; China -[be a permanent member "
     "of]-> UN Security Council; Russia -[support diplomatic engagement with]-> Iran; China "
     "-[support diplomatic engagement with]-> Iran"},
    {"[both nations|Russia,China] have maintained strong relations with [Tehran] and have been "
     "critical of the [US]'s strategy.",
     "Russia -[maintain strong relations with]- Iran; China -[maintain strong relations with]- "
     "Iran; Russia -[be critical of]-> United States; China -[be critical of]-> United States"},
    {"the [US] imposed new sanctions on [Iran].", "United States -[sanction]-> Iran"},
    {"[Iran] has relations with [Syria].", "Iran -[have relations with]- Syria"},
    // Symmetric predicates of a coordinated subject.
    {"the [United States] and [Iran] engage in talks aimed at easing tensions.",
     "United States -[engage in talks]- Iran"},
    {"[the two nations|United States,Iran] have never fully reconciled their differences.",
     "United States -[not reconcile]- Iran"},
    // Relative clauses and participle clauses.
    {"[Iran], which backs [Syria], said nothing.", "Iran -[back]-> Syria"},
    {"the [UN] has called for restraint, urging the [US] and [Iran] to avoid war.",
     "United Nations -[urge]-> United States; United Nations -[urge]-> Iran"},
    // Not a subject: inside a prepositional phrase or a possessive.
    {"Talks with [Iran] support [Syria].", ""},
    {"[Iran]'s allies attacked [Israel].", ""},
    // A state through its forces, envoys or government.
    {"{Turkish} troops attacked [Syria] on Monday.", "Turkey -[attack]-> Syria"},
    {"The statement said [US] troops had defeated [ISIS=group] and [Turkey] would be moving "
     "into [Syria].",
     "United States -[defeat]-> ISIS"},
    // Passive with a phrase before the agent; wrappers around a verb.
    {"[Turkey] was condemned in a joint statement by [Egypt] on Monday.",
     "Egypt -[condemn]-> Turkey"},
    {"The [United States] was more forceful in blaming [Iran] for the attack.",
     "United States -[blame]-> Iran"},
    {"[Ukraine] is currently in a military conflict with [Russia].",
     "Ukraine -[be in military conflict with]- Russia"},
    // A second verb phrase after an object that is no actor.
    {"Foreign Secretary [Dominic Raab=person] urged the embassy to reconsider and spoke with "
     "[Mike Pompeo=person] about the case.",
     "Dominic Raab -[speak with]- Mike Pompeo"},
    // Conditions are hedged; appositions state membership.
    {"She offered to sing if [Pakistan] defeated [India] in the match.",
     "Pakistan -[defeat (if)]-> India"},
    {"[UNESCO=organization], a specialized agency of the [UN], is based in [Paris].",
     "UNESCO -[be a specialized agency of]-> United Nations"},
    // The state standing for its office; "X said it ..." is X.
    {"[Colombia]'s president thanked [Norway] and [Cuba] for their help.",
     "Colombia -[thank]-> Norway; Colombia -[thank]-> Cuba"},
    {"[Pyongyang] said it would not hold talks with [Seoul] or [Washington].",
     "Pyongyang -[not hold talks with (would)]- Seoul; Pyongyang -[not hold talks with (would)]- "
     "United States"},
    {"The military government in [Bamako] has relied on [Russia] for its security.",
     "Bamako -[rely on]-> Russia"},
    {"[Argentina] has been openly hostile to the government in [Caracas].",
     "Argentina -[be hostile to]-> Caracas"},
    // Membership and alliance in relative clauses and appositions.
    {"[NATO=organization], of which [Turkey] is a member, kept silent.",
     "Turkey -[be a member of]-> NATO"},
    {"[China], [Pakistan]'s closest ally, welcomed the talks.",
     "China -[be allied with]- Pakistan"},
    {"[Cuba] has been a close ally of [Venezuela] for two decades.",
     "Cuba -[be allied with]- Venezuela"},
    // Stance on an actor's act; actors that only modify a relation noun.
    {"[Japan] and [South Korea] condemn {North Korean} missile launch",
     "Japan -[condemn]-> North Korean; South Korea -[condemn]-> North Korean"},
    {"[Germany] and [France] back new [EU] sanctions on [Belarus]",
     "Germany -[back sanctions on]-> Belarus; France -[back sanctions on]-> Belarus"},
    // Particle verbs around their object; time phrases; two parties agreeing.
    {"the [United States] withdrew its remaining troops from [Syria].",
     "United States -[withdraw from]-> Syria"},
    {"The [UN Security Council=organization] on Tuesday urged [Ethiopia] to avoid war.",
     "UN Security Council -[urge]-> Ethiopia"},
    {"[Sudan] and [South Sudan] agree to reopen border crossings",
     "Sudan -[agree with]- South Sudan"},
    {"[Norway], [Egypt] and [Russia] agreed to help [OPEC=organization].",
     "Norway -[help]-> OPEC; Egypt -[help]-> OPEC; Russia -[help]-> OPEC"},
    // A reciprocal predicate with another object is not reciprocal.
    {"[Japan] and [Korea] are today meeting {British} finance chiefs.", ""},
    // A headline noun with its preposition states the verb.
    {"Japan understands [US] attack on [Iran] oil platform", "United States -[attack]-> Iran"},
    // Words the vocabulary does not know give nothing.
    {"[Iran] said [Iraq] was calm.", ""},
    {"[France] and [Germany] discussed the weather.", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, ClauseExtractorTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace actorgraph
