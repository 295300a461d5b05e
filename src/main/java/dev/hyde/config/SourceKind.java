package dev.hyde.config;

/** The two source layouts Hyde builds: its own, and a Jekyll site as it is. */
public enum SourceKind {
    /** content/, templates/ (FreeMarker layouts, _includes/, assets/), _data/. */
    HYDE("Hyde project"),
    /** The site root itself, _layouts/, _includes/, _data/, _sass/, _posts/ and collections. */
    JEKYLL("Jekyll site");

    private final String description;

    SourceKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
