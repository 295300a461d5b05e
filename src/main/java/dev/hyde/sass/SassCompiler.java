package dev.hyde.sass;

import com.sass_lang.embedded_protocol.InboundMessage.CompileRequest.StringInput;
import com.sass_lang.embedded_protocol.OutboundMessage.CompileResponse.CompileFailure;
import com.sass_lang.embedded_protocol.OutboundMessage.LogEventOrBuilder;
import com.sass_lang.embedded_protocol.OutputStyle;
import com.sass_lang.embedded_protocol.SourceSpan;
import com.sass_lang.embedded_protocol.Syntax;
import de.larsgrefer.sass.embedded.SassCompilationFailedException;
import de.larsgrefer.sass.embedded.connection.ConnectionFactory;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compiles SCSS/Sass to CSS; one instance per build, thread-safe.
 *
 * <p>Runs <a href="https://sass-lang.com/dart-sass/">Dart Sass</a>, the compiler Jekyll's
 * jekyll-sass-converter 3 uses, through its embedded protocol
 * (<a href="https://github.com/larsgrefer/dart-sass-java">de.larsgrefer.sass:sass-embedded-host</a>).
 * The Dart Sass build for this platform comes inside the {@code sass-embedded-bundled} jar: nothing
 * is downloaded. It is unpacked into a private temporary folder and started as a child process on
 * the first {@link #compile}, so a build without Sass pays nothing; {@link #close()} stops the
 * process and deletes the folder.
 *
 * <p>Thread-safe: calls from several threads are served one after the other by the one compiler
 * process (Sass files are few; one process keeps memory low).
 *
 * <p>Output matches jekyll-sass-converter's defaults: {@code style: expanded}, no source map,
 * {@code @charset}/BOM for non-ASCII output as Sass decides. Sass warnings ({@code @warn},
 * deprecations, {@code @debug}) become warning diagnostics at their file and line, each kind of
 * deprecation once per instance; nothing of Dart Sass reaches the terminal on its own.
 */
public final class SassCompiler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SassCompiler.class);

    /** Starts a Dart Sass process; replaced in tests to simulate a platform without one. */
    @FunctionalInterface
    interface Launcher {
        de.larsgrefer.sass.embedded.SassCompiler start(Path workDir) throws IOException;
    }

    private static final Launcher BUNDLED = workDir -> {
        Path sass = BundledDartSass.unpack(workDir);
        return new de.larsgrefer.sass.embedded.SassCompiler(ConnectionFactory.ofExecutable(sass.toFile()));
    };

    private final Path projectRoot;
    private final List<Path> loadPaths;
    private final Launcher launcher;
    private final Object lock = new Object();

    // all guarded by lock
    private de.larsgrefer.sass.embedded.SassCompiler dartSass;
    private Path workDir;
    private String unavailable; // why Dart Sass could not start: it is not tried again
    private boolean closed;
    private final Set<String> deprecationsSeen = ConcurrentHashMap.newKeySet();
    // where the warnings of the compilation under way go, with what it names its stylesheet
    private Consumer<Diagnostic> warnings = d -> { };
    private String currentFile = "";
    private String currentUrl = "";
    private int currentFirstLine = 1;

    /**
     * @param loadPaths folders {@code @use} and {@code @import} look in, in order (Jekyll's
     *                  {@code _sass/} first). A partial is named in diagnostics by its path below
     *                  the load path's parent folder, e.g. {@code _sass/_base.scss}: the
     *                  project-relative name when the load path is a top-level project folder.
     */
    public SassCompiler(List<Path> loadPaths) {
        this(null, loadPaths, BUNDLED);
    }

    /**
     * @param projectRoot the project's root folder: {@link #compile}'s {@code file} is taken as
     *                    relative to it, so a stylesheet can also load partials next to itself
     *                    ({@code @use "vars"} beside {@code assets/css/_vars.scss}), and every
     *                    file in a diagnostic is named relative to it
     * @param loadPaths   folders {@code @use} and {@code @import} look in, in order
     */
    public SassCompiler(Path projectRoot, List<Path> loadPaths) {
        this(Objects.requireNonNull(projectRoot, "projectRoot"), loadPaths, BUNDLED);
    }

    SassCompiler(Path projectRoot, List<Path> loadPaths, Launcher launcher) {
        this.projectRoot = projectRoot == null ? null : projectRoot.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>();
        for (Path p : Objects.requireNonNull(loadPaths, "loadPaths")) {
            paths.add(p.toAbsolutePath().normalize());
        }
        this.loadPaths = List.copyOf(paths);
        this.launcher = launcher;
    }

    /**
     * Compiles one stylesheet.
     *
     * @param source         the stylesheet, front matter removed
     * @param file           project-relative name for diagnostics
     * @param firstLine      the file line the source starts on (after front matter), 1-based
     * @param indentedSyntax {@code true} for the indented syntax ({@code .sass}), {@code false} for SCSS
     * @return the CSS, expanded style
     * @throws DiagnosticException a Sass error, at its file, line and column; or the Sass compiler
     *                             cannot run on this machine
     */
    public String compile(String source, String file, int firstLine, boolean indentedSyntax) {
        return compile(source, file, firstLine, indentedSyntax, d -> LOG.warn("{}", dev.hyde.diag.DiagnosticFormatter.format(d)));
    }

    /**
     * Compiles one stylesheet, handing Sass's warnings to {@code warnings}.
     *
     * @param warnings receives each {@code @warn}, deprecation and {@code @debug} of this compilation
     *                 as a warning diagnostic at its file and line
     * @see #compile(String, String, int, boolean)
     */
    public String compile(String source, String file, int firstLine, boolean indentedSyntax,
                          Consumer<Diagnostic> warnings) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(warnings, "warnings");
        Objects.requireNonNull(file, "file");
        String mainUrl = projectRoot == null ? "" : projectRoot.resolve(file).normalize().toUri().toString();
        StringInput.Builder input = StringInput.newBuilder()
                .setSource(source)
                .setSyntax(indentedSyntax ? Syntax.INDENTED : Syntax.SCSS);
        if (!mainUrl.isEmpty()) {
            // a file: URL: Dart Sass resolves relative loads next to the file, on disk
            input.setUrl(mainUrl);
        }
        synchronized (lock) {
            de.larsgrefer.sass.embedded.SassCompiler sass = started(file);
            this.warnings = warnings;
            this.currentFile = file;
            this.currentUrl = mainUrl;
            this.currentFirstLine = Math.max(1, firstLine);
            try {
                return sass.compileString(input.build(), OutputStyle.EXPANDED).getCss();
            } catch (SassCompilationFailedException e) {
                throw failure(e.getCompileFailure(), file, Math.max(1, firstLine), mainUrl).exception();
            } catch (IOException | RuntimeException e) {
                // the process died or the protocol broke: start afresh on the next call
                stop();
                throw Diagnostic.error("Sass compiler failed")
                        .at(file)
                        .detail("Dart Sass stopped while compiling this file: %s", describe(e))
                        .hint("Build again; if it fails the same way, report it with this file.")
                        .exception();
            } finally {
                this.warnings = d -> { };
            }
        }
    }

    /** Stops the compiler process and deletes its temporary folder. The instance cannot compile after. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            stop();
        }
    }

    private de.larsgrefer.sass.embedded.SassCompiler started(String file) {
        if (closed) {
            throw new IllegalStateException("SassCompiler is closed");
        }
        if (unavailable != null) {
            throw unavailable(file);
        }
        if (dartSass == null) {
            try {
                workDir = Files.createTempDirectory("hyde-dart-sass-");
                dartSass = launcher.start(workDir);
                dartSass.setOutputStyle(OutputStyle.EXPANDED);
                dartSass.setGenerateSourceMaps(false);
                dartSass.setEmitCharset(true); // as jekyll-sass-converter (Ruby host default)
                dartSass.setAlertColor(false);
                dartSass.setAlertAscii(true);
                dartSass.setLoadPaths(loadPaths.stream().map(Path::toFile).collect(Collectors.toList()));
                dartSass.setLoggingHandler(this::log);
            } catch (IOException | RuntimeException | LinkageError e) {
                stop();
                unavailable = String.format("Dart Sass could not be started on this machine (%s %s): %s",
                        System.getProperty("os.name"), System.getProperty("os.arch"), describe(e));
                throw unavailable(file);
            }
        }
        return dartSass;
    }

    private DiagnosticException unavailable(String file) {
        return Diagnostic.error("Sass compiler unavailable")
                .at(file)
                .detail(unavailable)
                .hint("Hyde runs the Dart Sass build bundled in its de.larsgrefer.sass:sass-embedded-bundled"
                        + " dependency (Linux, macOS and Windows on x64 or arm64). It is unpacked into %s,"
                        + " which must be writable and allow running programs (not mounted noexec);"
                        + " otherwise point -Djava.io.tmpdir at another folder.",
                        System.getProperty("java.io.tmpdir"))
                .exception();
    }

    private void stop() {
        if (dartSass != null) {
            try {
                dartSass.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug("closing Dart Sass", e);
            }
            dartSass = null;
        }
        BundledDartSass.deleteQuietly(workDir);
        workDir = null;
    }

    private Diagnostic.Builder failure(CompileFailure failure, String file, int firstLine, String mainUrl) {
        String message = failure.getMessage();
        Diagnostic.Builder d = Diagnostic.error("Sass error");
        if (failure.hasSpan() && failure.getSpan().hasStart()) {
            SourceSpan span = failure.getSpan();
            int line = span.getStart().getLine() + 1;
            int column = span.getStart().getColumn() + 1;
            String url = span.getUrl();
            if (url.isEmpty() || url.equals(mainUrl)) {
                d.at(file, line + firstLine - 1, column);
            } else {
                d.at(nameOf(url), line, column);
            }
        } else {
            d.at(file);
        }
        String trace = failure.getStackTrace().strip();
        String detail = trace.isEmpty() || !trace.contains("\n") ? message
                : message + "\n" + renameTrace(trace, file, firstLine);
        String shownFile = !failure.hasSpan() || failure.getSpan().getUrl().isEmpty()
                || failure.getSpan().getUrl().equals(mainUrl) ? file : failure.getSpan().getUrl();
        String continued = shownFile.endsWith(".sass") ? lineContinuedByComma(failure) : null;
        if (continued != null) {
            return d.detail("%s\nThe line goes on after a comma: `%s`. Sass written for Ruby Sass or libsass "
                    + "continued a list over lines ending in commas in the indented syntax; Dart Sass does so only "
                    + "for selectors.", detail, continued)
                    .hint("Put the list on one line (`@media screen, print`), or convert the file to SCSS "
                            + "(`sass-convert --from sass --to scss`), where lines may break anywhere.");
        }
        return d.detail(detail).hint(hintFor(message));
    }

    /**
     * The line an indented-syntax parse error stopped at, when it ends in a comma and the error is
     * at that comma or after it: a list continued on the next line, which older Sass accepted.
     */
    private static String lineContinuedByComma(CompileFailure failure) {
        if (!failure.hasSpan() || !failure.getSpan().hasStart() || !failure.getMessage().startsWith("Expected")) {
            return null;
        }
        SourceSpan span = failure.getSpan();
        // The context is the whole lines the span is on, the first being the line it starts on.
        String context = span.getContext();
        int end = context.indexOf('\n');
        String line = (end < 0 ? context : context.substring(0, end)).stripTrailing();
        if (!line.endsWith(",") || span.getStart().getColumn() < line.length() - 1) {
            return null;
        }
        return line.strip();
    }

    /**
     * The Sass stack (which file loaded which, innermost first) with Hyde's names for the files.
     * Dart Sass prints each frame as {@code <file> <line>:<column>  <member>}, the file shortened
     * for humans (relative to its working folder or load path); the last frame is the stylesheet
     * given to {@link #compile}.
     */
    private String renameTrace(String trace, String file, int firstLine) {
        List<String> out = new ArrayList<>();
        out.add("Sass stack:");
        for (String frame : trace.split("\n")) {
            Matcher m = FRAME.matcher(frame.strip());
            if (!m.matches()) {
                out.add("  " + frame.strip());
                continue;
            }
            String member = m.group(4).strip();
            int line = Integer.parseInt(m.group(2));
            String name = m.group(1).equals("-") || member.equals("root stylesheet") ? file : traceName(m.group(1));
            if (name.equals(file)) { // the stylesheet given to compile: its lines count from firstLine
                line += firstLine - 1;
            }
            out.add("  " + name + ":" + line + ":" + m.group(3) + (member.isEmpty() ? "" : "  " + member));
        }
        return String.join("\n", out);
    }

    private static final Pattern FRAME = Pattern.compile("(\\S+) (\\d+):(\\d+)(.*)");

    /** A file as Dart Sass shortened it in a stack trace: found again below a load path, the project or here. */
    private String traceName(String shown) {
        List<Path> candidates = new ArrayList<>();
        try {
            for (Path loadPath : loadPaths) {
                candidates.add(loadPath.resolve(shown));
            }
            if (projectRoot != null) {
                candidates.add(projectRoot.resolve(shown));
            }
            candidates.add(Path.of(shown));
        } catch (RuntimeException e) {
            return shown;
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return nameOf(candidate.toString());
            }
        }
        return shown;
    }

    /** A loaded file's name for diagnostics: project-relative when it can tell. */
    String nameOf(String urlOrPath) {
        Path path;
        try {
            path = urlOrPath.startsWith("file:") ? Path.of(URI.create(urlOrPath)) : Path.of(urlOrPath);
        } catch (RuntimeException e) {
            return urlOrPath;
        }
        path = path.toAbsolutePath().normalize();
        if (projectRoot != null && path.startsWith(projectRoot)) {
            return slashes(projectRoot.relativize(path));
        }
        for (Path loadPath : loadPaths) {
            if (path.startsWith(loadPath)) {
                Path base = loadPath.getParent() != null ? loadPath.getParent() : loadPath;
                return slashes(base.relativize(path));
            }
        }
        return slashes(path);
    }

    private String hintFor(String message) {
        if (message.startsWith("Can't find stylesheet to import")) {
            String where = loadPaths.isEmpty() ? "no load paths"
                    : loadPaths.stream().map(p -> nameOf(p.toString()) + "/").collect(Collectors.joining(", "));
            return "Sass looks for partials next to the importing file and in the load paths (" + where
                    + "). \"@use 'name'\" or \"@import 'name'\" finds _name.scss, name.scss, _name.sass,"
                    + " name.sass or name/_index.scss.";
        }
        return "Fix the stylesheet at that place. Hyde compiles with Dart Sass, as Jekyll does;"
                + " see https://sass-lang.com/documentation/";
    }

    /**
     * Sass's own warnings ({@code @warn}, deprecations, {@code @debug}) become warnings of the
     * build, where Jekyll prints them. A deprecation is reported once per build; its later
     * occurrences (a theme full of {@code @import}s) only at DEBUG level of the log. Called by
     * the host library while {@link #compile} holds the lock.
     */
    private void log(LogEventOrBuilder event) {
        String title;
        switch (event.getType()) {
            case WARNING -> title = "Sass warning";
            case DEPRECATION_WARNING -> {
                if (!deprecationsSeen.add(event.getDeprecationType())) {
                    LOG.debug("Sass deprecation: {}", event.getFormatted());
                    return;
                }
                title = "Sass deprecation";
            }
            case DEBUG -> title = "Sass @debug";
            default -> {
                return;
            }
        }
        Diagnostic.Builder d = Diagnostic.warning(title);
        if (event.hasSpan() && event.getSpan().hasStart()) {
            SourceSpan span = event.getSpan();
            int line = span.getStart().getLine() + 1;
            int column = span.getStart().getColumn() + 1;
            String url = span.getUrl();
            if (url.isEmpty() || url.equals(currentUrl)) {
                d.at(currentFile, line + currentFirstLine - 1, column);
            } else {
                d.at(nameOf(url), line, column);
            }
        } else {
            atFirstFrame(d, event.getStackTrace());
        }
        String message = event.getMessage().strip();
        String hint = switch (event.getType()) {
            case DEPRECATION_WARNING -> "Dart Sass will stop accepting this; see https://sass-lang.com/d/"
                    + event.getDeprecationType() + " (reported once per build).";
            case DEBUG -> "Remove the @debug rule once done.";
            default -> "Written by an @warn rule in the stylesheet.";
        };
        warnings.accept(d.detail(message).hint(hint).build());
    }

    /** An {@code @warn} has no span, only Sass's stack: its innermost frame is where it stands. */
    private void atFirstFrame(Diagnostic.Builder d, String trace) {
        String first = trace.strip().lines().findFirst().orElse("");
        Matcher m = FRAME.matcher(first.strip());
        if (!m.matches()) {
            d.at(currentFile);
            return;
        }
        int line = Integer.parseInt(m.group(2));
        int column = Integer.parseInt(m.group(3));
        String name = m.group(1).equals("-") || m.group(4).strip().equals("root stylesheet")
                ? currentFile : traceName(m.group(1));
        d.at(name, name.equals(currentFile) ? line + currentFirstLine - 1 : line, column);
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (sb.length() > 0) {
                sb.append(": ");
            }
            sb.append(t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName());
        }
        return sb.toString();
    }

    private static String slashes(Path p) {
        return p.toString().replace(File.separatorChar, '/');
    }
}
