package dev.hyde.pipeline;

import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Diagnostics;
import dev.hyde.model.Page;
import dev.hyde.sass.SassCompiler;
import dev.hyde.source.LinkGuard;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiles Sass and SCSS pages. The compiler (a Dart Sass process) starts only when a build has
 * such a page, and stops with the build. Sass's warnings become warnings of the build.
 *
 * <p>Dart Sass reads the load path ({@code _sass/}) itself, so its links are checked here, by the
 * rule of every input folder ({@link LinkGuard}); a load path with a bad link is never handed to
 * Dart Sass: a link out of the project cannot be read into a stylesheet.
 */
final class SassStage implements AutoCloseable {
    private final ProjectLayout project;
    private final Diagnostics diagnostics;
    private final List<Diagnostic> linkProblems;
    private SassCompiler compiler;

    SassStage(ProjectLayout project, Diagnostics diagnostics) {
        this.project = project;
        this.diagnostics = diagnostics;
        List<Diagnostic> problems = new ArrayList<>();
        LinkGuard.files(project.sass(), project, problems::add);
        this.linkProblems = List.copyOf(problems);
        // Reported even when no page uses Sass, as for every other input folder.
        linkProblems.forEach(diagnostics::add);
    }

    String compile(Page page, String source) {
        return compile(source, page.source().extension().equals("sass"), page.source().relativePath(), page.bodyLine());
    }

    /**
     * Compiles stylesheet text ({@code scssify}, or a page's body).
     *
     * @param file      the project file the text comes from, for diagnostics
     * @param firstLine the line of that file the text starts on
     */
    String compile(String source, boolean indentedSyntax, String file, int firstLine) {
        if (!linkProblems.isEmpty()) {
            throw new dev.hyde.diag.DiagnosticException(linkProblems.get(0));
        }
        return compiler().compile(source, file, firstLine, indentedSyntax, diagnostics::add);
    }

    private synchronized SassCompiler compiler() {
        if (compiler == null) {
            compiler = new SassCompiler(project.root(), List.of(project.sass()));
        }
        return compiler;
    }

    @Override
    public synchronized void close() {
        if (compiler != null) {
            compiler.close();
            compiler = null;
        }
    }
}
