// Internal: the self-contained HTML page `actorgraph render --to html` writes: the SVG
// inline, the graph's actors and relations as JSON in a <script type="application/json">,
// and a small inline script to search, highlight neighbourhoods and paths, and read
// evidence. No network access is needed to view it.
#ifndef ACTORGRAPH_SRC_EXPORT_HTML_PAGE_H_
#define ACTORGRAPH_SRC_EXPORT_HTML_PAGE_H_

#include <iosfwd>
#include <string>
#include <string_view>

#include "actorgraph/export/renderer.h"
#include "actorgraph/status.h"

namespace actorgraph {

class KnowledgeGraph;

// JSON text made safe inside a <script> element: every '<', '>' and '&' (which only occur
// inside JSON strings) becomes its \u escape, so "</script>" and "<!--" cannot end or
// change the element, and JSON.parse gives back the same strings.
std::string JsonForScriptElement(std::string_view json);

// The page's data: {"name", "actors": [{"id": "a<i>", "key", "name", "type", "code",
// "aliases", "mentions"}], "relations": [{"id": "r<i>", "source", "target", "label",
// "relation", "category", "negated", "symmetric", "modality", "weight", "documents",
// "first_date", "last_date", "evidence": [{"doc", "date", "sentence"}]}]}; ids match the
// SVG element ids BuildAgraph sets. At most `max_evidence` evidence per relation.
std::string HtmlPageData(const KnowledgeGraph& graph, const ExportOptions& export_options,
                         size_t max_evidence);

// Writes the page around `svg` (Graphviz's SVG output for the same selection).
Status WriteHtmlPage(const KnowledgeGraph& graph, const RenderOptions& options,
                     std::string_view svg, std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_SRC_EXPORT_HTML_PAGE_H_
