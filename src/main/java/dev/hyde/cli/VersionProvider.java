package dev.hyde.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, so it never disagrees with the build that made the jar. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"hyde " + (version != null ? version : "(development build)")};
    }
}
