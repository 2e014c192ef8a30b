// NounPhraseExtractor: relations stated inside longer news noun phrases, which the nominal
// and clause readers miss because of the words in between: "the Turkish-Libyan maritime
// border agreement", "the US withdrawal from the Paris Agreement", "Kremlin critic Alexei
// Navalny", "his main rival Joe Biden", "mediated an end to the conflict between Israel and
// Egypt", "relations between Israel and the UAE and Bahrain", "alleged Iranian involvement".
// Runs after the pattern extractors and leaves alone pairs they already related.
#ifndef ACTORGRAPH_SRC_EXTRACT_NOUN_PHRASE_EXTRACTOR_H_
#define ACTORGRAPH_SRC_EXTRACT_NOUN_PHRASE_EXTRACTOR_H_

#include <memory>

#include "actorgraph/extract/extractor.h"

namespace actorgraph::extract {

// Everything but the standing relations below; only for pairs left unrelated.
std::unique_ptr<Extractor> MakeNounPhraseExtractor(const ExtractorContext& context);

// Standing relations named by a noun ("Putin critic Alexei Navalny", "his main rival Joe
// Biden", "Trump's opponent, Joe Biden,"): a fact apart from what a clause says of the same
// pair ("Trump attacked his rival Joe Biden" states both), so it runs after every other
// extractor (the Link Grammar reader skips pairs already related) and emits even for
// related pairs. Its triples are named "noun_phrase" too.
std::unique_ptr<Extractor> MakeStandingRelationExtractor(const ExtractorContext& context);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_NOUN_PHRASE_EXTRACTOR_H_
