package dev.hyde.pipeline;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Diagnostics;
import dev.hyde.extension.ExtensionFile;
import dev.hyde.extension.Extensions;
import dev.hyde.extension.GeneratorExtension;
import dev.hyde.plugins.GeneratedFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The files the build's generator extensions add, each checked to stay inside the site. */
final class ExtensionFiles {

    private ExtensionFiles() {
    }

    static List<GeneratedFile> generate(Extensions extensions, Map<String, Object> siteView, Diagnostics diagnostics) {
        List<GeneratedFile> files = new ArrayList<>();
        for (GeneratorExtension generator : extensions.generators()) {
            String name = generator.name() == null ? generator.getClass().getName() : generator.name();
            List<ExtensionFile> made;
            try {
                made = generator.generate(siteView);
            } catch (RuntimeException e) {
                diagnostics.add(Diagnostic.error("Generator " + name + " failed").at(generator.getClass().getName())
                        .detail("It threw %s.", e)
                        .hint("This is a fault in the extension, not in the site: report it to its authors.").build());
                continue;
            }
            for (ExtensionFile file : made == null ? List.<ExtensionFile>of() : made) {
                String path = file.outputPath() == null ? "" : file.outputPath().replace('\\', '/');
                boolean inside = !path.isBlank() && !path.startsWith("/") && !path.contains(":")
                        && java.util.Arrays.stream(path.split("/")).noneMatch(part -> part.equals("..") || part.isEmpty());
                if (!inside) {
                    diagnostics.add(Diagnostic.error("Generated file outside the site: " + path).at(generator.getClass().getName())
                            .detail("Generator %s asked to write '%s'.", name, path)
                            .hint("A generator names a path below the site's root, such as tags/index.html.").build());
                    continue;
                }
                files.add(new GeneratedFile(path, name, file.text() == null ? "" : file.text()));
            }
        }
        return files;
    }
}
