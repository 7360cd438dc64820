package org.dreamloom.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dreamloom.coding.CodingPipeline;

/**
 * One timed pass of a coding pipeline over some reports on some threads, with where the time went: the
 * workers' own CPU time, the whole process's CPU time, and the JIT compiler's and the collector's time during the
 * pass. On 2 cores a second worker only doubles throughput if nothing else wants a core, so these say whether a
 * 2-thread figure measures the coders or the JVM still compiling them.
 *
 * @param reports           reports coded
 * @param threads           worker threads
 * @param wallSeconds       elapsed time of the pass
 * @param workerCpuSeconds  CPU time of the worker threads, summed
 * @param processCpuSeconds CPU time of the whole JVM during the pass (workers, JIT, GC, anything else), or -1
 * @param jitSeconds        time the JIT compiler threads spent compiling during the pass (summed over them), or -1
 * @param gcSeconds         collector time (pauses) during the pass
 */
public record CodingRun(int reports, int threads, double wallSeconds, double workerCpuSeconds,
        double processCpuSeconds, double jitSeconds, double gcSeconds) {

    /** Reports per second of elapsed time: what a user waiting for the pass sees. */
    public double reportsPerSecond() {
        return reports / wallSeconds;
    }

    /** Worker CPU milliseconds a report: the coders' own cost, whatever else the machine was doing. */
    public double workerCpuMsPerReport() {
        return workerCpuSeconds * 1000 / reports;
    }

    /** The figures as a map for the JSON report. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reports_per_s", reportsPerSecond());
        m.put("wall_s", wallSeconds);
        m.put("worker_cpu_s", workerCpuSeconds);
        m.put("worker_cpu_ms_per_report", workerCpuMsPerReport());
        m.put("process_cpu_s", processCpuSeconds);
        m.put("jit_s", jitSeconds);
        m.put("gc_s", gcSeconds);
        return m;
    }

    /** Codes every text once with {@code pipeline} on {@code threads} threads (each takes the next text). */
    public static CodingRun of(CodingPipeline pipeline, List<String> texts, int threads) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean cpu = mx.isCurrentThreadCpuTimeSupported();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            AtomicLong workerCpu = new AtomicLong();
            double process0 = processCpuNow();
            double jit0 = jitNow();
            double gc0 = gcNow();
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    long c0 = cpu ? mx.getCurrentThreadCpuTime() : 0;
                    int i;
                    while ((i = next.getAndIncrement()) < texts.size()) {
                        pipeline.code("", "", texts.get(i));
                    }
                    workerCpu.addAndGet(cpu ? mx.getCurrentThreadCpuTime() - c0 : 0);
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double process = processCpuNow();
            double jit = jitNow();
            return new CodingRun(texts.size(), threads, wall, cpu ? workerCpu.get() / 1e9 : -1,
                    process < 0 ? -1 : process - process0, jit < 0 ? -1 : jit - jit0, gcNow() - gc0);
        } finally {
            pool.shutdown();
        }
    }

    /** CPU time of this JVM so far, or -1 where the platform does not say. */
    static double processCpuNow() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long ns = os.getProcessCpuTime();
            return ns < 0 ? -1 : ns / 1e9;
        }
        return -1;
    }

    /** Time the JIT compilers have spent so far, or -1 where the JVM does not say. */
    static double jitNow() {
        var c = ManagementFactory.getCompilationMXBean();
        return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() / 1000.0 : -1;
    }

    /** Collector time so far (pauses and, where the JVM counts them, concurrent cycles). */
    static double gcNow() {
        long ms = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, g.getCollectionTime());
        }
        return ms / 1000.0;
    }
}
