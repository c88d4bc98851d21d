package org.psoexplorer.diagram;

import java.io.PrintStream;

/**
 * Where the time of one command goes, when {@code -Dpso.phases=true} asks for it (bench/scale-export.sh
 * does): each {@link #mark} prints the wall time since the previous mark, and the process's CPU
 * time, to standard error. Off, a mark is one test of a constant.
 */
public final class PhaseTimes {

    private static final boolean ON = Boolean.getBoolean("pso.phases");
    private static long last;
    private static long lastCpu;

    private PhaseTimes() {
    }

    /** Ends the phase called {@code phase}. */
    public static synchronized void mark(String phase) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        long cpu = cpu();
        if (last == 0) {
            // The first phase runs from the JVM's start (the time the launcher's flags and archive act on).
            last = now - 1_000_000 * (System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        }
        PrintStream err = System.err;
        err.printf("pso.phases: %-18s %5d ms wall %5d ms CPU (process CPU %d ms)%n", phase, (now - last) / 1_000_000,
                (cpu - lastCpu) / 1_000_000, cpu / 1_000_000);
        last = now;
        lastCpu = cpu;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
