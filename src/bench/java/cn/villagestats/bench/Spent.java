package cn.villagestats.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * What this JVM spent besides wall time: CPU on all threads, time in the JIT compilers
 * (elapsed, summed over the compiler threads) and in garbage collection. On a 2-core machine
 * the last two decide how much of the second core a one-thread run leaves free.
 */
record Spent(long cpuNanos, long jitMillis, long gcMillis) {

    static Spent now() {
        long gc = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, collector.getCollectionTime());
        }
        var compilation = ManagementFactory.getCompilationMXBean();
        long jit = compilation != null && compilation.isCompilationTimeMonitoringSupported()
                ? compilation.getTotalCompilationTime() : 0;
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Spent(cpu, jit, gc);
    }

    /** What was spent between {@code start} and this reading. */
    Spent since(Spent start) {
        return new Spent(cpuNanos - start.cpuNanos, jitMillis - start.jitMillis, gcMillis - start.gcMillis);
    }
}
