package io.broadsheet.cli;

import java.io.PrintWriter;

/** One of the tool's commands: its syntax and what it does with a parsed command line. */
interface Subcommand {

    /** @return the options and operands the command takes, with their help */
    CommandSyntax syntax();

    /**
     * Runs the command.
     *
     * @param args the parsed command line, neither help nor version
     * @param out  where results go
     * @param err  where problems go
     * @return the exit code: 0 when everything worked, 1 when some input failed
     * @throws UsageException when an option's value is out of range or options do not go together
     */
    int run(ParsedArguments args, PrintWriter out, PrintWriter err);
}
