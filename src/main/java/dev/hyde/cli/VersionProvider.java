package dev.hyde.cli;

import dev.hyde.about.Versions;
import picocli.CommandLine.IVersionProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hyde's version, then the libraries that decide what a page looks like, all read from the
 * build's and the jars' metadata (see {@link Versions}), so they never disagree with the jar.
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        lines.add("hyde " + Versions.hyde());
        for (Map.Entry<String, String> library : Versions.libraries().entrySet()) {
            lines.add("  " + library.getKey() + " " + library.getValue());
        }
        lines.add("  Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")");
        return lines.toArray(String[]::new);
    }
}
