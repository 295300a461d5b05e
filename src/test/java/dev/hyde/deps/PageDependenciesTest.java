package dev.hyde.deps;

import dev.hyde.TestSite;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.PageRenderer;
import dev.hyde.pipeline.RenderedPage;
import dev.hyde.pipeline.SiteLoader;
import dev.hyde.pipeline.StageTimes;
import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostics;
import dev.hyde.model.Page;
import dev.hyde.model.Site;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rendering records what each page read, which incremental rebuilds rely on. */
class PageDependenciesTest {

    private static RenderedPage render(Path root, String contentPath) {
        ProjectLayout project = new ProjectLayout(root);
        Diagnostics diagnostics = new Diagnostics();
        Site site = SiteLoader.load(project, BuildOptions.of(root), diagnostics, new StageTimes());
        PageRenderer renderer = PageRenderer.create(project, site, diagnostics, new StageTimes());
        Page page = site.pages().stream().filter(p -> p.contentPath().equals(contentPath)).findFirst().orElseThrow();
        return renderer.render(page);
    }

    @Test
    void recordsIncludesNestedIncludesDataKeysLayoutsAndThePageList() {
        Path root = TestSite.write("""
                -- templates/default.ftlh --
                ---
                layout: base
                ---
                <main>${content?no_esc}</main>
                -- templates/base.ftlh --
                <#list site.pages as p>${p.title}</#list>${content?no_esc}
                -- templates/_includes/outer.html --
                {% include inner.html %}
                -- templates/_includes/inner.html --
                {{ site.data.team.lead }}
                -- _data/team.yml --
                lead: Ada
                -- _data/other.yml --
                x: 1
                -- content/a.md --
                ---
                title: A
                ---
                {% include outer.html %} {{ site.data.product.version }}
                """);
        RenderedPage a = render(root, "a.md");
        assertEquals(Set.of("outer.html", "inner.html"), a.dependencies().includes());
        assertEquals(Set.of("team", "product"), a.dependencies().dataKeys());
        assertFalse(a.dependencies().readsData("other"));
        assertTrue(a.dependencies().sitePages());
        assertEquals(List.of("templates/default.ftlh", "templates/base.ftlh"), a.layoutFiles());
    }

    @Test
    void aPageThatReadsNothingSharedDependsOnNothing() {
        Path root = TestSite.write("""
                -- templates/default.ftlh --
                <main>${page.title}${content?no_esc}</main>
                -- content/a.md --
                ---
                title: A
                ---
                Plain
                """);
        RenderedPage a = render(root, "a.md");
        assertEquals(PageDependencies.NONE, a.dependencies());
    }

    @Test
    void layoutsRecordThePartialsTheyIncludeAndAnIncludeByExpressionCountsThemAll() {
        Path root = TestSite.write("""
                -- templates/default.ftlh --
                <#include "parts/head.ftl">${content?no_esc}
                -- templates/parts/head.ftl --
                <#import "/parts/macros.ftl" as m><head></head>
                -- templates/parts/macros.ftl --
                <#macro x></#macro>
                -- templates/parts/unused.ftl --
                unused
                -- templates/dynamic.ftlh --
                <#include page.part>${content?no_esc}
                -- content/a.md --
                ---
                title: A
                ---
                A
                -- content/b.md --
                ---
                title: B
                layout: dynamic
                part: parts/unused.ftl
                ---
                B
                """);
        assertEquals(List.of("templates/default.ftlh", "templates/parts/head.ftl", "templates/parts/macros.ftl"),
                render(root, "a.md").layoutFiles());
        assertTrue(render(root, "b.md").layoutFiles().contains("templates/parts/unused.ftl"));
    }
}
