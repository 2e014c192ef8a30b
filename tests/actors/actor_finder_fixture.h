// Shared fixtures for the actor-finder tests: a small dictionary, the real segmenter, and
// a one-line rendering of mentions to compare whole results. Header-only: the test glob
// compiles only *_test.cc files.
#ifndef ACTORGRAPH_TESTS_ACTORS_ACTOR_FINDER_FIXTURE_H_
#define ACTORGRAPH_TESTS_ACTORS_ACTOR_FINDER_FIXTURE_H_

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/actors/actor_finder.h"
#include "actorgraph/actors/mention.h"
#include "actorgraph/text/document.h"
#include "actorgraph/text/segmenter.h"

namespace actorgraph::testing {

inline constexpr char kSmallDictionary[] = R"({"format": "actorgraph-actors", "version": 1, "actors": [
{"id": "united_states", "name": "United States", "type": "country", "code": "USA",
 "names": ["United States of America", "America"], "acronyms": ["US", "U.S.", "USA"],
 "capitals": ["Washington", "White House"], "demonyms": ["American", "Americans"]},
{"id": "iran", "name": "Iran", "type": "country", "code": "IRN", "capitals": ["Tehran"],
 "demonyms": ["Iranian", "Iranians"]},
{"id": "iraq", "name": "Iraq", "type": "country", "code": "IRQ", "capitals": ["Baghdad"],
 "demonyms": ["Iraqi", "Iraqis"]},
{"id": "russia", "name": "Russia", "type": "country", "code": "RUS",
 "capitals": ["Moscow", "the Kremlin"], "demonyms": ["Russian", "Russians"]},
{"id": "china", "name": "China", "type": "country", "code": "CHN", "capitals": ["Beijing"],
 "demonyms": ["Chinese"]},
{"id": "turkey", "name": "Turkey", "type": "country", "code": "TUR", "capitals": ["Ankara"],
 "demonyms": ["Turkish", "Turks"]},
{"id": "chad", "name": "Chad", "type": "country", "code": "TCD", "capitals": ["N'Djamena"],
 "demonyms": ["Chadian"]},
{"id": "libya", "name": "Libya", "type": "country", "code": "LBY", "capitals": ["Tripoli"],
 "demonyms": ["Libyan", "Libyans"]},
{"id": "israel", "name": "Israel", "type": "country", "code": "ISR", "capitals": ["Jerusalem"],
 "demonyms": ["Israeli", "Israelis"]},
{"id": "palestine", "name": "Palestine", "type": "country", "code": "PSE",
 "demonyms": ["Palestinian", "Palestinians"]},
{"id": "jordan", "name": "Jordan", "type": "country", "code": "JOR", "capitals": ["Amman"]},
{"id": "guinea_bissau", "name": "Guinea-Bissau", "type": "country", "code": "GNB"},
{"id": "european_union", "name": "European Union", "type": "organization",
 "acronyms": ["EU"]},
{"id": "world_health_organization", "name": "World Health Organization",
 "type": "organization", "acronyms": ["WHO"]},
{"id": "united_nations", "name": "United Nations", "type": "organization",
 "acronyms": ["UN", "U.N."]},
{"id": "un_security_council", "name": "UN Security Council", "type": "organization",
 "names": ["United Nations Security Council", "Security Council"], "parent": "united_nations"},
{"id": "recep_tayyip_erdogan", "name": "Recep Tayyip Erdoğan", "type": "person",
 "affiliation": "turkey"},
{"id": "queen_ingrid_vale", "name": "Queen Ingrid Vale", "type": "person",
 "names": ["Ingrid Vale"]},
{"id": "jcpoa", "name": "JCPOA", "type": "other",
 "names": ["Joint Comprehensive Plan of Action"]}
]})";

inline const ActorDictionary& SmallDictionary() {
  static const ActorDictionary* dictionary = [] {
    auto* d = new ActorDictionary();
    Status status = d->AddJson(kSmallDictionary, "small.json");
    EXPECT_TRUE(status.ok()) << status.ToString();
    return d;
  }();
  return *dictionary;
}

struct Analysed {
  Document document;
  std::vector<Sentence> sentences;
};

inline Analysed Analyse(const std::string& text) {
  Analysed analysed;
  analysed.document.id = "doc";
  analysed.document.text = text;
  auto segmenter = Segmenter::Create();
  EXPECT_TRUE(segmenter.ok()) << segmenter.status().ToString();
  if (segmenter.ok()) analysed.sentences = segmenter->Segment(analysed.document);
  return analysed;
}

inline std::vector<Mention> FindIn(const std::string& text, ActorFinderOptions options = {}) {
  Analysed analysed = Analyse(text);
  ActorFinder finder(SmallDictionary(), options);
  return finder.FindMentions(analysed.document, analysed.sentences);
}

inline std::string Render(const std::vector<Mention>& mentions) {
  std::string out;
  for (const Mention& m : mentions) {
    if (!out.empty()) out += " | ";
    out += m.surface;
    if (m.how == Resolution::kGroupReference) {
      out += "={";
      for (size_t i = 0; i < m.members.size(); ++i) {
        if (i) out += ",";
        out += m.members[i].id;
      }
      out += "}";
    } else {
      out += "=" + m.actor.id;
    }
    if (m.how != Resolution::kDictionary && m.how != Resolution::kGroupReference) {
      out += "/" + std::string(ResolutionName(m.how));
    }
    if (m.modifier) out += "+mod";
    if (!m.actor.affiliation.empty()) out += "@" + m.actor.affiliation;
  }
  return out;
}

// The built-in dictionary, loaded once; a broken one fails the test that first asks.
inline const ActorDictionary& DefaultDictionary() {
  static const ActorDictionary* dictionary = [] {
    auto loaded = ActorDictionary::LoadDefault();
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return new ActorDictionary(loaded.ok() ? std::move(loaded).value() : ActorDictionary());
  }();
  return *dictionary;
}

// Render() of what the built-in dictionary finds in `text`.
inline std::string FindRenderedWithDefault(const std::string& text) {
  Analysed analysed = Analyse(text);
  ActorFinder finder(DefaultDictionary(), ActorFinderOptions());
  return Render(finder.FindMentions(analysed.document, analysed.sentences));
}

// A sentence and the Render() of what the built-in dictionary finds in it.
struct RenderCase {
  const char* text;
  const char* expected;
};

inline void ExpectRenderedWithDefault(const std::vector<RenderCase>& cases) {
  for (const RenderCase& c : cases) {
    EXPECT_EQ(FindRenderedWithDefault(c.text), c.expected) << "text: " << c.text;
  }
}

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_ACTORS_ACTOR_FINDER_FIXTURE_H_
