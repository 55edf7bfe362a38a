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
    private final long stealTicks;
    private final long jvmTicks;
    private final long databaseTicks;

    private MachineLoad(long[] machine, long[] ours) {
        this.totalTicks = machine[0];
        this.busyTicks = machine[1];
        this.stealTicks = machine[2];
        this.jvmTicks = ours[0];
        this.databaseTicks = ours[1];
    }

    /**
     * Shares of the machine's CPU (0 to 1 each, all CPUs together) over a period.
     *
     * @param others other processes, the hypervisor's steal included
     * @param steal time the hypervisor gave to other virtual machines
     * @param jvm this JVM: the application and the load generator
     * @param database the benchmark's PostgreSQL (0 if it is not ours)
     */
    record Shares(double others, double steal, double jvm, double database) {

        static final Shares UNKNOWN = new Shares(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
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
        return new MachineLoad(machineTicks(), ourTicks());
    }

    /** The share of the machine's CPU (0 to 1) others used since this snapshot; NaN off Linux. */
    double othersSince() {
        return sharesSince().others();
    }

    /** Who used the machine's CPU since this snapshot; NaN off Linux. */
    Shares sharesSince() {
        MachineLoad later = now();
        long total = later.totalTicks - totalTicks;
        if (total <= 0 || totalTicks == 0) {
            return Shares.UNKNOWN;
        }
        long jvm = later.jvmTicks - jvmTicks;
        long database = later.databaseTicks - databaseTicks;
        long others = (later.busyTicks - busyTicks) - jvm - database;
        return new Shares(Math.max(0, others) / (double) total, (later.stealTicks - stealTicks) / (double) total,
                jvm / (double) total, database / (double) total);
    }

    /** Total, busy and steal ticks of all CPUs. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(PROC.resolve("stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8 && i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            long steal = fields.length > 8 ? Long.parseLong(fields[8]) : 0;
            return new long[] {total, total - idle, steal};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0, 0};
        }
    }

    /** CPU ticks of this JVM, and of the postmaster and the postmaster's children. */
    private static long[] ourTicks() {
        long self = ProcessHandle.current().pid();
        long postmaster = postmasterPid;
        long jvm = 0;
        long database = 0;
        try (Stream<Path> processes = Files.list(PROC)) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long[] stat = processStat(process);
                long pid = Long.parseLong(process.getFileName().toString());
                if (stat == null) {
                    continue;
                }
                if (pid == self) {
                    jvm += stat[1];
                } else if (pid == postmaster || (postmaster > 0 && stat[0] == postmaster)) {
                    database += stat[1];
                }
            }
        } catch (IOException e) {
            return new long[] {0, 0};
        }
        return new long[] {jvm, database};
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
