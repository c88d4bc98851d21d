package org.psoexplorer.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.export.ExportFormat;
import org.psoexplorer.export.ExportOptions;
import org.psoexplorer.export.ExportScene;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.graph.VisibleGraph;

/**
 * Writes every view of {@link LegibilityViews} as a PNG into a directory, to look at what the
 * legibility report measures. A diagnostic, not a test.
 *
 * <p>Usage: {@code RenderViews DIRECTORY}
 */
public final class RenderViews {

    private RenderViews() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = Files.createDirectories(Path.of(args[0]));
        LegibilityViews views = new LegibilityViews();
        int i = 0;
        for (Map.Entry<String, Diagram> v : views.all().entrySet()) {
            Path file = dir.resolve(String.format("%02d-%s.png", i++, v.getKey().replaceAll("[^A-Za-z0-9]+", "-")));
            try (OutputStream out = Files.newOutputStream(file)) {
                ExportScene scene = new ExportScene(views.graph(), VisibleGraph.of(views.graph(), ViewFilter.NONE), "en",
                        v.getValue());
                ExportFormat.fromId("png").orElseThrow().exporter().write(scene,
                        ExportOptions.defaults().withScale(1).withTitle(false), out);
            }
            System.out.println(file);
        }
    }
}
