package dev.hyde;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** Runs a real process (the CLI jar, Maven) for end-to-end tests, with a time limit. */
public record ProcessRun(int exitCode, String output) {

    public static ProcessRun run(Path workDir, List<String> command, long timeoutSeconds) {
        return run(workDir, command, java.util.Map.of(), timeoutSeconds);
    }

    /** Runs with {@code environment} added to this process's. */
    public static ProcessRun run(Path workDir, List<String> command, java.util.Map<String, String> environment,
                                 long timeoutSeconds) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("timed out: " + command);
            }
            return new ProcessRun(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
