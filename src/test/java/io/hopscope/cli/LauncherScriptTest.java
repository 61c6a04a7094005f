package io.hopscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell launcher that {@code mvn package} copies to {@code target/hopscope}, run by {@code sh}
 * with a stand-in {@code java} that prints the arguments it was given: the launcher finds the jar
 * and archive beside itself however it was started (by a path, from its own folder, through
 * {@code PATH}), passes the start-up flags, and adds the archive's flags only when the archive is
 * there.
 */
class LauncherScriptTest {

    private static final Path LAUNCHER = Path.of("src/main/dist/hopscope");

    @TempDir
    Path tmp;
    private Path install;
    private Path jdk;

    @BeforeEach
    void installLauncher() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        install = Files.createDirectories(tmp.resolve("some dir/target"));
        Path launcher = install.resolve("hopscope");
        Files.copy(LAUNCHER, launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        jdk = Files.createDirectories(tmp.resolve("jdk/bin"));
        Path java = jdk.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void passesTheStartUpFlagsAndTheJarBesideIt() throws Exception {
        List<String> args = run(tmp, install.resolve("hopscope").toString(), "trace", "my dir", "--port", "3306");
        assertTrue(args.containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=20", "-XX:C1MaxInlineLevel=5",
                "-XX:+UseSerialGC", "-XX:-UsePerfData")), args.toString());
        int jar = args.indexOf("-jar");
        assertEquals(List.of(install.toRealPath().resolve("hopscope.jar").toString(), "trace", "my dir", "--port", "3306"),
                args.subList(jar + 1, args.size()));
        assertTrue(args.stream().noneMatch(a -> a.contains("SharedArchiveFile")), "no archive, no archive flags: " + args);
    }

    @Test
    void exposureKeepsTheDefaultTiersForItsLongRuns() throws Exception {
        List<String> args = run(tmp, install.resolve("hopscope").toString(), "exposure", "x.json", "--to", "db");
        assertTrue(args.stream().noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel") || a.startsWith("-XX:C1Max")),
                args.toString());
        assertEquals(List.of("exposure", "x.json", "--to", "db"), args.subList(args.indexOf("-jar") + 2, args.size()));
    }

    @Test
    void mapsTheArchiveAtItsOwnAddressWhenThereIsOne() throws Exception {
        Files.writeString(install.resolve("hopscope.jsa"), "");
        List<String> args = run(tmp, install.resolve("hopscope").toString(), "validate", "x.json");
        assertTrue(args.contains("-XX:SharedArchiveFile=" + install.toRealPath().resolve("hopscope.jsa")), args.toString());
        int unlock = args.indexOf("-XX:+UnlockDiagnosticVMOptions");
        assertTrue(unlock >= 0 && unlock < args.indexOf("-XX:ArchiveRelocationMode=0"), args.toString());
    }

    @Test
    void findsItsFolderFromARelativePathOrThroughPath() throws Exception {
        String jar = install.toRealPath().resolve("hopscope.jar").toString();
        List<String> fromInside = run(install, "./hopscope", "--version");
        assertEquals(jar, fromInside.get(fromInside.indexOf("-jar") + 1));
        List<String> fromParent = run(install.getParent(), "target/hopscope", "--version");
        assertEquals(jar, fromParent.get(fromParent.indexOf("-jar") + 1));
        List<String> onPath = run(tmp, "/bin/sh", "-c", "hopscope --version");
        assertEquals(jar, onPath.get(onPath.indexOf("-jar") + 1));
    }

    @Test
    void extraFlagsComeBeforeTheJarAsWordsNotFileNames() throws Exception {
        Files.writeString(install.resolve("hopscope.jsa"), "");
        Files.writeString(tmp.resolve("-Xlog:gc-matches-a-glob"), "");
        List<String> args = runWith(Map.of("HOPSCOPE_JAVA_OPTS", "-Xmx4g  -Xlog:gc*"), tmp,
                install.resolve("hopscope").toString(), "validate", "*");
        int jar = args.indexOf("-jar");
        assertTrue(args.indexOf("-Xmx4g") > args.indexOf("-XX:ArchiveRelocationMode=0") && args.indexOf("-Xmx4g") < jar
                && args.indexOf("-Xlog:gc*") == args.indexOf("-Xmx4g") + 1, args.toString());
        assertEquals(List.of("validate", "*"), args.subList(jar + 2, args.size()));
    }

    private List<String> run(Path dir, String... command) throws Exception {
        return runWith(Map.of(), dir, command);
    }

    private List<String> runWith(Map<String, String> env, Path dir, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", jdk.getParent().toString());
        pb.environment().put("PATH", install + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().remove("HOPSCOPE_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }
}
