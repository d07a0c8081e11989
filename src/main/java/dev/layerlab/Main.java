package dev.layerlab;

import dev.layerlab.cli.Cli;
import java.util.Arrays;

/** Wires layerlab together and runs the command line. The only place that calls {@code System.exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        try (Wiring wiring = new Wiring(System.getenv(), debug)) {
            return Cli.run(wiring, debug, args);
        }
    }
}
