// Loads a GraphML file with JGraphT's GraphMLImporter (jgrapht-io, schema validation on) and
// prints what it got, one canonical line per fact, for graphml_exporter_test.cc:
//   graph nodes=<n> edges=<m>
//   node <id> <name>=<value>:<TYPE> ...        (attributes sorted by name)
//   edge <source> <target> <name>=<value>:<TYPE> ...
// Lines are sorted; values are printed with Java escapes for \n and \\ so each fact is one
// line. Exits 1 with the reason on stderr if the importer refuses the file.
// Run as: java -cp <jgrapht jars> JgraphtGraphmlCheck.java FILE
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;

public class JgraphtGraphmlCheck {
  static final class EdgeObject {}

  static String show(Attribute attribute) {
    String value = attribute.getValue().replace("\\", "\\\\").replace("\n", "\\n");
    return value + ":" + attribute.getType().name();
  }

  static String attributes(Map<String, Attribute> map) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Attribute> entry : map.entrySet()) {
      if (entry.getKey().equals("ID") || entry.getKey().equals("source")
          || entry.getKey().equals("target")) {
        continue;
      }
      out.append(' ').append(entry.getKey()).append('=').append(show(entry.getValue()));
    }
    return out.toString();
  }

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: JgraphtGraphmlCheck FILE");
      System.exit(2);
    }
    Graph<String, EdgeObject> graph = new DirectedPseudograph<>(null, EdgeObject::new, false);
    GraphMLImporter<String, EdgeObject> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(true);
    importer.setVertexFactory(id -> id);
    Map<String, Map<String, Attribute>> nodes = new TreeMap<>();
    Map<EdgeObject, Map<String, Attribute>> edges = new java.util.HashMap<>();
    importer.addVertexAttributeConsumer(
        (pair, attribute) -> nodes.computeIfAbsent(pair.getFirst(), k -> new TreeMap<>())
                                 .put(pair.getSecond(), attribute));
    importer.addEdgeAttributeConsumer(
        (pair, attribute) -> edges.computeIfAbsent(pair.getFirst(), k -> new TreeMap<>())
                                 .put(pair.getSecond(), attribute));
    try {
      importer.importGraph(graph, new File(args[0]));
    } catch (Exception e) {
      System.err.println("jgrapht: " + e);
      System.exit(1);
    }
    System.out.println("graph nodes=" + graph.vertexSet().size()
                       + " edges=" + graph.edgeSet().size());
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Map<String, Attribute>> node : nodes.entrySet()) {
      lines.add("node " + node.getKey() + attributes(node.getValue()));
    }
    for (EdgeObject edge : graph.edgeSet()) {
      Map<String, Attribute> data = edges.getOrDefault(edge, new TreeMap<>());
      lines.add("edge " + graph.getEdgeSource(edge) + " " + graph.getEdgeTarget(edge)
                + attributes(data));
    }
    java.util.Collections.sort(lines);
    for (String line : lines) System.out.println(line);
  }
}
