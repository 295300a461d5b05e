package dev.hyde.build;

import dev.hyde.config.ProjectLayout;
import dev.hyde.model.Page;
import dev.hyde.sass.SassCompiler;

import java.util.List;

/**
 * Compiles Sass and SCSS pages. The compiler (a Dart Sass process) starts only when a build has
 * such a page, and stops with the build.
 */
final class SassStage implements AutoCloseable {
    private final ProjectLayout project;
    private SassCompiler compiler;

    SassStage(ProjectLayout project) {
        this.project = project;
    }

    String compile(Page page, String source) {
        return compiler().compile(source, page.source().relativePath(), page.bodyLine(),
                page.source().extension().equals("sass"));
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
