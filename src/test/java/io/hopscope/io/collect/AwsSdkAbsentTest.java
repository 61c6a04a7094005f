package io.hopscope.io.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar leaves the AWS SDK in {@code lib/hopscope-aws-sdk.jar}: a jar copied alone
 * still runs, and {@code collect} says what is missing instead of failing to link.
 */
class AwsSdkAbsentTest {

    @Test
    void presentOnTheBuildClassPath() {
        assertTrue(AwsSdk.present());
    }

    @Test
    void collectWithoutTheSdkSaysWhichJarIsMissing(@TempDir Path dir) throws Exception {
        List<URL> urls = new ArrayList<>();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.contains("awssdk") && !entry.contains("test-classes")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        try (URLClassLoader withoutSdk = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> sdk = withoutSdk.loadClass(AwsSdk.class.getName());
            assertFalse((boolean) sdk.getMethod("present").invoke(null));
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
    void theRunnableJarNamesTheSdkJarOnItsClassPath() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<Class-Path>" + AwsSdk.JAR + "</Class-Path>"));
        assertTrue(pom.contains("<outputFile>${project.build.directory}/" + AwsSdk.JAR + "</outputFile>"));
    }
}
