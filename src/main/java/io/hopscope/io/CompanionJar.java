package io.hopscope.io;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A jar that the runnable jar names on its manifest's Class-Path instead of holding: the AWS SDK,
 * which only {@code collect} uses, and JavaFX with ControlsFX, which only the desktop app uses. A
 * command then opens a jar of about 3,300 entries in Java code at start-up, not 34,000 (README "A
 * command line that starts fast"). A jar copied without its {@code lib} folder still runs every
 * command that needs neither; the others say which file is missing. The probe is a class name, not
 * a type, so asking never fails to link.
 */
public record CompanionJar(String jar, String probeClass) {

    public static final CompanionJar AWS_SDK = new CompanionJar("lib/hopscope-aws-sdk.jar", "software.amazon.awssdk.regions.Region");
    public static final CompanionJar JAVAFX = new CompanionJar("lib/hopscope-javafx.jar", "javafx.application.Application");

    /** Where the jar is looked for: beside the running jar, or {@link #jar} as the manifest gives it when not run from a jar. */
    public String expectedAt() {
        try {
            Path self = Path.of(CompanionJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(self) && self.getParent() != null) {
                return self.getParent().resolve(jar).toString();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (or not a file): name the relative path the manifest gives
        }
        return jar;
    }

    /** Where the jar should be and how to get it, for a message saying it is missing. */
    public String whereAndHow() {
        return expectedAt() + " (mvn package builds it beside hopscope.jar; copy the lib folder with the jar)";
    }

    public boolean present() {
        try {
            Class.forName(probeClass, false, CompanionJar.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
