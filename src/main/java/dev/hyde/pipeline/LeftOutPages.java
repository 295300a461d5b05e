package dev.hyde.pipeline;

import java.util.List;

/** The summary of a build that kept going past its errors: what was written and what was left out. */
public final class LeftOutPages {
    /** Beyond this many, the list ends with a count: the errors above name every page anyway. */
    private static final int LISTED = 20;

    private LeftOutPages() {
    }

    public static String describe(BuildResult result) {
        List<String> leftOut = result.leftOut();
        StringBuilder text = new StringBuilder()
                .append("Kept going: wrote ").append(result.pagesWritten())
                .append(result.pagesWritten() == 1 ? " page" : " pages").append(" and ")
                .append(result.filesCopied()).append(result.filesCopied() == 1 ? " file" : " files")
                .append(" into ").append(result.destination());
        if (leftOut.isEmpty()) {
            text.append("; the errors above are not in any one page, so every page was written.");
        } else {
            text.append("; ").append(leftOut.size()).append(leftOut.size() == 1 ? " page" : " pages")
                    .append(" failed and ").append(leftOut.size() == 1 ? "was" : "were").append(" left out:");
            leftOut.stream().limit(LISTED).forEach(file -> text.append("\n  ").append(file));
            if (leftOut.size() > LISTED) {
                text.append("\n  ... and ").append(leftOut.size() - LISTED).append(" more");
            }
        }
        return text.append("\nThe build failed: fix the errors for a complete site.").toString();
    }
}
