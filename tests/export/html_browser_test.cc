// The HTML page `actorgraph render --to html` writes, driven in a real headless Chromium:
// the page's "#test=" scenario searches, selects, finds a path and opens an edge, and writes
// what the DOM then shows into #test-output, which --dump-dom hands back to us.
#include <filesystem>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "actorgraph/graph/graph_file.h"
#include "export/export_test_util.h"

namespace actorgraph::testing {
namespace {

constexpr const char* kChromium = "/usr/bin/chromium";

std::string ChromiumCommand(const TempDir& profile) {
  return std::string(kChromium) +
         " --headless --no-sandbox --disable-gpu --disable-background-networking"
         " --disable-component-update --disable-sync --no-first-run --hide-scrollbars"
         " --user-data-dir=" + Quote(profile.File("profile")) + " --virtual-time-budget=5000";
}

Triple Step(std::string_view subject, std::string_view relation, std::string_view object,
            std::string_view sentence) {
  Triple triple = MakeTriple(subject, relation, object, "wire-7", sentence, "2026-04-01");
  triple.relation.category = Category::kVerbalConflict;
  return triple;
}

// A chain Valmoria - Kessaria - Ostrel Pact - Serin Guard, a side branch, an alias and a
// name that would end the data <script> if it were not escaped.
std::string WritePageGraph(const TempDir& dir) {
  KnowledgeGraph graph;
  Triple aliased = Step("Valmoria", "accuse", "Kessaria", "Valmoria accused Kessaria of theft.");
  aliased.subject.aliases = {"Republic of Valmoria"};
  graph.AddTriple(aliased);
  graph.AddTriple(Step("Kessaria", "condemn", "Ostrel Pact", "Kessaria condemned the Pact."));
  graph.AddTriple(Step("Ostrel Pact", "warn", "Serin Guard", "The Pact warned the Guard."));
  graph.AddTriple(Step("Valmoria", "praise", "Tarvassa", "Valmoria praised Tarvassa."));
  graph.AddTriple(Step("</script><!-- Halvorsen", "sue", "Tarvassa", "A suit </script> was filed."));
  std::ostringstream out;
  EXPECT_TRUE(WriteGraphFile(graph, out).ok());
  WriteFile(dir.path() / "g.json", out.str());
  return dir.File("g.json");
}

std::string Unescape(std::string text) {
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&amp;", "&"}};
  for (const auto& [entity, character] : entities) {
    for (size_t pos = 0; (pos = text.find(entity, pos)) != std::string::npos;) {
      text.replace(pos, std::string_view(entity).size(), character);
      pos += std::string_view(character).size();
    }
  }
  return text;
}

std::string Strings(const rapidjson::Value& array) {
  std::string out;
  for (const auto& item : array.GetArray()) out += std::string(out.empty() ? "" : "|") + item.GetString();
  return out;
}

TEST(HtmlBrowserTest, SearchSelectPathAndEvidenceWorkInChromium) {
  if (!std::filesystem::exists(kChromium)) GTEST_SKIP() << "no " << kChromium << " (scripts/setup.sh installs it)";
  TempDir dir;
  const std::string graph = WritePageGraph(dir);
  CliResult rendered = RunCli({"render", graph, "-o", dir.File("page.html"), "--name", "Test page"});
  ASSERT_EQ(rendered.exit_code, 0) << rendered.err;

  const std::string scenario =
      "#test=search:republic;search:kess;select:Kessaria;path:Valmoria,Serin%20Guard;"
      "edge:Valmoria,Kessaria;search:halvorsen";
  const std::string url = "file://" + dir.File("page.html") + scenario;
  CliResult dom = RunShell("timeout 60 " + ChromiumCommand(dir) + " --dump-dom " + Quote(url));
  ASSERT_EQ(dom.exit_code, 0) << dom.err;
  const size_t start = dom.out.find("<pre id=\"test-output\" hidden=\"\">");
  ASSERT_NE(start, std::string::npos) << dom.out.substr(0, 2000);
  const size_t begin = dom.out.find('>', start) + 1;
  const std::string json = Unescape(dom.out.substr(begin, dom.out.find("</pre>", begin) - begin));
  rapidjson::Document log;
  log.Parse(json.c_str());
  ASSERT_FALSE(log.HasParseError()) << json;
  ASSERT_TRUE(log.IsArray());
  ASSERT_EQ(log.Size(), 6u) << json;
  for (const auto& step : log.GetArray()) EXPECT_FALSE(step.HasMember("error")) << json;

  // Search matches aliases, and name prefixes come first.
  EXPECT_EQ(Strings(log[0]["results"]), "Valmoria");
  EXPECT_EQ(Strings(log[1]["results"]), "Kessaria");
  // Selecting highlights the neighbourhood and dims the rest (Serin Guard, Tarvassa and
  // the suing company).
  EXPECT_EQ(Strings(log[2]["highlighted"]), "Kessaria|Ostrel Pact|Valmoria");
  EXPECT_EQ(Strings(log[2]["selected"]), "Kessaria");
  EXPECT_EQ(log[2]["dimmed"].GetInt(), 3);
  // The shortest path, in the SVG.
  EXPECT_EQ(Strings(log[3]["path_nodes"]), "Kessaria|Ostrel Pact|Serin Guard|Valmoria");
  EXPECT_EQ(Strings(log[3]["path_relations"]),
            "Kessaria \u2192 condemn \u2192 Ostrel Pact|Ostrel Pact \u2192 warn \u2192 Serin "
            "Guard|Valmoria \u2192 accuse \u2192 Kessaria");
  // Clicking an edge shows its evidence in the side panel.
  EXPECT_EQ(Strings(log[4]["selected_relations"]), "Valmoria \u2192 accuse \u2192 Kessaria");
  EXPECT_NE(std::string(log[4]["panel"].GetString()).find("Valmoria accused Kessaria of theft. wire-7, 2026-04-01"),
            std::string::npos)
      << log[4]["panel"].GetString();
  // The escaped name came through the data <script> intact.
  EXPECT_EQ(Strings(log[5]["results"]), "</script><!-- Halvorsen");

  // A screenshot of the page with a path selected: full size and far from blank.
  CliResult shot = RunShell("cd " + Quote(dir.path().string()) + " && timeout 60 " +
                            ChromiumCommand(dir) + " --window-size=1400,1000 --screenshot=" +
                            Quote(dir.File("page.png")) + " " +
                            Quote("file://" + dir.File("page.html") +
                                  "#test=path:Valmoria,Serin%20Guard"));
  ASSERT_EQ(shot.exit_code, 0) << shot.err;
  WriteFile(dir.path() / "blank.html", "<!DOCTYPE html><html><body></body></html>");
  CliResult blank = RunShell("timeout 60 " + ChromiumCommand(dir) +
                             " --window-size=1400,1000 --screenshot=" + Quote(dir.File("blank.png")) +
                             " " + Quote("file://" + dir.File("blank.html")));
  ASSERT_EQ(blank.exit_code, 0) << blank.err;
  const std::string png = ReadFile(dir.path() / "page.png");
  ASSERT_GT(png.size(), 24u);
  EXPECT_EQ(png.substr(0, 8), "\x89PNG\r\n\x1a\n");
  // IHDR width and height, big-endian, at bytes 16..23.
  auto be32 = [&](size_t at) {
    return (static_cast<uint32_t>(static_cast<unsigned char>(png[at])) << 24) |
           (static_cast<uint32_t>(static_cast<unsigned char>(png[at + 1])) << 16) |
           (static_cast<uint32_t>(static_cast<unsigned char>(png[at + 2])) << 8) |
           static_cast<uint32_t>(static_cast<unsigned char>(png[at + 3]));
  };
  EXPECT_EQ(be32(16), 1400u);
  EXPECT_EQ(be32(20), 1000u);
  EXPECT_GT(png.size(), 4 * ReadFile(dir.path() / "blank.png").size());
  if (const char* keep = std::getenv("ACTORGRAPH_KEEP_SCREENSHOT")) {
    std::filesystem::copy_file(dir.path() / "page.png", keep,
                               std::filesystem::copy_options::overwrite_existing);
  }
}

}  // namespace
}  // namespace actorgraph::testing
