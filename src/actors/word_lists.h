// The closed word lists the finder's patterns use, as lookup keys (see WordKey): personal
// titles, organisation head words, words that never start or continue a name.
#ifndef ACTORGRAPH_SRC_ACTORS_WORD_LISTS_H_
#define ACTORGRAPH_SRC_ACTORS_WORD_LISTS_H_

#include <string_view>
#include <vector>

#include "actorgraph/graph/actor.h"

namespace actorgraph::actors_internal {

// Common first names whose bearer's gender the news rarely leaves in doubt ("Angela",
// "Donald"): coreference reads a person's gender from them, the person finder a given name.
bool IsFemaleGivenName(std::string_view key);
bool IsMaleGivenName(std::string_view key);
// The gender those lists give a given name's key; kUnknown for any other word.
enum class Gender { kUnknown, kMale, kFemale };
Gender GivenNameGender(std::string_view key);
// The gender a kin noun shows of the person it names: "his son Al", "Roe's wife, Jo";
// kUnknown for "cousin", "partner" and any other word.
Gender KinNounGender(std::string_view key);
// Function words, adverbs and pronouns that are capitalised only because they start a
// sentence ("However", "Despite", "The"): never the start of an unlisted actor's name.
bool IsFunctionWord(std::string_view key);
// Days of the week and months ("Monday", "Jan"): never part of a name.
bool IsDateWord(std::string_view key);
// Verbs headlines use in title case ("Says", "Visits"): a titled person's name stops there.
bool IsHeadlineVerb(std::string_view key);
// Lower-case name particles: "bin", "al", "de", "van".
bool IsNameParticle(std::string_view key);
// Words after which a capital is a part of another name ("Washington Post",
// "Moscow State University").
bool IsInstitutionWord(std::string_view key);
// Words that make a country's name into a publication's ("USA Today", "China Daily").
bool IsPublicationWord(std::string_view key);
// Lower-case words a demonym is not a modifier of ("Americans are", "Iranians and").
bool IsNonNounWord(std::string_view key);
// Forms of "tell", whose addressee a clause may follow unmarked ("told Reuters Peru was").
bool IsTell(std::string_view key);

// Head words of organisations and bodies ("Ministry", "Party", "Corp."). `type` receives
// the actor type the head gives (kGroup for "Front", "Movement", "Brigades", ...).
bool IsOrganizationHead(std::string_view key, ActorType* type);
// Head words that open a body's name in Romance languages, the rest of the name after
// them ("Institut National de Recherche Biomédicale", "Partido Revolucionario
// Institucional", "Universidad de Chile"). Also organisation heads.
bool IsHeadFirstOrganizationHead(std::string_view key);
// Lower-case words that join the words of a Romance body's name, as "of" does in English
// ("de", "del", "da", "di", "do"), and the articles after them ("la", "los", "le").
bool IsRomanceConnector(std::string_view key);
bool IsRomanceArticle(std::string_view key);

struct Title {
  std::vector<std::string_view> keys;  // "secretary", "of", "state"
  bool lowercase_ok = false;           // also a title when written in lower case
};
// True for a one-word title ("President", "Gen."), given its key.
bool IsSingleWordTitleKey(std::string_view key);
// Personal titles, longest first.
const std::vector<Title>& Titles();
// Roles that are never part of a name after a title: "Candidate", "Emeritus", "Officer".
bool IsRoleWord(std::string_view key);
// Titles that are also names or parts of names ("Martin Luther King", "John Major"): a
// capitalised word before them makes them part of that name.
bool IsAlsoAName(std::string_view key);
// A minister's portfolio in one word: "Minister of Information", "Secretary for Health".
bool IsPortfolioWord(std::string_view key);
// Words between an affiliation and a title: "Iran's top general", "the former President".
bool IsTitleAdjective(std::string_view key);

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_WORD_LISTS_H_
