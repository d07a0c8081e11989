package dev.layerlab.bench;

import dev.layerlab.testing.Tmux;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code bench/tui-idle.sh}: CPU used by the real full-screen course while the learner reads a
 * lesson and nothing happens. The installed launcher runs in a pane of a private tmux server; the
 * bench opens the resumed lesson, lets it settle, then reads user + system time of the JVM and of
 * each of its threads from {@code /proc} before and after the idle period.
 */
public final class TuiIdleBench {

    private static final String USAGE = "usage: tui-idle.sh [--seconds 60] [--settle 5] (the script passes --prefix DIR)";
    private static final String PID = "#!/bin/sh\n# $1: where to write the pid; the rest: the command, exec'd (it keeps the pid)\n"
            + "echo $$ > \"$1\"; shift; exec \"$@\"\n";

    private TuiIdleBench() {
    }

    public static void main(String[] argv) throws Exception {
        int seconds = 60;
        int settle = 5;
        Path prefix = null;
        for (int i = 0; i < argv.length; i++) {
            switch (argv[i]) {
                case "--seconds" -> seconds = Integer.parseInt(argv[++i]);
                case "--settle" -> settle = Integer.parseInt(argv[++i]);
                case "--prefix" -> prefix = Path.of(argv[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + argv[i] + "\n" + USAGE);
            }
        }
        if (prefix == null) {
            throw new IllegalArgumentException(USAGE);
        }
        Path dir = Files.createTempDirectory("lltest-e2e-idle");
        Files.writeString(dir.resolve("pid.sh"), PID);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("HOME", dir.toString());
        env.put("XDG_STATE_HOME", dir.resolve("state").toString());
        env.put("LC_ALL", "C.UTF-8");
        String command = "sh " + dir.resolve("pid.sh") + " " + dir.resolve("pid") + " " + prefix.resolve("bin/layerlab");
        try (Tmux pane = Tmux.start("lltest-e2e-idle-", env, dir, 110, 34, command)) {
            pane.await(s -> s.contains("Course map") && s.contains("Docker "), "the course map", Duration.ofSeconds(30));
            pane.keys("Enter");
            pane.await("step 1 of", Duration.ofSeconds(15));
            long pid = Long.parseLong(Files.readString(dir.resolve("pid")).strip());
            Thread.sleep(settle * 1000L);
            long ticks = clockTicks();
            Map<String, Long> before = threadTicks(pid);
            long start = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            Map<String, Long> after = threadTicks(pid);
            double wall = (System.nanoTime() - start) / 1e9;
            String screen = pane.screen();
            pane.keys("q");

            long total = after.getOrDefault("(process)", 0L) - before.getOrDefault("(process)", 0L);
            System.out.printf("tui-idle: layerlab (pid %d) idle on a lesson for %.1f s, after %d s to settle%n", pid, wall, settle);
            System.out.printf("CPU: %d ticks of 1/%d s = %.2f s = %.3f %% of one core%n", total, ticks, (double) total / ticks,
                    100.0 * total / ticks / wall);
            System.out.println("threads that used CPU meanwhile (ticks):");
            after.forEach((thread, value) -> {
                long used = value - before.getOrDefault(thread, 0L);
                if (used > 0 && !thread.equals("(process)")) {
                    System.out.printf("  %-28s %d%n", thread, used);
                }
            });
            if (!screen.contains("step 1 of")) {
                System.out.println("WARNING: the lesson was no longer on the screen at the end:\n" + Tmux.frame(screen));
            }
        }
    }

    /** utime + stime of the process, and of each thread by name (same names summed). */
    private static Map<String, Long> threadTicks(long pid) throws IOException {
        Map<String, Long> ticks = new TreeMap<>();
        ticks.put("(process)", cpu(Files.readString(Path.of("/proc", String.valueOf(pid), "stat"))));
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip() + " [" + task.getFileName() + "]";
                    ticks.merge(name, cpu(Files.readString(task.resolve("stat"))), Long::sum);
                } catch (IOException e) {
                    // The thread ended between the listing and the read.
                }
            }
        }
        return ticks;
    }

    /** Fields 14 and 15 of /proc/.../stat; the name in field 2 may hold spaces, so count after its ')'. */
    private static long cpu(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long clockTicks() throws IOException, InterruptedException {
        Process getconf = new ProcessBuilder(List.of("getconf", "CLK_TCK")).start();
        String value = new String(getconf.getInputStream().readAllBytes()).strip();
        getconf.waitFor();
        return value.isEmpty() ? 100 : Long.parseLong(value);
    }
}
