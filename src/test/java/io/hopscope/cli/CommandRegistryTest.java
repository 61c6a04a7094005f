package io.hopscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Each run registers only the command it names; help and mistakes still see every command. */
class CommandRegistryTest {

    @Test
    void everyRegisteredNameMakesTheCommandOfThatName() {
        for (String name : HopscopeCommand.COMMANDS) {
            assertEquals(name, HopscopeCommand.command(name).name());
        }
    }

    @Test
    void aNamedCommandIsTheOnlyOneRegistered() {
        PrintWriter w = new PrintWriter(new StringWriter());
        CommandLine cl = HopscopeCommand.commandLine(w, w, false, "--debug", "validate", "x.json");
        assertEquals(List.of("validate"), new ArrayList<>(cl.getSubcommands().keySet()));
    }

    @Test
    void helpListsEveryCommandAndAMisspeltOneIsAnInputError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, HopscopeCommand.run(new PrintWriter(out), new PrintWriter(err), "--help"));
        for (String name : HopscopeCommand.COMMANDS) {
            assertTrue(out.toString().contains("  " + name + " "), name + " missing from:\n" + out);
        }
        StringWriter err2 = new StringWriter();
        assertEquals(2, HopscopeCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err2), "valdate", "x.json"));
        assertTrue(err2.toString().contains("valdate"), err2.toString());
    }
}
