package io.broadsheet.cli;

import io.broadsheet.BroadsheetException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** {@code broadsheet}: parse press documents and show who said what. */
public final class Main {

    /** Exit code for a command the user must change: unknown option or format, bad option value. */
    static final int USAGE_ERROR = 2;

    private static final String DESCRIPTION =
            "Turns press releases, transcripts and news articles into structured documents.";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** @return the tool's commands, in the order help lists them */
    private static List<Subcommand> commands() {
        return List.of(new ParseCommand(), new TraceCommand(), new ReportCommand());
    }

    /** Runs the tool with the given streams; returns the exit code. Used by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return dispatch(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(String[] args, PrintWriter out, PrintWriter err) {
        String first = args.length == 0 ? "--help" : args[0];
        switch (first) {
            case "-h", "--help" -> {
                printHelp(out);
                return 0;
            }
            case "-V", "--version" -> {
                out.println(version());
                return 0;
            }
            case "help" -> {
                return help(args.length > 1 ? args[1] : null, out, err);
            }
            default -> {
                Subcommand command = find(first);
                if (command == null) {
                    err.println("broadsheet: unknown command '" + first + "'");
                    err.println("Run 'broadsheet --help' for the commands.");
                    return USAGE_ERROR;
                }
                return run(command, Arrays.asList(args).subList(1, args.length), out, err);
            }
        }
    }

    private static int run(Subcommand command, List<String> args, PrintWriter out, PrintWriter err) {
        String name = command.syntax().name();
        try {
            ParsedArguments parsed = command.syntax().parse(args);
            if (parsed.helpAsked()) {
                command.syntax().printHelp(out);
                return 0;
            }
            if (parsed.versionAsked()) {
                out.println(version());
                return 0;
            }
            return command.run(parsed, out, err);
        } catch (UsageException e) {
            err.println("broadsheet " + name + ": " + e.getMessage());
            err.println("Run 'broadsheet " + name + " --help' for its options.");
            return USAGE_ERROR;
        } catch (BroadsheetException e) {
            // Configuration problems the user can fix, such as an unknown format: one line, no stack trace.
            err.println("broadsheet: " + e.getMessage());
            return USAGE_ERROR;
        }
    }

    private static int help(String commandName, PrintWriter out, PrintWriter err) {
        if (commandName == null) {
            printHelp(out);
            return 0;
        }
        Subcommand command = find(commandName);
        if (command == null) {
            err.println("broadsheet help: unknown command '" + commandName + "'");
            return USAGE_ERROR;
        }
        command.syntax().printHelp(out);
        return 0;
    }

    private static Subcommand find(String name) {
        for (Subcommand command : commands()) {
            if (command.syntax().name().equals(name)) {
                return command;
            }
        }
        return null;
    }

    private static void printHelp(PrintWriter out) {
        out.println("Usage: broadsheet COMMAND [OPTIONS] [FILE|DIR...]");
        out.println(DESCRIPTION);
        out.println();
        out.println("Commands:");
        for (Subcommand command : commands()) {
            CommandSyntax syntax = command.syntax();
            CommandSyntax.wrap(out, syntax.description().replace('\n', ' '),
                    "  " + syntax.name() + " ".repeat(8 - syntax.name().length()), " ".repeat(10));
        }
        CommandSyntax.wrap(out, "Show a command's options.", "  help    ", " ".repeat(10));
        out.println();
        out.println("Options:");
        out.println("  -h, --help     Show this help and exit.");
        out.println("  -V, --version  Print the version and exit.");
        out.println("Run 'broadsheet COMMAND --help' for a command's options.");
    }

    /** @return the version line, from what Maven wrote into the jar */
    static String version() {
        Properties props = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("/broadsheet-cli.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // A jar that cannot read its own resource still runs; the version is then unknown.
        }
        return "broadsheet " + props.getProperty("version", "unknown");
    }
}
