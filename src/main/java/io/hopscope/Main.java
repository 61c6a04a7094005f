package io.hopscope;

import io.hopscope.cli.HopscopeCommand;

/**
 * Entry point of the runnable jar. Not a JavaFX Application subclass, so that the jar starts on
 * a plain classpath: with no arguments (or one diagram file) it opens the desktop app, with a
 * command it runs headless and never touches JavaFX.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && !args[0].startsWith("-") && !HopscopeCommand.isCommand(args[0]))) {
            io.hopscope.app.HopscopeApp.launchWith(args);
            return;
        }
        System.exit(HopscopeCommand.run(args));
    }
}
