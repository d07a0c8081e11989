package dev.layerlab.bench;

import dev.layerlab.testing.Tmux;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench/tui-start.sh}: from process start to the first frame of the full-screen course
 * flushed to the terminal, on a cold JVM each run, in a pane of a private tmux server.
 *
 * <p>Start: a shell in the pane reads the wall clock ({@code date +%s%N}) and then {@code exec}s
 * the command, so the JVM keeps that process. End: layerlab writes {@link Instant#now()} to the
 * file named by {@code -Dlayerlab.bench.firstFrameFile} (passed in {@code JAVA_TOOL_OPTIONS}, the
 * same for every variant) just after its first {@code Screen.refresh()} returned. Variants run in
 * turn, so that noise hits them alike.
 */
public final class TuiStartBench {

    private static final String USAGE = "usage: tui-start.sh [--runs 10] (the script passes --prefix DIR --jar JAR)";
    private static final String STAMP = "#!/bin/sh\n# $1: where to write the start time; the rest: the command, exec'd\n"
            + "date +%s%N > \"$1\"; shift; exec \"$@\"\n";
    private static final Duration FRAME_TIMEOUT = Duration.ofSeconds(30);

    private TuiStartBench() {
    }

    public static void main(String[] argv) throws Exception {
        int runs = 10;
        Path prefix = null;
        Path jar = null;
        for (int i = 0; i < argv.length; i++) {
            switch (argv[i]) {
                case "--runs" -> runs = Integer.parseInt(argv[++i]);
                case "--prefix" -> prefix = Path.of(argv[++i]).toAbsolutePath();
                case "--jar" -> jar = Path.of(argv[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + argv[i] + "\n" + USAGE);
            }
        }
        if (prefix == null || jar == null) {
            throw new IllegalArgumentException(USAGE);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path share = prefix.resolve("share/layerlab");
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("launcher, CDS archive", List.of(prefix.resolve("bin/layerlab").toString()));
        variants.put("launcher flags, no archive", List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss1m",
                "-Dlayerlab.home=" + share, "-jar", share.resolve("layerlab.jar").toString()));
        variants.put("java -jar, no archive", List.of(java, "-Dlayerlab.home=" + share, "-jar", jar.toString()));

        Path work = Files.createTempDirectory("lltest-e2e-start");
        Files.writeString(work.resolve("stamp.sh"), STAMP);
        Map<String, Timings> results = new LinkedHashMap<>();
        variants.keySet().forEach(name -> results.put(name, new Timings()));
        System.out.printf("tui-start: %d runs per variant (+1 untimed), a fresh JVM each, tmux pane 110x34%n", runs);
        for (int run = 0; run <= runs; run++) {
            for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
                long nanos = once(work, variant.getValue());
                if (run > 0) {
                    results.get(variant.getKey()).add(nanos);
                }
            }
        }
        System.out.printf("%-28s %6s %8s %8s %8s%n", "variant", "runs", "min", "median", "max");
        results.forEach((name, t) -> System.out.printf("%-28s %6d %8.0f %8.0f %8.0f%n", name, t.count(),
                t.percentileMillis(0), t.medianMillis(), t.maxMillis()));
        System.out.println("times in ms from exec of the command to the first frame flushed; budget (DESIGN §7): well under"
                + " 1000 ms with the archive, target 300 ms");
    }

    /** One cold start: spawn in a new tmux server, wait for the frame file, quit. Nanoseconds. */
    private static long once(Path work, List<String> command) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(work, "run");
        Path start = dir.resolve("start");
        Path frame = dir.resolve("frame");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("HOME", dir.toString());
        env.put("XDG_STATE_HOME", dir.resolve("state").toString());
        env.put("LC_ALL", "C.UTF-8");
        env.put("JAVA_TOOL_OPTIONS", "-Dlayerlab.bench.firstFrameFile=" + frame);
        List<String> line = new ArrayList<>(List.of("sh", work.resolve("stamp.sh").toString(), start.toString()));
        line.addAll(command);
        try (Tmux pane = Tmux.start("lltest-e2e-start-", env, dir, 110, 34, String.join(" ", line.stream().map(TuiStartBench::quote).toList()))) {
            long deadline = System.nanoTime() + FRAME_TIMEOUT.toNanos();
            while (!(Files.exists(frame) && Files.size(frame) > 0)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no first frame within " + FRAME_TIMEOUT.toSeconds() + " s; the pane:\n"
                            + Tmux.frame(pane.screen()));
                }
                Thread.sleep(20);
            }
            long started = Long.parseLong(Files.readString(start).strip());
            Instant drawn = Instant.parse(Files.readString(frame).strip());
            long drawnNanos = drawn.getEpochSecond() * 1_000_000_000L + drawn.getNano();
            pane.keys("q");
            Thread.sleep(300);
            return drawnNanos - started;
        }
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
