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

    /**
     * The process's CPU time: to the nanosecond where the JDK has {@code jdk.management}; the app image's
     * runtime leaves that module out, and there it is the system's count, in clock ticks.
     */
    private static long cpu() {
        if (ModuleLayer.boot().findModule("jdk.management").isPresent()) {
            return PreciseCpu.nanos();
        }
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /** Apart, so that the class is only resolved where its module is there. */
    private static final class PreciseCpu {
        static long nanos() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }
}
