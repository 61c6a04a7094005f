package io.hopscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.cli.HopscopeCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The entry point's routing and the two flags every installer checks, without System.exit. */
class MainSmokeTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HopscopeCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        assertFalse(Main.opensApp(new String[] {"--help"}), "--help goes to the CLI, not the window");
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Usage: hopscope"), out.toString());
        assertTrue(err.toString().isEmpty(), err.toString());
    }

    @Test
    void versionPrintsTheVersionAndExitsZero() {
        assertFalse(Main.opensApp(new String[] {"--version"}));
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("hopscope "), out.toString());
    }

    @Test
    void noArgumentsOrADiagramFileOpenTheAppAndACommandDoesNot() {
        assertTrue(Main.opensApp(new String[0]));
        assertTrue(Main.opensApp(new String[] {"diagrams/ec2-to-rds.json"}));
        assertFalse(Main.opensApp(new String[] {"validate", "x.json"}));
    }
}
