package org.psoexplorer.ui.graph;

/**
 * Marks for the window benchmark ({@code bench/window-scale.sh}), printed only when the JVM runs
 * with {@code -Dpso.traceFrames=true}: the benchmark stamps each line as it arrives and reads the
 * pulse logger's next frame after a mark, so it can tell when the graph reached the screen.
 */
public final class FrameTrace {

    private static final boolean ON = Boolean.getBoolean("pso.traceFrames");

    private FrameTrace() {
    }

    public static boolean on() {
        return ON;
    }

    /** Prints one mark line, at once. */
    public static void mark(String what) {
        if (ON) {
            System.out.println("pso-trace: " + what);
            System.out.flush();
        }
    }
}
