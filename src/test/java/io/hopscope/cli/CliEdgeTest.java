package io.hopscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every command shares at its edge: escaping, capped problem lines, internal errors. */
class CliEdgeTest {

    @Test
    void controlCharactersAreShownEscaped() {
        assertEquals("\\e]0;owned\\u0007\\e[2J \\u009b \\u202e ok ✓", EscapingWriter.escape(
                "\u001b]0;owned\u0007\u001b[2J \u009b \u202e ok ✓", true));
        assertEquals("a\\nb", EscapingWriter.escape("a\nb", false));
        assertEquals("a\nb\tc", EscapingWriter.escape("a\nb\tc", true));
    }

    @Test
    void writerEscapesButKeepsLines() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(new EscapingWriter(text), true);
        out.println("name \u001b[31mred");
        out.print("line1\nline2");
        out.flush();
        assertEquals("name \\e[31mred" + System.lineSeparator() + "line1\nline2", text.toString());
    }

    @Test
    void fiftyLinesPerFileAndKindThenACount() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < 52_000; i++) {
            problems.add(Problem.error("Vpcs.json: $.Vpcs[" + i + "]", "expected an object; skipped"));
        }
        problems.add(Problem.warning("Subnets.json: $.Subnets[0]", "other kind"));
        StringWriter text = new StringWriter();
        ProblemLines.print(new PrintWriter(text, true), problems, p -> ProblemLines.line(null, p, true), "");
        List<String> lines = text.toString().lines().toList();
        assertEquals(52, lines.size());
        assertEquals("Subnets.json: $.Subnets[0]: warning: other kind", lines.get(50));
        assertEquals("... and 51,950 more errors at Vpcs.json: $.Vpcs[]", lines.get(51));
    }

    @Test
    void internalErrorIsOneLineWithAnIdAndNoExceptionText() {
        RuntimeException bug = new NullPointerException("Cannot invoke \"io.hopscope.model.Vpc.label()\" because \"vpc\" is null");
        StringWriter text = new StringWriter();
        assertEquals(1, InternalErrors.report(new PrintWriter(text, true), bug, false));
        String shown = text.toString();
        assertTrue(shown.matches("internal error, please report: HS-[0-9a-f]{8} \\(run again with --debug to see the"
                + " details\\)\\R"), shown);
        assertFalse(shown.contains("Vpc.label"));
        StringWriter debug = new StringWriter();
        InternalErrors.report(new PrintWriter(debug, true), bug, true);
        assertTrue(debug.toString().contains("\tat "), "--debug shows the stack trace");
        assertEquals(InternalErrors.id(bug), InternalErrors.id(bug), "the same failure has the same id");
    }

    @Test
    void debugIsAcceptedByEveryCommand() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = HopscopeCommand.run(new PrintWriter(out), new PrintWriter(err), "validate", "--debug",
                "diagrams/ec2-to-rds.json");
        assertEquals(0, exit, err.toString());
    }
}
