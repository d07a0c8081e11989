package dev.layerlab.bench;

import java.nio.file.Path;

/** The command line of {@link CheckBench}. */
record BenchOptions(Path lessons, Path checks, int warmup, int runs, boolean perCheck, boolean force) {

    static final String USAGE = "usage: checks.sh [--runs N] [--warmup N] [--per-check] [--force] [--lessons DIR] [--checks DIR]";

    static BenchOptions parse(String[] argv) {
        Path lessons = Path.of("lessons");
        Path checks = Path.of("checks");
        int warmup = 5;
        int runs = 30;
        boolean perCheck = false;
        boolean force = false;
        for (int i = 0; i < argv.length; i++) {
            switch (argv[i]) {
                case "--lessons" -> lessons = Path.of(value(argv, ++i));
                case "--checks" -> checks = Path.of(value(argv, ++i));
                case "--warmup" -> warmup = Integer.parseInt(value(argv, ++i));
                case "--runs" -> runs = Integer.parseInt(value(argv, ++i));
                case "--per-check" -> perCheck = true;
                case "--force" -> force = true;
                default -> throw new IllegalArgumentException("unknown option " + argv[i] + "\n" + USAGE);
            }
        }
        if (runs < 1 || warmup < 0) {
            throw new IllegalArgumentException("--runs must be at least 1 and --warmup at least 0\n" + USAGE);
        }
        return new BenchOptions(lessons, checks, warmup, runs, perCheck, force);
    }

    private static String value(String[] argv, int i) {
        if (i >= argv.length) {
            throw new IllegalArgumentException(argv[i - 1] + " needs a value\n" + USAGE);
        }
        return argv[i];
    }
}
