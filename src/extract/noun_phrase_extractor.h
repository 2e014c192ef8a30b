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

std::unique_ptr<Extractor> MakeNounPhraseExtractor(const ExtractorContext& context);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_NOUN_PHRASE_EXTRACTOR_H_
