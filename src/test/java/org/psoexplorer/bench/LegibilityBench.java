package org.psoexplorer.bench;

import java.util.Map;
import org.psoexplorer.diagram.AwtTextMeasurer;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramStyle;
import org.psoexplorer.diagram.LegibilityReport;

/**
 * Prints the legibility report of every view in {@link LegibilityViews} at 1366×768 and 1280×720
 * (the canvas is taken as the whole screen: an upper bound on what the window's graph area gets),
 * as Markdown tables for BENCHMARKS.md. A diagnostic, not a test.
 *
 * <p>Usage: {@code LegibilityBench}
 */
public final class LegibilityBench {

    private LegibilityBench() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Map<String, Diagram> views = new LegibilityViews().all();
        AwtTextMeasurer measurer = new AwtTextMeasurer(DiagramStyle.DEFAULT.fontFamily());
        for (int[] size : new int[][] {{1366, 768}, {1280, 720}}) {
            System.out.printf("%n### %d × %d%n%n| view | %s |%n|:---|%s%n", size[0], size[1],
                    LegibilityReport.header(), "---:|".repeat(11));
            views.forEach((name, d) -> System.out.printf("| %s | %s |%n", name,
                    LegibilityReport.measure(d, size[0], size[1], measurer).row()));
        }
    }
}
