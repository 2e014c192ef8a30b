#include "export/html_page.h"

#include <ostream>
#include <string>

#include "actorgraph/export/export_selection.h"
#include "actorgraph/export/json_escape.h"
#include "actorgraph/export/xml_escape.h"
#include "actorgraph/graph/knowledge_graph.h"
#include "export/formats.h"

namespace actorgraph {
namespace {

constexpr std::string_view kStyle = R"CSS(
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 Helvetica, Arial, sans-serif; color: #222; display: flex;
       flex-direction: column; height: 100vh; }
header { padding: 8px 12px; border-bottom: 1px solid #ddd; background: #f7f7f7; position: relative; }
header h1 { font-size: 17px; margin: 0 12px 0 0; display: inline; }
header .stats { color: #666; }
.controls { margin-top: 6px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.controls input { font: inherit; padding: 3px 6px; border: 1px solid #bbb; border-radius: 3px; }
#search { width: 16em; }
.controls button { font: inherit; padding: 3px 9px; border: 1px solid #aaa; border-radius: 3px;
                   background: #fff; cursor: pointer; }
#search-results { list-style: none; margin: 0; padding: 0; position: absolute; z-index: 2;
                  background: #fff; border: 1px solid #bbb; max-height: 18em; overflow-y: auto;
                  min-width: 16em; box-shadow: 0 2px 6px rgba(0,0,0,.15); }
#search-results:empty { display: none; }
#search-results li { padding: 3px 8px; cursor: pointer; }
#search-results li:hover, #search-results li.active { background: #e4efff; }
#search-results .alias { color: #777; font-size: 12px; margin-left: 6px; }
main { flex: 1; display: flex; min-height: 0; }
#diagram { flex: 1; overflow: auto; background: #fff; }
#diagram svg { display: block; }
#panel { width: 28em; max-width: 45%; overflow-y: auto; border-left: 1px solid #ddd;
         padding: 10px 14px; background: #fcfcfc; }
#panel h2 { font-size: 16px; margin: 0 0 6px; }
#panel h3 { font-size: 13px; margin: 12px 0 4px; color: #555; text-transform: uppercase; }
#panel .meta { color: #555; margin: 2px 0; }
#panel .hint { color: #666; }
#panel ul { padding-left: 18px; margin: 4px 0; }
#panel li { margin: 4px 0; }
#panel blockquote { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #ccc; background: #fff; }
#panel .source { color: #777; font-size: 12px; }
#panel a { color: #0b5cad; cursor: pointer; text-decoration: underline; }
#diagram g.node, #diagram g.edge { cursor: pointer; }
#diagram g.dim { opacity: 0.12; }
#diagram g.node.hl polygon, #diagram g.node.hl ellipse, #diagram g.node.hl path
  { stroke: #222; stroke-width: 2px; }
#diagram g.node.selected polygon, #diagram g.node.selected ellipse, #diagram g.node.selected path
  { stroke: #1f6feb; stroke-width: 4px; }
#diagram g.edge.on-path path { stroke: #1f6feb; stroke-width: 4px; }
#diagram g.edge.on-path polygon { stroke: #1f6feb; fill: #1f6feb; }
#diagram g.node.on-path polygon, #diagram g.node.on-path ellipse, #diagram g.node.on-path path
  { stroke: #1f6feb; stroke-width: 3px; }
#diagram g.edge.selected text { font-weight: bold; }
#diagram g.edge.selected path { stroke-width: 4px; }
)CSS";

// The page's behaviour. It reads the graph from #graph-data, finds SVG elements by the ids
// BuildAgraph gave them, and builds the side panel with textContent only (no HTML from the
// data). A "#test=step;step" hash runs a scripted scenario and writes what the DOM shows
// into #test-output, for the browser test (see tests/export/html_browser_test.cc).
constexpr std::string_view kScript = R"JS(
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('graph-data').textContent);
  const svg = document.querySelector('#diagram svg');
  const actors = new Map(data.actors.map(a => [a.id, a]));
  const relations = new Map(data.relations.map(r => [r.id, r]));
  const adjacent = new Map(data.actors.map(a => [a.id, []]));
  for (const r of data.relations) {
    adjacent.get(r.source).push({other: r.target, relation: r.id});
    if (r.source !== r.target) adjacent.get(r.target).push({other: r.source, relation: r.id});
  }
  const panel = document.getElementById('panel');
  const searchBox = document.getElementById('search');
  const results = document.getElementById('search-results');
  const fromBox = document.getElementById('path-from');
  const toBox = document.getElementById('path-to');
  const hintText = document.getElementById('hint-text').textContent;
  let selected = null;

  const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const element = id => svg.getElementById ? svg.getElementById(id) : document.getElementById(id);
  function make(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function link(text, action) {
    const a = make('a', text);
    a.addEventListener('click', action);
    return a;
  }

  // Actors whose name or an alias contains the query (folded): name prefixes first.
  function search(query) {
    const q = fold(query);
    if (!q) return [];
    const found = [];
    for (const a of data.actors) {
      const name = fold(a.name);
      let rank = name.startsWith(q) ? 0 : name.includes(q) ? 1 : -1;
      let alias = null;
      if (rank < 0) {
        alias = a.aliases.find(x => fold(x).includes(q)) || null;
        if (alias !== null) rank = fold(alias).startsWith(q) ? 2 : 3;
      }
      if (rank >= 0) found.push({actor: a, rank: rank, alias: alias});
    }
    found.sort((x, y) => x.rank - y.rank || x.actor.name.localeCompare(y.actor.name));
    return found;
  }
  function showResults() {
    results.replaceChildren();
    for (const f of search(searchBox.value).slice(0, 30)) {
      const li = make('li', f.actor.name);
      if (f.alias) li.appendChild(make('span', 'also ' + f.alias, 'alias'));
      li.dataset.actor = f.actor.id;
      li.addEventListener('click', () => { selectActor(f.actor.id); results.replaceChildren(); });
      results.appendChild(li);
    }
  }
  // The actor a typed name means: an exact name or alias (folded), else the best match.
  function resolve(text) {
    const q = fold(text);
    for (const a of data.actors) {
      if (fold(a.name) === q || a.aliases.some(x => fold(x) === q)) return a.id;
    }
    const found = search(text);
    return found.length ? found[0].actor.id : null;
  }

  function clearMarks() {
    for (const g of svg.querySelectorAll('g.node, g.edge')) {
      g.classList.remove('dim', 'hl', 'selected', 'on-path');
    }
  }
  function mark(nodeIds, edgeIds, cls) {
    clearMarks();
    for (const g of svg.querySelectorAll('g.node')) g.classList.add(nodeIds.has(g.id) ? cls : 'dim');
    for (const g of svg.querySelectorAll('g.edge')) g.classList.add(edgeIds.has(g.id) ? cls : 'dim');
  }

  function describeActor(a) {
    const parts = [a.type];
    if (a.code) parts.push(a.code);
    parts.push(a.mentions + (a.mentions === 1 ? ' mention' : ' mentions'));
    return parts.join(' \u00b7 ');
  }
  function relationLine(r) {
    const arrow = r.symmetric ? ' \u2014 ' : ' \u2192 ';
    return actors.get(r.source).name + arrow + r.label + arrow + actors.get(r.target).name;
  }

  // Scrolls the diagram so that the element is in view (it may be zoomed in).
  function reveal(id) {
    const e = element(id);
    if (e && e.scrollIntoView) e.scrollIntoView({block: 'nearest', inline: 'nearest'});
  }

  function selectActor(id) {
    selected = id;
    const nodes = new Set([id]);
    const edges = new Set();
    for (const n of adjacent.get(id)) { nodes.add(n.other); edges.add(n.relation); }
    mark(nodes, edges, 'hl');
    element(id).classList.add('selected');
    reveal(id);
    const a = actors.get(id);
    panel.replaceChildren(make('h2', a.name), make('p', describeActor(a), 'meta'));
    if (a.aliases.length) panel.appendChild(make('p', 'Also: ' + a.aliases.join('; '), 'meta'));
    panel.appendChild(make('h3', adjacent.get(id).length + ' relations'));
    const list = make('ul');
    for (const n of adjacent.get(id)) {
      const li = make('li');
      li.appendChild(link(relationLine(relations.get(n.relation)), () => selectRelation(n.relation)));
      list.appendChild(li);
    }
    panel.appendChild(list);
    panel.appendChild(make('p', 'Shift-click another actor for the shortest path to it.', 'hint'));
  }

  // Breadth-first over relations in either direction: fewest relations, ties by data order.
  function shortestPath(from, to) {
    const previous = new Map([[from, null]]);
    const queue = [from];
    while (queue.length) {
      const v = queue.shift();
      if (v === to) break;
      for (const n of adjacent.get(v)) {
        if (previous.has(n.other)) continue;
        previous.set(n.other, {from: v, relation: n.relation});
        queue.push(n.other);
      }
    }
    if (!previous.has(to)) return null;
    const steps = [];
    for (let v = to; previous.get(v); v = previous.get(v).from) steps.unshift(previous.get(v).relation);
    return steps;
  }
  function showPath(from, to) {
    const steps = shortestPath(from, to);
    panel.replaceChildren(make('h2', actors.get(from).name + ' \u2192 ' + actors.get(to).name));
    if (steps === null) {
      clearMarks();
      panel.appendChild(make('p', 'No path: they are not connected.', 'meta'));
      return null;
    }
    const nodes = new Set([from]);
    for (const rid of steps) { nodes.add(relations.get(rid).source); nodes.add(relations.get(rid).target); }
    mark(nodes, new Set(steps), 'on-path');
    panel.appendChild(make('p', steps.length + (steps.length === 1 ? ' relation' : ' relations'), 'meta'));
    const list = make('ol');
    for (const rid of steps) {
      const li = make('li');
      li.appendChild(link(relationLine(relations.get(rid)), () => selectRelation(rid)));
      list.appendChild(li);
    }
    panel.appendChild(list);
    return steps;
  }

  function selectRelation(id) {
    const r = relations.get(id);
    mark(new Set([r.source, r.target]), new Set([id]), 'hl');
    element(id).classList.add('selected');
    panel.replaceChildren(make('h2', relationLine(r)));
    const facts = [r.category ? r.category.replace('_', ' ') : 'uncategorised',
                   r.weight + (r.weight === 1 ? ' assertion' : ' assertions'),
                   r.documents.length + (r.documents.length === 1 ? ' document' : ' documents')];
    if (r.modality) facts.push('hedged: ' + r.modality);
    if (r.first_date) facts.push(r.first_date === r.last_date ? r.first_date : r.first_date + ' to ' + r.last_date);
    panel.appendChild(make('p', facts.join(' \u00b7 '), 'meta'));
    panel.appendChild(make('h3', 'Evidence'));
    for (const e of r.evidence) {
      const quote = make('blockquote', e.sentence);
      quote.appendChild(make('div', e.doc + (e.date ? ', ' + e.date : ''), 'source'));
      panel.appendChild(quote);
    }
    if (r.evidence.length < r.weight) {
      panel.appendChild(make('p', (r.weight - r.evidence.length) + ' more assertions not kept in the graph file.', 'hint'));
    }
    if (r.documents.length) panel.appendChild(make('p', 'Documents: ' + r.documents.join(', '), 'source'));
    const back = make('p');
    back.appendChild(link(actors.get(r.source).name, () => selectActor(r.source)));
    back.appendChild(document.createTextNode(' \u00b7 '));
    back.appendChild(link(actors.get(r.target).name, () => selectActor(r.target)));
    panel.appendChild(back);
  }

  svg.addEventListener('click', event => {
    const g = event.target.closest('g.node, g.edge');
    if (!g) return;
    event.preventDefault();
    if (g.classList.contains('edge')) {
      selectRelation(g.id);
    } else if (event.shiftKey && selected && selected !== g.id) {
      fromBox.value = actors.get(selected).name;
      toBox.value = actors.get(g.id).name;
      showPath(selected, g.id);
    } else {
      selectActor(g.id);
    }
  });
  searchBox.addEventListener('input', showResults);
  searchBox.addEventListener('keydown', event => {
    if (event.key !== 'Enter') return;
    const first = results.querySelector('li');
    if (first) { selectActor(first.dataset.actor); results.replaceChildren(); }
  });
  function pathFromBoxes() {
    const from = resolve(fromBox.value), to = resolve(toBox.value);
    if (from === null || to === null) {
      panel.replaceChildren(make('p', 'No actor matches \u201c' + (from === null ? fromBox.value : toBox.value) + '\u201d.', 'meta'));
      return null;
    }
    return showPath(from, to);
  }
  document.getElementById('path-button').addEventListener('click', pathFromBoxes);
  document.getElementById('clear-button').addEventListener('click', () => {
    clearMarks();
    selected = null;
    panel.replaceChildren(make('p', hintText, 'hint'));
  });
  const names = document.getElementById('actor-names');
  for (const a of data.actors) { const o = document.createElement('option'); o.value = a.name; names.appendChild(o); }

  // Zoom: the SVG's own size is in points; scale it inside the scrolling #diagram.
  const box = svg.viewBox.baseVal;
  const natural = {w: box.width * 4 / 3, h: box.height * 4 / 3};
  let scale = 1;
  function zoom(s) {
    scale = Math.max(0.05, Math.min(8, s));
    svg.setAttribute('width', Math.round(natural.w * scale) + 'px');
    svg.setAttribute('height', Math.round(natural.h * scale) + 'px');
  }
  document.getElementById('zoom-in').addEventListener('click', () => zoom(scale * 1.25));
  document.getElementById('zoom-out').addEventListener('click', () => zoom(scale / 1.25));
  const diagram = document.getElementById('diagram');
  function fit() {
    zoom(Math.min(1.5, (diagram.clientWidth - 8) / natural.w, (diagram.clientHeight - 8) / natural.h));
  }
  document.getElementById('zoom-fit').addEventListener('click', fit);
  fit();

  // Scripted scenario: #test=search:Q;select:NAME;path:A,B;edge:A,B
  const hash = decodeURIComponent(location.hash);
  if (hash.startsWith('#test=')) {
    const log = [];
    const nodeNames = sel => [...svg.querySelectorAll(sel)].map(g => (actors.get(g.id) || {}).name || g.id).sort();
    const rels = sel => [...svg.querySelectorAll(sel)].map(g => relationLine(relations.get(g.id))).sort();
    const click = (id, shift) => element(id).querySelector('text, path, polygon, ellipse')
        .dispatchEvent(new MouseEvent('click', {bubbles: true, shiftKey: !!shift}));
    for (const step of hash.slice(6).split(';')) {
      const colon = step.indexOf(':');
      const command = step.slice(0, colon), arg = step.slice(colon + 1);
      const entry = {step: step};
      try {
        if (command === 'search') {
          searchBox.value = arg;
          searchBox.dispatchEvent(new Event('input'));
          entry.results = [...results.querySelectorAll('li')].map(li => li.firstChild.textContent);
          results.replaceChildren();
        } else if (command === 'select') {
          click(resolve(arg));
          entry.highlighted = nodeNames('g.node.hl');
          entry.selected = nodeNames('g.node.selected');
          entry.dimmed = svg.querySelectorAll('g.node.dim').length;
        } else if (command === 'shift-select') {
          click(resolve(arg), true);
          entry.path_nodes = nodeNames('g.node.on-path');
          entry.path_relations = rels('g.edge.on-path');
        } else if (command === 'path') {
          const [a, b] = arg.split(',');
          fromBox.value = a;
          toBox.value = b;
          document.getElementById('path-button').click();
          entry.path_nodes = nodeNames('g.node.on-path');
          entry.path_relations = rels('g.edge.on-path');
        } else if (command === 'edge') {
          const [a, b] = arg.split(',').map(resolve);
          const r = data.relations.find(r => r.source === a && r.target === b || r.source === b && r.target === a);
          click(r.id);
          entry.selected_relations = rels('g.edge.selected');
        } else {
          throw new Error('unknown test step');
        }
      } catch (e) {
        entry.error = String(e);
      }
      entry.panel = panel.innerText.replace(/\s+/g, ' ').trim();
      log.push(entry);
    }
    const out = document.getElementById('test-output');
    out.textContent = JSON.stringify(log);
  }
})();
)JS";

constexpr std::string_view kHint =
    "Search an actor or click one to highlight its neighbourhood; shift-click a second actor, "
    "or fill in \u201cpath from\u201d and \u201cto\u201d, for the shortest path between them; "
    "click a relation to read its evidence. Hover for tooltips.";

void Field(std::string& json, std::string_view name, std::string_view value, bool first = false) {
  if (!first) json += ',';
  json += JsonQuote(name);
  json += ':';
  json += JsonQuote(value);
}

void Number(std::string& json, std::string_view name, int64_t value) {
  json += ',' + JsonQuote(name) + ':' + std::to_string(value);
}

void Bool(std::string& json, std::string_view name, bool value) {
  json += ',' + JsonQuote(name) + ':' + (value ? "true" : "false");
}

void List(std::string& json, std::string_view name, const std::vector<std::string>& items) {
  json += ',' + JsonQuote(name) + ":[";
  for (size_t i = 0; i < items.size(); ++i) json += (i ? "," : "") + JsonQuote(items[i]);
  json += ']';
}

}  // namespace

std::string JsonForScriptElement(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    switch (c) {
      case '<':
        out += "\\u003c";
        break;
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string HtmlPageData(const KnowledgeGraph& graph, const ExportOptions& export_options,
                         size_t max_evidence) {
  const Graph& g = graph.graph();
  const ExportSelection selection = SelectForExport(graph, export_options);
  std::vector<std::string> svg_id(boost::num_vertices(g));
  std::string json = "{";
  Field(json, "name", export_options.graph_name, true);
  json += ",\"actors\":[";
  for (size_t i = 0; i < selection.actors.size(); ++i) {
    const ActorNode& node = g[selection.actors[i]];
    svg_id[selection.actors[i]] = "a" + std::to_string(i);
    json += i ? ",\n{" : "\n{";
    Field(json, "id", svg_id[selection.actors[i]], true);
    Field(json, "key", node.actor.id);
    Field(json, "name", node.actor.name);
    Field(json, "type", ActorTypeName(node.actor.type));
    Field(json, "code", node.actor.code);
    List(json, "aliases", node.actor.aliases);
    Number(json, "mentions", node.mentions);
    json += '}';
  }
  json += "],\"relations\":[";
  for (size_t i = 0; i < selection.edges.size(); ++i) {
    const Edge e = selection.edges[i];
    const EdgeData& data = g[e];
    json += i ? ",\n{" : "\n{";
    Field(json, "id", "r" + std::to_string(i), true);
    Field(json, "source", svg_id[boost::source(e, g)]);
    Field(json, "target", svg_id[boost::target(e, g)]);
    Field(json, "label", RelationLabel(data.relation));
    Field(json, "relation", data.relation.text);
    Field(json, "category", CategoryName(data.relation.category));
    Bool(json, "negated", data.relation.negated);
    Bool(json, "symmetric", data.relation.symmetric);
    Field(json, "modality", data.relation.modality);
    Number(json, "weight", data.weight);
    List(json, "documents", data.documents);
    Field(json, "first_date", data.first_date);
    Field(json, "last_date", data.last_date);
    json += ",\"evidence\":[";
    for (size_t k = 0; k < data.evidence.size() && k < max_evidence; ++k) {
      json += k ? ",{" : "{";
      Field(json, "doc", data.evidence[k].doc, true);
      Field(json, "date", data.evidence[k].date);
      Field(json, "sentence", data.evidence[k].sentence);
      json += '}';
    }
    json += "]}";
  }
  json += "]}\n";
  return json;
}

Status WriteHtmlPage(const KnowledgeGraph& graph, const RenderOptions& options,
                     std::string_view svg, std::ostream& out) {
  // Graphviz's SVG starts with an XML declaration and a DOCTYPE, which inline SVG must not.
  const size_t start = svg.find("<svg");
  if (start == std::string_view::npos) return Status::Internal("Graphviz wrote no <svg> element");
  svg.remove_prefix(start);
  const ExportSelection selection = SelectForExport(graph, options.export_options);
  const std::string name = XmlEscapeText(options.export_options.graph_name);
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"actorgraph render\">\n"
      << "<title>" << name << " \u2014 actorgraph</title>\n<style>" << kStyle << "</style>\n"
      << "</head>\n<body>\n<header>\n<h1>" << name << "</h1><span class=\"stats\">"
      << selection.actors.size() << " actors, " << selection.edges.size() << " relations</span>\n"
      << "<div class=\"controls\">\n"
      << "<input id=\"search\" type=\"search\" placeholder=\"Search actors and aliases\u2026\" "
         "autocomplete=\"off\" aria-label=\"Search actors\">\n"
      << "<label>Path from <input id=\"path-from\" list=\"actor-names\" size=\"14\"></label>\n"
      << "<label>to <input id=\"path-to\" list=\"actor-names\" size=\"14\"></label>\n"
      << "<button id=\"path-button\" type=\"button\">Show path</button>\n"
      << "<button id=\"clear-button\" type=\"button\">Clear</button>\n"
      << "<button id=\"zoom-out\" type=\"button\" title=\"Zoom out\">\u2212</button>"
      << "<button id=\"zoom-in\" type=\"button\" title=\"Zoom in\">+</button>"
      << "<button id=\"zoom-fit\" type=\"button\" title=\"Fit to window\">Fit</button>\n"
      << "</div>\n<ul id=\"search-results\"></ul>\n</header>\n<main>\n<div id=\"diagram\">\n"
      << svg << "</div>\n<aside id=\"panel\"><p class=\"hint\" id=\"hint-text\">" << kHint
      << "</p></aside>\n</main>\n<datalist id=\"actor-names\"></datalist>\n"
      << "<pre id=\"test-output\" hidden></pre>\n"
      << "<script type=\"application/json\" id=\"graph-data\">"
      << JsonForScriptElement(
             HtmlPageData(graph, options.export_options, options.html_evidence))
      << "</script>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
  if (!out.good()) return Status::IOError("writing the HTML page failed");
  return Status::OK();
}

}  // namespace actorgraph
