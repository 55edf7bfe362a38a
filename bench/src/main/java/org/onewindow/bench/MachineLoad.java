package org.onewindow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How much of the machine's CPU other processes used while a benchmark measured: the whole
 * machine's busy time ({@code /proc/stat}) minus this JVM's and the benchmark database's.
 *
 * <p>On a shared machine another build or test run can halve a result; a row measured while
 * others took more than a few percent of the CPU is not comparable and should be run again.
 */
final class MachineLoad {

    private static final Path PROC = Path.of("/proc");
    private static volatile long postmasterPid = -1;

    private final long totalTicks;
    private final long busyTicks;
    private final long ourTicks;

    private MachineLoad(long totalTicks, long busyTicks, long ourTicks) {
        this.totalTicks = totalTicks;
        this.busyTicks = busyTicks;
        this.ourTicks = ourTicks;
    }

    /** Counts this PostgreSQL server and its backends as the benchmark's own (embedded database). */
    static void countAsOurs(long postmaster) {
        postmasterPid = postmaster;
    }

    /** Whether the database's processes are counted as ours (else they show up as others' load). */
    static boolean databaseCounted() {
        return postmasterPid > 0;
    }

    static MachineLoad now() {
        long[] cpu = machineTicks();
        return new MachineLoad(cpu[0], cpu[1], ourTicks());
    }

    /** The share of the machine's CPU (0 to 1) others used since this snapshot; NaN off Linux. */
    double othersSince() {
        MachineLoad later = now();
        long total = later.totalTicks - totalTicks;
        if (total <= 0 || totalTicks == 0) {
            return Double.NaN;
        }
        long others = (later.busyTicks - busyTicks) - (later.ourTicks - ourTicks);
        return Math.max(0, others) / (double) total;
    }

    /** Total and busy ticks of all CPUs. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(PROC.resolve("stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8 && i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {total, total - idle};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** CPU ticks of this JVM, the postmaster and the postmaster's children. */
    private static long ourTicks() {
        long self = ProcessHandle.current().pid();
        long postmaster = postmasterPid;
        long ticks = 0;
        try (Stream<Path> processes = Files.list(PROC)) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long[] stat = processStat(process);
                long pid = Long.parseLong(process.getFileName().toString());
                if (stat != null && (pid == self || pid == postmaster || (postmaster > 0 && stat[0] == postmaster))) {
                    ticks += stat[1];
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    /**
     * Parent pid and CPU ticks of a process (its own and those of its exited children, which is how
     * the postmaster's short-lived autovacuum workers are counted), or null if it is gone.
     */
    private static long[] processStat(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
            // After the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
            long ticks = 0;
            for (int i = 11; i <= 14; i++) {
                ticks += Long.parseLong(fields.get(i));
            }
            return new long[] {Long.parseLong(fields.get(1)), ticks};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
