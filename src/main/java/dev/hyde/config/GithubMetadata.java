package dev.hyde.config;

import dev.hyde.diag.Diagnostic;
import dev.hyde.git.GitCommand;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * jekyll-github-metadata (2.15.0) as it behaves without a network: {@code site.github} with the
 * values the plugin computes from the repository's owner and name alone, and nil (or false, where
 * the plugin's failed API call gives false) for everything it would ask GitHub's API. Hyde never
 * asks. The repository comes, as in the plugin, from {@code PAGES_REPO_NWO}, then the
 * {@code repository} key of {@code _config.yml}, then the {@code origin} remote of the site's git
 * repository. A {@code github:} map in {@code _config.yml} is laid over the values, key by key.
 *
 * <p>The plugin's environment is "development" (Hyde's {@code jekyll.environment}), so URLs are
 * its development ones ({@code https://github.com/pages/OWNER/NAME}); its other {@code PAGES_*}
 * environment variables are not read.
 */
public final class GithubMetadata {
    public static final String PLUGIN = "jekyll-github-metadata";
    private static final String GITHUB = "https://github.com";
    private static final Pattern REMOTE = Pattern.compile("github\\.com(:|/)([\\w-]+)/([\\w.-]+)");
    private static final List<String> OWNER_KEYS = List.of("avatar_url", "bio", "blog", "collaborators", "company",
            "created_at", "description", "email", "followers", "following", "has_organization_projects",
            "has_repository_projects", "hireable", "html_url", "id", "is_verified", "location", "login", "name",
            "node_id", "public_gists", "public_repos", "type", "updated_at");
    private static final long GIT_TIMEOUT_SECONDS = 10;

    private GithubMetadata() {
    }

    /**
     * Adds {@code github} to the configuration values, and {@code title} when the site has none,
     * as the plugin's fallback does (the repository's name; for a user or organisation site its owner).
     *
     * @param env      the process environment (PAGES_REPO_NWO, JEKYLL_BUILD_REVISION)
     * @param warnings told when no repository can be found (Jekyll stops the build there)
     */
    static void apply(Map<String, Object> values, Path siteRoot, String configFile, Function<String, String> env,
                      Consumer<Diagnostic> warnings) {
        Optional<String> nwo = nameWithOwner(values, siteRoot, env);
        if (nwo.isEmpty()) {
            warnings.accept(Diagnostic.warning("No GitHub repository for site.github").at(configFile, 1)
                    .detail("jekyll-github-metadata needs the repository's owner and name; Jekyll stops the build "
                            + "when a page reads a value that needs them. Hyde leaves those values empty.")
                    .hint("Add 'repository: OWNER/NAME' to %s, or an 'origin' remote on github.com to the "
                            + "site's git repository.", configFile).build());
        }
        Map<String, Object> github = metadata(nwo, buildRevision(siteRoot, env));
        Object own = values.get("github");
        if (own instanceof Map<?, ?> map) {
            map.forEach((k, v) -> github.put(String.valueOf(k), v));
            values.put("github", github);
        } else if (own == null) {
            values.put("github", github);
        } // any other value is site.github as written, as in the plugin
        Object title = values.get("title");
        if ((title == null || "".equals(title)) && values.get("name") == null && nwo.isPresent()) {
            String[] parts = nwo.get().split("/", 2);
            values.put("title", userPage(parts[0], parts[1]) ? parts[0] : parts[1]);
        }
    }

    /** The namespace's values, sorted by key as the plugin's drop lists them. */
    static Map<String, Object> metadata(Optional<String> nwo, String buildRevision) {
        Map<String, Object> m = new TreeMap<>();
        m.put("environment", "development");
        m.put("pages_env", "development");
        m.put("hostname", "github.com");
        m.put("pages_hostname", "localhost:4000");
        m.put("api_url", "https://api.github.com");
        m.put("help_url", "https://help.github.com");
        m.put("versions", Map.of());
        m.put("build_revision", buildRevision);
        // what the API would give: nothing, or false where the plugin's failed call returns false
        for (String key : List.of("project_tagline", "owner_display_name", "issues_url", "wiki_url", "language",
                "show_downloads", "private", "archived", "disabled", "license", "organization_members")) {
            m.put(key, null);
        }
        for (String key : List.of("contributors", "releases", "latest_release")) {
            m.put(key, false);
        }
        // Jekyll fails on this one offline; an empty list lets a page's loop run
        m.put("public_repositories", List.of());
        Map<String, Object> owner = new LinkedHashMap<>();
        OWNER_KEYS.forEach(k -> owner.put(k, null));
        m.put("owner", owner);
        List<String> needNwo = List.of("project_title", "owner_name", "owner_url", "owner_gravatar_url",
                "repository_url", "repository_nwo", "repository_name", "zip_url", "tar_url", "clone_url",
                "releases_url", "is_user_page", "is_project_page", "url", "baseurl", "source");
        if (nwo.isEmpty()) {
            needNwo.forEach(k -> m.put(k, null));
            return m;
        }
        String[] parts = nwo.get().split("/", 2);
        String ownerName = parts[0];
        String name = parts[1];
        boolean userPage = userPage(ownerName, name);
        String ownerUrl = GITHUB + "/" + ownerName;
        String repositoryUrl = ownerUrl + "/" + name;
        String branch = userPage ? "master" : "gh-pages";
        String pagesPath = "/pages/" + (userPage ? ownerName : nwo.get());
        m.put("project_title", name);
        m.put("repository_name", name);
        m.put("owner_name", ownerName);
        m.put("owner_url", ownerUrl);
        m.put("owner_gravatar_url", ownerUrl + ".png");
        m.put("repository_url", repositoryUrl);
        m.put("repository_nwo", nwo.get());
        m.put("zip_url", repositoryUrl + "/zipball/" + branch);
        m.put("tar_url", repositoryUrl + "/tarball/" + branch);
        m.put("clone_url", repositoryUrl + ".git");
        m.put("releases_url", repositoryUrl + "/releases");
        m.put("is_user_page", userPage);
        m.put("is_project_page", !userPage);
        m.put("url", GITHUB + pagesPath);
        m.put("baseurl", pagesPath);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("branch", branch);
        source.put("path", "/");
        m.put("source", source);
        return m;
    }

    /** The plugin's user-page test in its development environment, where pages are served from localhost:4000. */
    private static boolean userPage(String owner, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String domain = owner.equals("github") ? "github.github.com" : owner.toLowerCase(Locale.ROOT) + ".localhost:4000";
        return lower.equals(domain) || lower.equals(owner.toLowerCase(Locale.ROOT) + ".github.com");
    }

    private static Optional<String> nameWithOwner(Map<String, Object> values, Path siteRoot, Function<String, String> env) {
        String fromEnv = env.apply("PAGES_REPO_NWO");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv);
        }
        if (values.get("repository") instanceof String repo && repo.contains("/")) {
            return Optional.of(repo);
        }
        String remote = originUrl(siteRoot);
        Matcher m = REMOTE.matcher(remote.endsWith(".git") ? remote.substring(0, remote.length() - 4) : remote);
        return m.find() ? Optional.of(m.group(2) + "/" + m.group(3)) : Optional.empty();
    }

    /** The first URL of the 'origin' remote, as the plugin reads {@code git remote --verbose}; empty when none. */
    private static String originUrl(Path siteRoot) {
        for (String line : git(siteRoot, "remote", "--verbose").split("\n")) {
            if (line.startsWith("origin\t")) {
                return line.substring("origin\t".length()).replaceFirst(" \\([a-z]+\\)$", "");
            }
        }
        return "";
    }

    /** {@code JEKYLL_BUILD_REVISION}, else what {@code git rev-parse HEAD} prints (even when it fails, as the plugin takes it). */
    private static String buildRevision(Path siteRoot, Function<String, String> env) {
        String pinned = env.apply("JEKYLL_BUILD_REVISION");
        return pinned != null ? pinned : git(siteRoot, "rev-parse", "HEAD").strip();
    }

    /** A git command's standard output, also when it fails; empty outside a repository or without git. */
    private static String git(Path dir, String... args) {
        return GitCommand.run(dir, GIT_TIMEOUT_SECONDS, true, args).orElse("");
    }
}
