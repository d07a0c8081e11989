package dev.layerlab.bench;

import java.io.PrintStream;
import java.util.Map;

/** The table {@link CheckBench} prints: one row per step, optional rows per check, and a total. */
final class Report {

    private static final String ROW = "%-34s %6s %9s %9s %9s%n";
    private static final double BUDGET_MILLIS = 50;

    private final PrintStream out;
    private final BenchOptions options;
    private final Timings all = new Timings();
    private double worstMedian;
    private String worstStep = "-";
    private int steps;

    Report(PrintStream out, BenchOptions options) {
        this.out = out;
        this.options = options;
        out.printf("check bench: %d warm-up + %d timed rounds per step; times in ms (median, p95, max)%n",
                options.warmup(), options.runs());
        out.printf(ROW, "step", "checks", "median", "p95", "max");
    }

    void step(String name, int checks, Timings timings, Map<String, Timings> perCheck) {
        steps++;
        all.addAll(timings);
        if (timings.medianMillis() > worstMedian) {
            worstMedian = timings.medianMillis();
            worstStep = name;
        }
        out.printf(ROW, name, String.valueOf(checks), ms(timings.medianMillis()), ms(timings.p95Millis()), ms(timings.maxMillis()));
        perCheck.forEach((check, t) -> out.printf(ROW, "    " + check, "", ms(t.medianMillis()), ms(t.p95Millis()), ms(t.maxMillis())));
    }

    void total() {
        out.printf(ROW, "all " + steps + " steps (" + all.count() + " rounds)", "", ms(all.medianMillis()), ms(all.p95Millis()),
                ms(all.maxMillis()));
        String verdict = worstMedian < BUDGET_MILLIS ? "within" : "OVER";
        out.printf("slowest step: %s, median %s ms: %s the %.0f ms budget (DESIGN §7)%n", worstStep, ms(worstMedian), verdict,
                BUDGET_MILLIS);
    }

    private static String ms(double millis) {
        return String.format("%.1f", millis);
    }
}
