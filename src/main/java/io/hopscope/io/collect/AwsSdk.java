package io.hopscope.io.collect;

/**
 * Whether the AWS SDK can be loaded. The runnable jar leaves it out and names
 * {@code lib/hopscope-aws-sdk.jar} beside itself on its manifest's Class-Path (every other command
 * then opens a jar a third the size), so a jar copied without its {@code lib} folder runs every
 * command but {@code collect}. This class names no SDK type, so asking never fails to link.
 */
public final class AwsSdk {

    /** The jar the runnable jar's manifest names, relative to it. */
    public static final String JAR = "lib/hopscope-aws-sdk.jar";

    private AwsSdk() {
    }

    /** Where the SDK jar is looked for: beside the running jar, or {@link #JAR} when not run from a jar. */
    public static String expectedAt() {
        try {
            java.nio.file.Path self = java.nio.file.Path.of(AwsSdk.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (java.nio.file.Files.isRegularFile(self) && self.getParent() != null) {
                return self.getParent().resolve(JAR).toString();
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // no code source (or not a file): name the relative path the manifest gives
        }
        return JAR;
    }

    public static boolean present() {
        try {
            Class.forName("software.amazon.awssdk.regions.Region", false, AwsSdk.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
