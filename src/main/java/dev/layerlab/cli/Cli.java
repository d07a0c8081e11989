package dev.layerlab.cli;

import picocli.CommandLine;

/** Builds the picocli command line with the services injected and one error handler. */
public final class Cli {

    private Cli() {
    }

    /** Parses {@code args}, runs the command, and returns its exit code. */
    public static int run(Services services, boolean debug, String... args) {
        return commandLine(services, debug).execute(args);
    }

    static CommandLine commandLine(Services services, boolean debug) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    var constructor = type.getDeclaredConstructor(Services.class);
                    constructor.setAccessible(true);
                    return constructor.newInstance(services);
                } catch (NoSuchMethodException e) {
                    return defaults.create(type);
                }
            }
        };
        CommandLine commandLine = new CommandLine(LayerlabCommand.class, factory);
        commandLine.setExecutionExceptionHandler(new ErrorHandler(services, debug));
        commandLine.setOut(services.out());
        commandLine.setErr(services.err());
        return commandLine;
    }
}
