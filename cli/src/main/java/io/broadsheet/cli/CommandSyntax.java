package io.broadsheet.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one command accepts: its options, its operands and the help text for both. It parses an argument list
 * into {@link ParsedArguments} and prints the command's help.
 *
 * <p>The syntax is the common GNU one: {@code --name value} or {@code --name=value}, flags without a value,
 * options anywhere among the operands, and {@code --} before operands that start with a dash. Every command
 * also takes {@code -h}/{@code --help} and {@code -V}/{@code --version}.
 *
 * <p>Written here rather than taken from a library because the tool starts once per run: the annotation-driven
 * parser used before spent about 140 ms of every start loading and reflecting on its own classes, a third of a
 * one-file run.
 */
final class CommandSyntax {

    /** Help text is wrapped to fit this many columns. */
    private static final int WIDTH = 80;
    static final Option HELP = new Option(List.of("-h", "--help"), null, 0, false, "Show this help and exit.");
    static final Option VERSION = new Option(List.of("-V", "--version"), null, 0, false,
            "Print the version and exit.");

    private final String name;
    private final String description;
    private final String operandLabel;
    private final int minOperands;
    private final String operandDescription;
    private final List<Option> options;
    private final Map<String, Option> byName;

    private CommandSyntax(Builder builder) {
        this.name = builder.name;
        this.description = builder.description;
        this.operandLabel = builder.operandLabel;
        this.minOperands = builder.minOperands;
        this.operandDescription = builder.operandDescription;
        List<Option> all = new ArrayList<>(builder.options);
        all.add(HELP);
        all.add(VERSION);
        this.options = List.copyOf(all);
        Map<String, Option> names = new HashMap<>();
        for (Option option : options) {
            for (String n : option.names()) {
                if (names.put(n, option) != null) {
                    throw new IllegalArgumentException("option " + n + " is declared twice in command " + name);
                }
            }
        }
        this.byName = Map.copyOf(names);
    }

    /**
     * @param name        the command's name as typed after {@code broadsheet}
     * @param description what the command does; a {@code \n} starts a new paragraph
     * @return a builder for the command's options and operands
     */
    static Builder command(String name, String description) {
        return new Builder(name, description);
    }

    /** @return the command's name */
    String name() {
        return name;
    }

    /** @return what the command does */
    String description() {
        return description;
    }

    /**
     * Parses the arguments that follow the command's name.
     *
     * @param args the arguments
     * @return the options and operands found; when help or the version was asked for, nothing else is checked
     * @throws UsageException naming the argument that does not fit: an unknown option, a missing or repeated
     *                        value, too few operands
     */
    ParsedArguments parse(List<String> args) {
        // Keyed by the option's last spelling; records' own hashCode and equals would link invokedynamic call
        // sites, which costs tens of milliseconds the first time in a process. For the same reason this method
        // uses no lambdas: it runs once, at start-up, in the interpreter.
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                operands.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = arg.startsWith("--") ? arg.indexOf('=') : arg.indexOf('=', 1);
            String optionName = equals > 0 ? arg.substring(0, equals) : arg;
            Option option = byName.get(optionName);
            if (option == null) {
                throw new UsageException("unknown option '" + optionName + "'");
            }
            if (option == HELP || option == VERSION) {
                return ParsedArguments.asking(option);
            }
            List<String> given = values.get(option.key());
            if (given == null) {
                given = new ArrayList<>();
                values.put(option.key(), given);
            }
            if (!given.isEmpty() && !option.repeatable()) {
                throw new UsageException("option '" + optionName + "' is given more than once");
            }
            if (option.arity() == 0) {
                if (equals > 0) {
                    throw new UsageException("option '" + optionName + "' takes no value, was given '"
                            + arg.substring(equals + 1) + "'");
                }
                given.add("");
                continue;
            }
            int needed = option.arity();
            if (equals > 0) {
                given.add(arg.substring(equals + 1));
                needed--;
            }
            for (; needed > 0; needed--) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("option '" + optionName + "' needs "
                            + (option.arity() == 1 ? "a value" : option.arity() + " values") + ": " + option.synopsis());
                }
                given.add(args.get(++i));
            }
        }
        for (Map.Entry<String, List<String>> option : values.entrySet()) {
            option.setValue(List.copyOf(option.getValue()));
        }
        if (operandLabel == null && !operands.isEmpty()) {
            throw new UsageException("takes no arguments, was given '" + operands.get(0) + "'");
        }
        if (operands.size() < minOperands) {
            throw new UsageException(minOperands == 1 ? "needs at least one " + operandLabel
                    : "needs at least " + minOperands + " " + operandLabel + " arguments, was given " + operands.size());
        }
        return new ParsedArguments(this, values, operands);
    }

    /** @return the option with this name; fails on a name the command does not declare, a programming error */
    Option option(String optionName) {
        Option option = byName.get(optionName);
        if (option == null) {
            throw new IllegalArgumentException("command " + name + " has no option " + optionName);
        }
        return option;
    }

    /** Prints the usage line, the description, the operands and each option with its description. */
    void printHelp(PrintWriter out) {
        StringBuilder usage = new StringBuilder("Usage: broadsheet ").append(name).append(" [OPTIONS]");
        if (operandLabel != null) {
            usage.append(minOperands > 0 ? " " + operandLabel + "..." : " [" + operandLabel + "...]");
        }
        out.println(usage);
        for (String paragraph : description.split("\n")) {
            wrap(out, paragraph, "", "");
        }
        out.println();
        List<String[]> rows = new ArrayList<>();
        if (operandLabel != null) {
            rows.add(new String[] {operandLabel + "...", operandDescription});
        }
        for (Option option : options) {
            rows.add(new String[] {option.synopsis(), option.description()});
        }
        int column = 0;
        for (String[] row : rows) {
            column = Math.max(column, row[0].length());
        }
        String indent = " ".repeat(column + 4);
        for (String[] row : rows) {
            wrap(out, row[1], "  " + row[0] + " ".repeat(column - row[0].length() + 2), indent);
        }
        out.flush();
    }

    /** Prints {@code text} word-wrapped, the first line after {@code first}, the others after {@code indent}. */
    static void wrap(PrintWriter out, String text, String first, String indent) {
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line.setLength(0);
                line.append(indent);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        out.println(line);
    }

    /**
     * One option.
     *
     * @param names       its spellings, e.g. {@code -o} and {@code --output}
     * @param label       what its value is called in help, e.g. {@code FILE}; null for a flag
     * @param arity       how many values follow it: 0 for a flag
     * @param repeatable  whether it may be given more than once, collecting every value
     * @param description one sentence for the help
     */
    record Option(List<String> names, String label, int arity, boolean repeatable, String description) {
        Option {
            names = List.copyOf(names);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("an option needs a name");
            }
            if (arity < 0 || (arity == 0) != (label == null)) {
                throw new IllegalArgumentException("option " + names + ": a flag has no label, a valued option has one;"
                        + " arity was " + arity + ", label " + label);
            }
            Objects.requireNonNull(description, "description");
        }

        /** @return the spelling that identifies the option among the parsed values: its last, long one */
        String key() {
            return names.get(names.size() - 1);
        }

        /** @return how the option is shown in help: {@code -o, --output FILE} */
        String synopsis() {
            String spelled = String.join(", ", names);
            if (label == null) {
                return spelled;
            }
            return spelled + (" " + label).repeat(arity) + (repeatable ? " (repeatable)" : "");
        }
    }

    /** Collects a command's options and operands. */
    static final class Builder {
        private final String name;
        private final String description;
        private final List<Option> options = new ArrayList<>();
        private String operandLabel;
        private int minOperands;
        private String operandDescription;

        private Builder(String name, String description) {
            this.name = Objects.requireNonNull(name, "name");
            this.description = Objects.requireNonNull(description, "description");
        }

        /** Declares the operands: {@code label} in help, at least {@code min} of them. */
        Builder operands(String label, int min, String operandsDescription) {
            this.operandLabel = Objects.requireNonNull(label, "label");
            this.minOperands = min;
            this.operandDescription = Objects.requireNonNull(operandsDescription, "operandsDescription");
            return this;
        }

        /** Declares an option without a value. */
        Builder flag(String optionName, String flagDescription) {
            options.add(new Option(List.of(optionName), null, 0, false, flagDescription));
            return this;
        }

        /** Declares an option with one value, given at most once. */
        Builder option(String optionName, String label, String optionDescription) {
            return option(new Option(List.of(optionName), label, 1, false, optionDescription));
        }

        /** Declares any option. */
        Builder option(Option option) {
            options.add(option);
            return this;
        }

        CommandSyntax build() {
            return new CommandSyntax(this);
        }
    }
}
