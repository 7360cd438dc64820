package org.dreamloom.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory figures of this process: peak heap use since the last reset (summed over the heap pools, garbage
 * included), the live heap after a full collection, and resident set size from {@code /proc/self/status}.
 */
public final class Resources {
    private Resources() {
    }

    /** Starts a new peak-measuring interval for the heap pools and, where Linux allows, for the RSS high-water mark. */
    public static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // resets VmHWM (Linux >= 4.0)
        } catch (Exception | Error e) {
            // not Linux, or not allowed: the RSS peak then covers the whole run, which the report says
        }
    }

    /** Peak heap used since the last reset, in MiB. */
    public static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }

    /** Heap in use after asking for a full collection, in MiB: roughly the live data. */
    public static double liveHeapMb() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
    }

    /** The maximum heap the JVM may use (-Xmx), in MiB. */
    public static double maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / 1048576.0;
    }

    /** Peak resident set size (VmHWM) in MiB, or -1 where /proc is missing. */
    public static double peakRssMb() {
        return status("VmHWM:");
    }

    /** Current resident set size (VmRSS) in MiB, or -1 where /proc is missing. */
    public static double rssMb() {
        return status("VmRSS:");
    }

    private static double status(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).replace("kB", "").strip()) / 1024.0;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    /** The 1-minute load average, or -1 where /proc is missing. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return -1;
        }
    }
}
