package io.hopscope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar leaves the AWS SDK in {@code lib/hopscope-aws-sdk.jar} and JavaFX in
 * {@code lib/hopscope-javafx.jar}: a jar copied alone still runs its commands, and {@code collect}
 * and the desktop app say what is missing instead of failing to link.
 */
class CompanionJarTest {

    @Test
    void presentOnTheBuildClassPath() {
        assertTrue(CompanionJar.AWS_SDK.present());
        assertTrue(CompanionJar.JAVAFX.present());
    }

    @Test
    void collectWithoutTheSdkSaysWhichJarIsMissing(@TempDir Path dir) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPathWithout("awssdk", "test-classes")) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        try (URLClassLoader withoutSdk = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> companion = withoutSdk.loadClass(CompanionJar.class.getName());
            Object sdk = companion.getField("AWS_SDK").get(null);
            assertFalse((boolean) companion.getMethod("present").invoke(sdk));
            Class<?> command = withoutSdk.loadClass("io.hopscope.cli.HopscopeCommand");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = (int) command.getMethod("run", PrintWriter.class, PrintWriter.class, String[].class)
                    .invoke(null, new PrintWriter(out), new PrintWriter(err),
                            new String[] {"collect", "-o", dir.resolve("out").toString(), "--region", "eu-west-1"});
            assertEquals(2, exit, err.toString());
            // Run from target/classes (a folder), so the relative path the manifest gives is named.
            assertEquals("error: the AWS SDK is not found: collect needs lib/hopscope-aws-sdk.jar"
                    + " (mvn package builds it beside hopscope.jar; copy the lib folder with the jar)" + System.lineSeparator(),
                    err.toString());
            assertFalse(Files.exists(dir.resolve("out")));
        }
    }

    @Test
    void theAppWithoutJavaFxSaysWhichJarIsMissing() throws Exception {
        List<String> kept = classPathWithout("openjfx", "controlsfx", "monocle", "testfx", "test-classes");
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaCommand, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", String.join(File.pathSeparator, kept),
                "io.hopscope.Main", "diagrams/ec2-to-rds.json").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), out);
        assertEquals("error: the desktop app needs lib/hopscope-javafx.jar (mvn package builds it beside hopscope.jar;"
                + " copy the lib folder with the jar); the commands run without it, see 'hopscope --help'", out.strip());
    }

    /** The tests' class path without the entries whose path names any of {@code parts}. */
    private static List<String> classPathWithout(String... parts) {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> kept = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            if (List.of(parts).stream().noneMatch(entry::contains)) {
                kept.add(entry);
            }
        }
        return kept;
    }

    @Test
    void theRunnableJarNamesBothJarsOnItsClassPath() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<Class-Path>" + CompanionJar.JAVAFX.jar() + " " + CompanionJar.AWS_SDK.jar() + "</Class-Path>"));
        for (CompanionJar companion : List.of(CompanionJar.AWS_SDK, CompanionJar.JAVAFX)) {
            assertTrue(pom.contains("<outputFile>${project.build.directory}/" + companion.jar() + "</outputFile>"), companion.jar());
        }
    }
}
