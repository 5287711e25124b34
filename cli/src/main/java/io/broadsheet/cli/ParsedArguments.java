package io.broadsheet.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The options and operands of one command line, as {@link CommandSyntax#parse} found them. Values are read by
 * option name; asking for a name the command does not declare is a programming error and fails at once.
 */
final class ParsedArguments {

    private final CommandSyntax syntax;
    private final Map<String, List<String>> values;
    private final List<String> operands;
    /** {@link CommandSyntax#HELP} or {@link CommandSyntax#VERSION} when the line asked for one, else null. */
    private final CommandSyntax.Option asked;

    ParsedArguments(CommandSyntax syntax, Map<String, List<String>> values, List<String> operands) {
        this(syntax, values, operands, null);
    }

    private ParsedArguments(CommandSyntax syntax, Map<String, List<String>> values,
                            List<String> operands, CommandSyntax.Option asked) {
        this.syntax = syntax;
        this.values = Map.copyOf(values);
        this.operands = List.copyOf(operands);
        this.asked = asked;
    }

    /** A command line that asked for help or the version, which is all that is read of it. */
    static ParsedArguments asking(CommandSyntax.Option helpOrVersion) {
        return new ParsedArguments(null, Map.of(), List.of(), helpOrVersion);
    }

    /** @return whether {@code -h}/{@code --help} was given */
    boolean helpAsked() {
        return asked == CommandSyntax.HELP;
    }

    /** @return whether {@code -V}/{@code --version} was given */
    boolean versionAsked() {
        return asked == CommandSyntax.VERSION;
    }

    /** @return whether the flag was given */
    boolean flag(String name) {
        return values.containsKey(syntax.option(name).key());
    }

    /** @return the option's value, if it was given */
    Optional<String> value(String name) {
        List<String> given = values(name);
        return given.isEmpty() ? Optional.empty() : Optional.of(given.get(0));
    }

    /** @return every value of the option in the order given; empty when it was not given */
    List<String> values(String name) {
        return values.getOrDefault(syntax.option(name).key(), List.of());
    }

    /**
     * @return the option's values as whole numbers; empty when it was not given
     * @throws UsageException naming the option and the value when one is not a whole number
     */
    int[] intValues(String name) {
        List<String> given = values(name);
        int[] numbers = new int[given.size()];
        for (int i = 0; i < numbers.length; i++) {
            try {
                numbers[i] = Integer.parseInt(given.get(i).strip());
            } catch (NumberFormatException e) {
                throw new UsageException("option '" + name + "' needs a whole number, was '" + given.get(i) + "'");
            }
        }
        return numbers;
    }

    /**
     * @return the option's value as a whole number, if it was given
     * @throws UsageException naming the option and the value when it is not a whole number
     */
    OptionalInt intValue(String name) {
        int[] numbers = intValues(name);
        return numbers.length == 0 ? OptionalInt.empty() : OptionalInt.of(numbers[0]);
    }

    /**
     * @return the option's values as paths, in the order given
     * @throws UsageException naming the option and the value when one is not a path on this system
     */
    List<Path> paths(String name) {
        return toPaths(values(name), "option '" + name + "'");
    }

    /** @return the operands, in order */
    List<String> operands() {
        return operands;
    }

    /**
     * @return the operands as paths, in order
     * @throws UsageException naming the operand that is not a path on this system
     */
    List<Path> operandPaths() {
        return toPaths(operands, "argument");
    }

    private static List<Path> toPaths(List<String> given, String what) {
        List<Path> paths = new ArrayList<>(given.size());
        for (String value : given) {
            try {
                paths.add(Path.of(value));
            } catch (InvalidPathException e) {
                throw new UsageException(what + " '" + value + "' is not a valid path: " + e.getReason());
            }
        }
        return paths;
    }
}
