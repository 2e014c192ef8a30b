// DOT through Graphviz cgraph: BuildAgraph makes the Agraph_t (the same one rendered
// diagrams start from) and agwrite does the quoting, so any name comes out as valid DOT.
#include <ostream>
#include <string>

#include <graphviz/cgraph.h>

#include "actorgraph/graph/knowledge_graph.h"
#include "export/agraph_builder.h"
#include "export/formats.h"

namespace actorgraph {
namespace {

// agwrite's output channel is the std::ostream* passed to it.
int PutString(void* channel, const char* text) {
  auto* out = static_cast<std::ostream*>(channel);
  *out << text;
  return out->good() ? 0 : EOF;
}

int Flush(void* channel) {
  auto* out = static_cast<std::ostream*>(channel);
  out->flush();
  return out->good() ? 0 : EOF;
}

class DotExporter : public Exporter {
 public:
  explicit DotExporter(const ExportOptions& options) : options_(options) {}
  std::string_view name() const override { return "dot"; }
  std::string_view extension() const override { return "dot"; }
  Status Write(const KnowledgeGraph& graph, std::ostream& out) const override;

 private:
  ExportOptions options_;
};

Status DotExporter::Write(const KnowledgeGraph& graph, std::ostream& out) const {
  Agiodisc_t io = {AgIoDisc.afread, PutString, Flush};
  Agdisc_t disc = {&AgMemDisc, &AgIdDisc, &io};
  auto dot = BuildAgraph(graph, options_, AgraphOptions{}, &disc);
  if (!dot.ok()) return dot.status();
  if (agwrite((*dot)->get(), &out) == EOF || !out.good()) {
    return Status::IOError("writing the DOT output failed");
  }
  return Status::OK();
}

}  // namespace

std::unique_ptr<Exporter> MakeDotExporter(const ExportOptions& options) {
  return std::make_unique<DotExporter>(options);
}

}  // namespace actorgraph
