package io.hopscope;

import io.hopscope.cli.HopscopeCommand;
import io.hopscope.cli.StartupWarmup;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of the runnable jar. Not a JavaFX Application subclass, so that the jar starts on
 * a plain classpath: with no arguments (or one diagram file) it opens the desktop app, with a
 * command it runs headless and never touches JavaFX.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (opensApp(args)) {
            if (!HopscopeCommand.desktopLibraryPresent()) {
                System.exit(HopscopeCommand.reportDesktopLibraryMissing());
            }
            try {
                io.hopscope.app.HopscopeApp.launchWith(args);
            } catch (UnsupportedOperationException | IllegalStateException e) {
                // Glass throws when there is no display (a server, CI): say so instead of a stack trace.
                System.exit(HopscopeCommand.reportCannotOpenWindow(e));
            }
            return;
        }
        StartupWarmup.start(args);
        System.exit(HopscopeCommand.run(args));
    }

    /** No arguments, or a single argument that is a file to open rather than a command. */
    static boolean opensApp(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 1 || args[0].startsWith("-") || HopscopeCommand.isCommand(args[0])) {
            return false;
        }
        String name = args[0].toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".png") || Files.isRegularFile(Path.of(args[0]));
    }
}
