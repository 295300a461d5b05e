package dev.hyde.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One git command in a folder: its standard output, or nothing when the folder is in no
 * repository (then no process starts), the machine has no git, or the command takes longer than
 * the time given. Git's own error output is discarded; {@code core.fsmonitor} is off, so that no
 * daemon is left behind.
 */
public final class GitCommand {

    private GitCommand() {
    }

    /**
     * @param anyExit also give the output of a command that failed (exited with other than 0)
     */
    public static Optional<String> run(Path dir, long timeoutSeconds, boolean anyExit, String... args) {
        if (!insideWorkTree(dir)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.fsmonitor=false"));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            git.getOutputStream().close();
            byte[] out;
            try (InputStream in = git.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!git.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            if (!anyExit && git.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty(); // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether a {@code .git} lies in the folder or above it. */
    public static boolean insideWorkTree(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }
}
