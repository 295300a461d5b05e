package dev.hyde.cli;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.DiagnosticFormatter;
import dev.hyde.links.FolderCheck;
import dev.hyde.links.FolderCheckJson;
import dev.hyde.links.FolderCheckResult;
import dev.hyde.links.SiteAddress;
import dev.hyde.links.external.ExternalCheckOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code hyde check [SITE_DIR]}: checks the links of a site already built, by Hyde or anything
 * else. Public so that its tests can run it on its own.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks the links of a built site (by Hyde, Jekyll, Hugo ...): every link and anchor of every"
                + " HTML page, sitemap and feed must lead to a file of the site and an id of the page."
                + " Each problem is reported at the built file's line and column."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no broken link (duplicate ids are only warnings)",
            "1:a link or anchor is broken, or a symbolic link leaves SITE_DIR",
            "2:wrong usage (e.g. a folder that does not exist)"})
public final class CheckCommand implements Callable<Integer> {
    private static final Pattern SITE_URL = Pattern.compile("(?i)https?://[^/?#\\s]+/?");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SITE_DIR",
            description = "The built site. Default: ./site, or ./_site when there is no ./site.")
    Path site;

    @Option(names = "--baseurl", paramLabel = "PATH",
            description = "The path the site is served below (/docs): root-relative links must start with it."
                    + " Default: none, the site is served at the host's root.")
    String baseurl = "";

    @Option(names = "--site-url", paramLabel = "URL",
            description = "The site's own address (https://example.org): absolute links starting with it"
                    + " (and the base URL) are checked as internal links.")
    String siteUrl = "";

    @Option(names = "--external", description = "Also request every http and https link to other sites"
            + " (each distinct URL once, politely), and report those that fail.")
    boolean external;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8",
            description = "With --external: most requests at once (one at a time per host). Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "With --external: seconds to wait for a server's answer. Default: ${DEFAULT-VALUE}.")
    int timeout;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "With --external: remember links that worked (for 24 hours) in FILE, which must not be"
                    + " inside SITE_DIR. Default: " + FolderCheck.CACHE_NAME + " beside SITE_DIR, in the folder"
                    + " that holds it.")
    Path cache;

    @Option(names = "--no-cache", description = "With --external: request every link, and keep no cache file.")
    boolean noCache;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write every problem as JSON to FILE.")
    Path json;

    @Override
    public Integer call() {
        Path folder = site != null ? site : defaultSite();
        SiteAddress address = new SiteAddress(siteUrl(), baseurl());
        Optional<ExternalCheckOptions> externalOptions = external ? Optional.of(externalOptions(folder))
                : Optional.empty();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FolderCheckResult result;
        try {
            result = FolderCheck.check(folder, new FolderCheck.Options(address, externalOptions));
            if (json != null) {
                FolderCheckJson.write(result, json);
            }
        } catch (DiagnosticException e) {
            // a missing folder, a cache inside the site, a report that cannot be written: all in what was asked
            err.println(DiagnosticFormatter.format(e.diagnostic()));
            err.flush();
            return 2;
        }
        List<Diagnostic> diagnostics = result.diagnostics();
        for (int i = 0; i < diagnostics.size(); i++) {
            if (i == DiagnosticFormatter.MAX_SHOWN) {
                out.println("... and " + (diagnostics.size() - i) + " more"
                        + (json != null ? " (all are in " + json + ")" : " (--json FILE lists all)"));
                break;
            }
            out.println(DiagnosticFormatter.format(diagnostics.get(i)));
        }
        out.println(result.summary());
        if (json != null) {
            out.println("Wrote the JSON report to " + json);
        }
        out.flush();
        return result.hasErrors() ? 1 : 0;
    }

    /** ./site, Hyde's output, or Jekyll's ./_site when that is the one there. */
    private static Path defaultSite() {
        Path site = Path.of("site");
        Path jekyll = Path.of("_site");
        return !Files.exists(site) && Files.isDirectory(jekyll) ? jekyll : site;
    }

    private String baseurl() {
        String path = baseurl.strip();
        if (path.contains("://")) {
            throw new ParameterException(spec.commandLine(), "--baseurl is a path such as /docs, not a URL: "
                    + "pass the scheme and host with --site-url");
        }
        return path.isEmpty() || path.startsWith("/") ? path : "/" + path;
    }

    private String siteUrl() {
        String url = siteUrl.strip();
        if (!url.isEmpty() && !SITE_URL.matcher(url).matches()) {
            throw new ParameterException(spec.commandLine(), "--site-url must be a scheme and host such as"
                    + " https://example.org (the path goes in --baseurl), not " + url);
        }
        return url;
    }

    private ExternalCheckOptions externalOptions(Path folder) {
        if (concurrency < 1) {
            throw new ParameterException(spec.commandLine(), "--concurrency must be 1 or more, not " + concurrency);
        }
        if (timeout < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be 1 second or more, not " + timeout);
        }
        if (noCache && cache != null) {
            throw new ParameterException(spec.commandLine(), "--cache and --no-cache cannot be used together");
        }
        ExternalCheckOptions options = ExternalCheckOptions.defaults().withConcurrency(concurrency)
                .withTimeout(Duration.ofSeconds(timeout));
        if (noCache) {
            return options.withoutCacheFile();
        }
        Optional<Path> file = cache != null ? Optional.of(cache) : FolderCheck.defaultCacheFile(folder);
        return file.map(options::withCacheFile).orElse(options);
    }
}
