package dev.hyde.plugins;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * jekyll-github-metadata's {@code site.github}, offline. Expected output is what Jekyll 4.3.1 with
 * the plugin (2.15.0) wrote with no network, in a fresh git repository without commits
 * ({@code git rev-parse HEAD} then prints "HEAD", which the plugin takes as the build revision).
 */
class GithubMetadataTest {

    private static final String PAGE = """
            ---
            ---
            {% assign keys = "environment,pages_env,hostname,pages_hostname,api_url,help_url,project_title,project_tagline,owner,owner_name,owner_display_name,owner_url,owner_gravatar_url,repository_url,repository_nwo,repository_name,zip_url,tar_url,clone_url,releases_url,issues_url,wiki_url,language,is_user_page,is_project_page,show_downloads,url,baseurl,contributors,releases,latest_release,private,archived,disabled,license,source,versions,build_revision" | split: "," %}{% for k in keys %}{{ k }}={{ site.github[k] | jsonify }}
            {% endfor %}title={{ site.title | jsonify }} description={{ site.description | jsonify }}
            """;

    @Test
    void valuesFromTheRepositoryKeyAreThePluginsOfflineValues() throws Exception {
        Path root = TestSite.write("""
                -- _config.yml --
                plugins: [jekyll-github-metadata]
                repository: octo/hello
                -- index.html --
                """ + PAGE);
        git(root, "init", "-q");
        TestSite site = TestSite.buildIn(root);
        // Jekyll 4.3.1's _site/index.html
        assertEquals("""
                environment="development"
                pages_env="development"
                hostname="github.com"
                pages_hostname="localhost:4000"
                api_url="https://api.github.com"
                help_url="https://help.github.com"
                project_title="hello"
                project_tagline=null
                owner={"avatar_url":null,"bio":null,"blog":null,"collaborators":null,"company":null,"created_at":null,"description":null,"email":null,"followers":null,"following":null,"has_organization_projects":null,"has_repository_projects":null,"hireable":null,"html_url":null,"id":null,"is_verified":null,"location":null,"login":null,"name":null,"node_id":null,"public_gists":null,"public_repos":null,"type":null,"updated_at":null}
                owner_name="octo"
                owner_display_name=null
                owner_url="https://github.com/octo"
                owner_gravatar_url="https://github.com/octo.png"
                repository_url="https://github.com/octo/hello"
                repository_nwo="octo/hello"
                repository_name="hello"
                zip_url="https://github.com/octo/hello/zipball/gh-pages"
                tar_url="https://github.com/octo/hello/tarball/gh-pages"
                clone_url="https://github.com/octo/hello.git"
                releases_url="https://github.com/octo/hello/releases"
                issues_url=null
                wiki_url=null
                language=null
                is_user_page=false
                is_project_page=true
                show_downloads=null
                url="https://github.com/pages/octo/hello"
                baseurl="/pages/octo/hello"
                contributors=false
                releases=false
                latest_release=false
                private=null
                archived=null
                disabled=null
                license=null
                source={"branch":"gh-pages","path":"/"}
                versions={}
                build_revision="HEAD"
                title="hello" description=null
                """, site.text("index.html"));
    }

    @Test
    void theOriginRemoteNamesTheRepositoryAndAUserSiteIsTitledByItsOwner() throws Exception {
        Path root = TestSite.write("""
                -- _config.yml --
                plugins: [jekyll-github-metadata]
                -- index.html --
                ---
                ---
                {{ site.title }}|{{ site.github.is_user_page }}|{{ site.github.url }}|{{ site.github.baseurl }}|\
                {{ site.github.zip_url }}|{{ site.github.repository_nwo }}
                """);
        git(root, "init", "-q");
        git(root, "remote", "add", "origin", "git@github.com:Octo/octo.github.com.git");
        TestSite site = TestSite.buildIn(root);
        // Jekyll 4.3.1's _site/index.html
        assertEquals("Octo|true|https://github.com/pages/Octo|/pages/Octo|"
                + "https://github.com/Octo/octo.github.com/zipball/master|Octo/octo.github.com\n", site.text("index.html"));
    }

    @Test
    void aGithubMapInTheConfigurationOverridesValuesAndAnOwnTitleStays() throws Exception {
        // The plugin lays github: over its values key by key (Jekyll offline cannot show this: merging
        // reads every value, and one of them fails without a network)
        Path root = TestSite.write("""
                -- _config.yml --
                title: Mine
                plugins: [jekyll-github-metadata]
                repository: octo/hello
                github:
                  project_tagline: Tag line
                  zip_url: https://example.org/z.zip
                -- index.html --
                ---
                ---
                {{ site.title }}|{{ site.github.project_tagline }}|{{ site.github.zip_url }}|{{ site.github.tar_url }}
                """);
        git(root, "init", "-q");
        TestSite site = TestSite.buildIn(root);
        assertEquals("Mine|Tag line|https://example.org/z.zip|https://github.com/octo/hello/tarball/gh-pages\n",
                site.text("index.html"));
    }

    @Test
    void withoutARepositoryTheBuildWarnsAndTheValuesAreEmpty() throws Exception {
        Path root = TestSite.write("""
                -- _config.yml --
                plugins: [jekyll-github-metadata]
                -- index.html --
                ---
                ---
                [{{ site.title }}|{{ site.github.repository_url }}|{{ site.github.environment }}]
                """);
        git(root, "init", "-q");
        TestSite site = TestSite.buildIn(root);
        assertEquals("[||development]\n", site.text("index.html"));
        List<Diagnostic> warnings = site.result().warnings();
        assertEquals("No GitHub repository for site.github", warnings.get(0).title());
        assertEquals("_config.yml", warnings.get(0).file());
        assertEquals(1, warnings.get(0).line());
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor(), String.join(" ", command));
    }
}
