package dev.hyde.config;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Diagnostics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code versions:}, a list of versions newest first, each a name or a map:
 * <pre>
 * versions:
 *   - name: "2.0"
 *     label: "2.0 (current)"
 *     latest: true
 *   - name: "1.1"
 * </pre>
 * Every problem points at the entry's own line, so a list of twenty versions is quick to fix.
 */
final class VersionsReader {
    /** A folder name that is the same on every file system and in a URL without escaping. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** Files Hyde writes beside the version folders. */
    private static final Set<String> RESERVED = Set.of("versions.json", "index.html");
    private static final Set<String> KEYS = Set.of("name", "label", "latest");
    private static final String EXAMPLE = "versions:\n  - name: \"2.0\"\n    latest: true\n  - name: \"1.1\"";
    private static final Pattern ITEM = Pattern.compile("^([ \\t]*)-(?=[ \\t]|$)[ \\t]*(.*)$");
    /** {@code key: value} (or {@code key:}) rather than a plain scalar. */
    private static final Pattern MAP_ENTRY = Pattern.compile("[A-Za-z_][\\w-]*[ \\t]*:(?=[ \\t]|$)");
    private static final Pattern NAME = Pattern.compile("^[ \\t]*name[ \\t]*:[ \\t]*(.*)$");

    private VersionsReader() {
    }

    static VersionList read(Object value, List<KeyLocation.Layer> layers, String fallback) {
        Diagnostics diagnostics = new Diagnostics();
        KeyLocation key = KeyLocation.lastOf(layers, VersionList.KEY, fallback);
        if (value == null) {
            return VersionList.none(key.file());
        }
        String text = layers.stream().filter(l -> l.file().equals(key.file())).map(KeyLocation.Layer::text)
                .reduce((a, b) -> b).orElse("");
        if (!(value instanceof List<?> items)) {
            diagnostics.add(Diagnostic.error("'versions' is not a list").at(key.file(), key.line(), key.column())
                    .detail("Found %s.", value instanceof Map ? "a map" : "'" + value + "'")
                    .hint("List the versions newest first, e.g.:\n%s", EXAMPLE).build());
            return new VersionList(List.of(), key.file(), key.line(), diagnostics.sorted());
        }
        List<Entry> lines = entries(text, key.line());
        List<SiteVersion> versions = new ArrayList<>();
        Map<String, SiteVersion> byName = new HashMap<>();
        SiteVersion latest = null;
        for (int i = 0; i < items.size(); i++) {
            Entry entry = i < lines.size() && lines.size() == items.size() ? lines.get(i) : new Entry(key.line(), "");
            Where at = new Where(key.file(), entry.line(), i + 1);
            SiteVersion version = entry(items.get(i), entry.rawName(), at, diagnostics);
            if (version == null) {
                continue;
            }
            SiteVersion first = byName.putIfAbsent(version.name(), version);
            if (first != null) {
                diagnostics.add(at.error("Version '" + version.name() + "' is listed twice")
                        .detail("Entry %d names the same version as the entry at line %d; each version is one folder.",
                                at.index(), first.line())
                        .hint("Remove one of the two entries, or give this one another name.").build());
                continue;
            }
            if (version.latest() && latest != null) {
                diagnostics.add(at.error("Two versions are marked 'latest'")
                        .detail("'%s' is marked latest, and so is '%s' (line %d).", version.name(), latest.name(),
                                latest.line())
                        .hint("Mark only the version readers should be sent to with 'latest: true'.").build());
                continue;
            }
            if (version.latest()) {
                latest = version;
            }
            versions.add(version);
        }
        return new VersionList(versions, key.file(), key.line(), diagnostics.sorted());
    }

    private record Where(String file, int line, int index) {
        Diagnostic.Builder error(String title) {
            return Diagnostic.error(title).at(file, line);
        }
    }

    /** @return the version, or null when the entry is reported as wrong */
    private static SiteVersion entry(Object item, String rawName, Where at, Diagnostics diagnostics) {
        Object name;
        Object label = null;
        Object latest = null;
        if (item instanceof Map<?, ?> map) {
            for (Object k : map.keySet()) {
                if (!KEYS.contains(String.valueOf(k))) {
                    diagnostics.add(at.error("Unknown setting '" + k + "' in version entry " + at.index())
                            .detail("A version has a name, and may have a label and 'latest: true'.")
                            .hint("Check the spelling; e.g.:\n%s", EXAMPLE).build());
                    return null;
                }
            }
            name = map.get("name");
            label = map.get("label");
            latest = map.get("latest");
        } else if (item instanceof List) {
            diagnostics.add(at.error("Version entry " + at.index() + " is a list")
                    .hint("Write each version as '- name: \"1.2\"' or just '- \"1.2\"'.").build());
            return null;
        } else {
            name = item;
        }
        if (name == null || String.valueOf(name).isBlank()) {
            diagnostics.add(at.error("Version entry " + at.index() + " has no name")
                    .hint("Give it the folder name it is published in, e.g. 'name: \"1.2\"'.").build());
            return null;
        }
        String text = String.valueOf(name);
        if (name instanceof Number && !rawName.isEmpty() && !rawName.equals(text)) {
            // YAML reads 1.10 as the number 1.1: the folder would silently be the wrong one.
            diagnostics.add(at.error("Version name " + rawName + " is read as the number " + text)
                    .detail("YAML reads an unquoted %s as a number, which loses its form.", rawName)
                    .hint("Quote it: name: \"%s\"", rawName).build());
            return null;
        }
        if (!SAFE_NAME.matcher(text).matches() || RESERVED.contains(text) || text.matches("\\.+")) {
            diagnostics.add(at.error("Version name '" + text + "' cannot be a folder name")
                    .detail("A version is published in a folder of that name and appears in every URL of it.")
                    .hint("Use letters, digits, '.', '-' and '_' (up to 64), starting with a letter or digit, "
                            + "e.g. '1.2' or 'next'.").build());
            return null;
        }
        if (label instanceof Map || label instanceof List) {
            diagnostics.add(at.error("The label of version '" + text + "' is not text")
                    .hint("Write it as one value, e.g. 'label: \"%s (current)\"'.", text).build());
            return null;
        }
        if (latest != null && !(latest instanceof Boolean)) {
            diagnostics.add(at.error("'latest' of version '" + text + "' is not true or false")
                    .detail("Found '%s'.", latest).hint("Write 'latest: true' on the version readers should see.")
                    .build());
            return null;
        }
        String shown = label == null || String.valueOf(label).isBlank() ? text : String.valueOf(label).strip();
        return new SiteVersion(text, shown, Boolean.TRUE.equals(latest), at.file(), at.line());
    }

    /** One entry of the list as written: its line and the name as typed (before YAML typed it). */
    private record Entry(int line, String rawName) {
    }

    /**
     * The entries of the block list under the {@code versions:} key at {@code keyLine}: lines that
     * start with '-' at the indentation of the first one. A list in flow style ({@code [a, b]})
     * gives none, and diagnostics then point at the key.
     */
    static List<Entry> entries(String text, int keyLine) {
        List<Entry> entries = new ArrayList<>();
        if (keyLine <= 0) {
            return entries;
        }
        String[] lines = text.split("\r?\n", -1);
        String indent = null;
        boolean nameToFind = false; // the last entry is a map whose name is on a later line
        for (int i = keyLine; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (!Character.isWhitespace(line.charAt(0)) && !item.matches()) {
                break; // the next top-level setting
            }
            if (item.matches() && (indent == null || indent.equals(item.group(1)))) {
                indent = item.group(1);
                String rest = item.group(2);
                Matcher name = NAME.matcher(rest);
                boolean map = MAP_ENTRY.matcher(rest).lookingAt();
                entries.add(new Entry(i + 1, name.find() ? scalar(name.group(1)) : map ? "" : scalar(rest)));
                nameToFind = map && !NAME.matcher(rest).find();
            } else if (nameToFind) {
                Matcher name = NAME.matcher(line);
                if (name.find()) {
                    Entry last = entries.remove(entries.size() - 1);
                    entries.add(new Entry(last.line(), scalar(name.group(1))));
                    nameToFind = false;
                }
            }
        }
        return entries;
    }

    /** A plain scalar as typed: without a trailing comment and without quotes. */
    private static String scalar(String raw) {
        String s = raw.replaceFirst("[ \\t]+#.*$", "").strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
