package io.broadsheet.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandSyntaxTest {

    private static final CommandSyntax SYNTAX = CommandSyntax.command("demo", "Does a demo.")
            .operands("FILE", 1, "Files to read.")
            .flag("--json", "Print JSON.")
            .option("--threads", "N", "How many threads.")
            .option(new CommandSyntax.Option(List.of("-o", "--output"), "FILE", 1, false, "Where to write."))
            .option(new CommandSyntax.Option(List.of("--primary"), "FILE", 1, true, "A primary source."))
            .option(new CommandSyntax.Option(List.of("--benchmark"), "N", 2, false, "Two counts."))
            .build();

    private static ParsedArguments parse(String... args) {
        return SYNTAX.parse(List.of(args));
    }

    @Test
    void optionsTakeTheirValueAfterASpaceOrAnEqualsSignAndMayStandAmongOperands() {
        ParsedArguments args = parse("a.txt", "--threads", "3", "-o=out.html", "--json", "b.txt");

        assertThat(args.flag("--json")).isTrue();
        assertThat(args.intValue("--threads")).hasValue(3);
        assertThat(args.paths("--output")).containsExactly(Path.of("out.html"));
        assertThat(args.value("-o")).hasValue("out.html");
        assertThat(args.operands()).containsExactly("a.txt", "b.txt");
    }

    @Test
    void absentOptionsAreEmpty() {
        ParsedArguments args = parse("a.txt");

        assertThat(args.flag("--json")).isFalse();
        assertThat(args.intValue("--threads")).isEmpty();
        assertThat(args.value("--output")).isEmpty();
        assertThat(args.values("--primary")).isEmpty();
        assertThat(args.intValues("--benchmark")).isEmpty();
    }

    @Test
    void repeatableOptionsCollectEveryValueAndTwoValuedOptionsTakeBoth() {
        ParsedArguments args = parse("--primary", "p1.txt", "--benchmark", "100", "10", "--primary=p2.txt", "a.txt");

        assertThat(args.paths("--primary")).containsExactly(Path.of("p1.txt"), Path.of("p2.txt"));
        assertThat(args.intValues("--benchmark")).containsExactly(100, 10);
        assertThat(args.operandPaths()).containsExactly(Path.of("a.txt"));
    }

    @Test
    void aDoubleDashEndsTheOptions() {
        ParsedArguments args = parse("--", "--json", "-");

        assertThat(args.flag("--json")).isFalse();
        assertThat(args.operands()).containsExactly("--json", "-");
    }

    @Test
    void helpIsAnsweredBeforeAnythingElseIsChecked() {
        assertThat(parse("-h").helpAsked()).isTrue();
        assertThat(parse("--threads", "x", "--help").helpAsked()).isTrue();
        assertThat(parse("-V").versionAsked()).isTrue();
    }

    @Test
    void mistakesNameTheOptionAndTheValue() {
        assertThatThrownBy(() -> parse("--bogus", "a.txt")).isInstanceOf(UsageException.class)
                .hasMessage("unknown option '--bogus'");
        assertThatThrownBy(() -> parse("a.txt", "--threads")).hasMessage("option '--threads' needs a value: --threads N");
        assertThatThrownBy(() -> parse("a.txt", "--benchmark", "1"))
                .hasMessage("option '--benchmark' needs 2 values: --benchmark N N");
        assertThatThrownBy(() -> parse("a.txt", "--json=yes")).hasMessage("option '--json' takes no value, was given 'yes'");
        assertThatThrownBy(() -> parse("a.txt", "-o", "x", "--output", "y"))
                .hasMessage("option '--output' is given more than once");
        assertThatThrownBy(() -> parse("--json")).hasMessage("needs at least one FILE");
        assertThatThrownBy(() -> parse("a.txt", "--threads", "many").intValue("--threads"))
                .hasMessage("option '--threads' needs a whole number, was 'many'");
    }

    @Test
    void readingAnUndeclaredOptionIsAProgrammingError() {
        assertThatThrownBy(() -> parse("a.txt").flag("--nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--nope");
    }

    @Test
    void helpListsEveryOptionWithinEightyColumns() {
        StringWriter text = new StringWriter();
        CommandSyntax.command("long", "word ".repeat(60).strip())
                .operands("FILE", 0, "Files.")
                .option("--threads", "N", "Threads " + "and more threads ".repeat(12))
                .build().printHelp(new PrintWriter(text));

        assertThat(text.toString().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80))
                .first().isEqualTo("Usage: broadsheet long [OPTIONS] [FILE...]");
        assertThat(text.toString()).contains("  FILE...", "  --threads N", "  -h, --help", "  -V, --version");
    }
}
