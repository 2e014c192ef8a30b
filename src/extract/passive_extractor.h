// PassiveExtractor: what a sentence's subject undergoes, in the forms the clause extractor's
// left-to-right predicate reading does not reach.
// - "under X sanctions|pressure|attack|control": the state the subject is in names its
//   agent: "Iran has been under US sanctions since 2018" -> United States sanction Iran;
//   also "under pressure from X", "under the control of X", and in an apposition or
//   relative clause ("Turkey, already under EU sanctions, ...").
// - A verb phrase coordinated after a comma, passive or active, whose subject is the
//   sentence's subject: "Turkey is already under EU sanctions, and was criticised last week
//   in a letter by Greece and Cyprus" -> Greece/Cyprus criticize Turkey.
// - A participle after a message the subject issued: "Pompeo posted a message on Twitter
//   blaming Iran" -> Pompeo blame Iran (the message's act is its author's).
// - Joining another in an act: "France joined Germany in condemning Russia" -> France and
//   Germany condemn Russia; also "Germany was joined by France in ...".
// Reduced relatives after another noun ("the debates sponsored by X") are left alone: their
// agent acts on that noun, not on the subject. Runs after the clause extractor and skips
// actor pairs an earlier extractor related in the sentence.
#ifndef ACTORGRAPH_SRC_EXTRACT_PASSIVE_EXTRACTOR_H_
#define ACTORGRAPH_SRC_EXTRACT_PASSIVE_EXTRACTOR_H_

#include <memory>

#include "actorgraph/extract/extractor.h"

namespace actorgraph::extract {

std::unique_ptr<Extractor> MakePassiveExtractor(const ExtractorContext& context);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_PASSIVE_EXTRACTOR_H_
