package io.hopscope.cli;

import picocli.CommandLine;

/** The version comes from the jar manifest (set by Maven), so it never drifts from the pom. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = HopscopeCommand.class.getPackage().getImplementationVersion();
        return new String[] {"hopscope " + (v == null ? "development build" : v)};
    }
}
