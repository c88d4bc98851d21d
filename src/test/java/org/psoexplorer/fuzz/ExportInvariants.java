package org.psoexplorer.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.psoexplorer.diagram.DiagramPipeline;
import org.psoexplorer.diagram.Highlight;
import org.psoexplorer.export.DotExporter;
import org.psoexplorer.export.ExportOptions;
import org.psoexplorer.export.ExportScene;
import org.psoexplorer.export.Exporter;
import org.psoexplorer.export.GraphMlExporter;
import org.psoexplorer.export.SvgExporter;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.io.LoadResult;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.model.Taxonomy;

/**
 * What must hold for any valid taxonomy in any layout: it is laid out and exported to SVG, GraphML
 * and DOT within {@link Deadline#LIMIT}, without an exception; the SVG and GraphML are well-formed
 * XML; Graphviz reads the DOT.
 */
final class ExportInvariants {

    static {
        // Fonts and the JIT start on the first export: a cost of the JVM, not of any input.
        byte[] minimal = Corpus.read(Corpus.files(Corpus.EXPORT).stream()
                .filter(p -> p.getFileName().toString().equals("minimal.json")).findFirst().orElseThrow());
        TaxonomyGraph graph = new TaxonomyGraph(LoaderInvariants.check(minimal).taxonomyOrNull());
        for (LayoutKind kind : LayoutKind.values()) {
            DiagramPipeline.Result r = new DiagramPipeline().run(graph, ViewFilter.NONE, kind, LayoutOptions.defaults(),
                    "en", Highlight.NONE, "warm-up");
            export(new SvgExporter(), new ExportScene(graph, r.visible(), "en", r.diagram()));
        }
    }

    private ExportInvariants() {
    }

    /** Exports; returns the DOT text, which {@link #graphvizReads} can check. */
    static byte[] check(byte[] taxonomyJson, LayoutKind layout) {
        LoadResult loaded = LoaderInvariants.check(taxonomyJson);
        if (!loaded.ok()) {
            throw new AssertionError("The generated taxonomy is invalid: " + loaded.errors().get(0).format());
        }
        Taxonomy t = loaded.taxonomyOrNull();
        return Deadline.within(() -> {
            TaxonomyGraph graph = new TaxonomyGraph(t);
            DiagramPipeline.Result r = new DiagramPipeline().run(graph, ViewFilter.NONE, layout, LayoutOptions.defaults(),
                    t.defaultLanguage(), Highlight.NONE, t.text(t.title(), t.defaultLanguage()));
            ExportScene scene = new ExportScene(graph, r.visible(), t.defaultLanguage(), r.diagram());
            wellFormed(export(new SvgExporter(), scene), "SVG");
            wellFormed(export(new GraphMlExporter(), scene), "GraphML");
            return export(new DotExporter(), scene);
        });
    }

    /** Graphviz's parser ({@code nop}) accepts the DOT: fast, for every fuzz input. */
    static void graphvizParses(byte[] dot) {
        graphviz(dot, "nop");
    }

    /** Graphviz lays out and draws the DOT ({@code dot -Tsvg}): slow on large graphs, for the corpus. */
    static void graphvizReads(byte[] dot) {
        graphviz(dot, "dot", "-Tsvg", "-o", "/dev/null");
    }

    private static void graphviz(byte[] dot, String... command) {
        try {
            Path in = Files.createTempFile("fuzz", ".dot");
            try {
                Files.write(in, dot);
                java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command));
                args.add(in.toString());
                Process p = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(
                        ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("Graphviz did not finish within 60 s");
                }
                if (p.exitValue() != 0) {
                    throw new AssertionError("Graphviz refused the DOT (" + command[0] + " exit " + p.exitValue() + ")");
                }
            } finally {
                Files.deleteIfExists(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static byte[] export(Exporter exporter, ExportScene scene) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.write(scene, ExportOptions.defaults(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void wellFormed(byte[] xml, String what) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError(what + " is not well-formed XML: " + e.getMessage());
        }
    }
}
