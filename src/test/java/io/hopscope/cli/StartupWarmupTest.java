package io.hopscope.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up builds a databind mapper for every command except a text command over an AWS folder. */
class StartupWarmupTest {

    @TempDir
    Path tmp;

    @Test
    void aTextCommandOverADescribeFolderNeedsNoDatabind() throws IOException {
        String dir = Files.createDirectories(tmp.resolve("account")).toString();
        assertFalse(StartupWarmup.needsDatabind(new String[] {"trace", dir, "--from", "i-1", "--to", "db-1", "--port", "3306"}));
        assertFalse(StartupWarmup.needsDatabind(new String[] {"validate", dir}));
        assertFalse(StartupWarmup.needsDatabind(new String[] {"exposure", "--to", "db-1", dir}));
    }

    @Test
    void everythingElseIsWarmedAsBefore() throws IOException {
        String dir = Files.createDirectories(tmp.resolve("account")).toString();
        String diagram = Files.writeString(tmp.resolve("d.json"), "{}").toString();
        assertTrue(StartupWarmup.needsDatabind(new String[] {}));
        assertTrue(StartupWarmup.needsDatabind(new String[] {"trace"}));
        assertTrue(StartupWarmup.needsDatabind(new String[] {"trace", diagram, "--from", "a", "--to", "b"}));
        assertTrue(StartupWarmup.needsDatabind(new String[] {"trace", dir, "--format", "json"}));
        assertTrue(StartupWarmup.needsDatabind(new String[] {"trace", dir, "--format=json"}));
        assertTrue(StartupWarmup.needsDatabind(new String[] {"import", dir, "-o", "out.json"}));
        assertTrue(StartupWarmup.needsDatabind(new String[] {"validate", tmp.resolve("missing").toString()}));
        assertTrue(StartupWarmup.needsDatabind(new String[] {"validate", "bad\0path"}));
    }

    @Test
    void recordMethodsAreLinkedAheadUnlessTheCommandNeverComparesRecords() throws IOException {
        String dir = Files.createDirectories(tmp.resolve("account")).toString();
        String diagram = Files.writeString(tmp.resolve("d.json"), "{}").toString();
        assertFalse(StartupWarmup.comparesRecords(new String[] {"trace", dir, "--from", "i-1", "--to", "db-1"}));
        assertFalse(StartupWarmup.comparesRecords(new String[] {"validate", dir}));
        assertFalse(StartupWarmup.comparesRecords(new String[] {"matrix", dir, "--from", "a", "--to", "b"}));
        assertTrue(StartupWarmup.comparesRecords(new String[] {"exposure", dir, "--to", "db-1"}));
        assertTrue(StartupWarmup.comparesRecords(new String[] {"trace", diagram, "--from", "a", "--to", "b"}));
        assertTrue(StartupWarmup.comparesRecords(new String[] {}));
    }
}
