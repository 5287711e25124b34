package io.broadsheet.cli;

import io.broadsheet.BroadsheetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** {@code broadsheet}: parse press documents and show who said what. */
@Command(name = "broadsheet",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns press releases, transcripts and news articles into structured documents.",
        subcommands = {ParseCommand.class, TraceCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code for a command the user must change: unknown format, bad option value. */
    static final int USAGE_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the tool with the given streams; returns the exit code. Used by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BroadsheetException) {
                // Configuration problems the user can fix: one line, no stack trace.
                commandLine.getErr().println("broadsheet: " + e.getMessage());
                return USAGE_ERROR;
            }
            throw e;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties props = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/broadsheet-cli.properties")) {
                if (in != null) {
                    props.load(in);
                }
            }
            return new String[] {"broadsheet " + props.getProperty("version", "unknown")};
        }
    }
}
