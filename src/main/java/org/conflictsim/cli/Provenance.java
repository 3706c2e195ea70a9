package org.conflictsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/** Facts that make a result traceable: git commit and content hashes. */
final class Provenance {
    private Provenance() {
    }

    /** SHA-256 of a text (UTF-8), hex. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The git commit of the working directory, with "-dirty" when it has uncommitted changes; or the
     * commit baked in by the launcher ({@code CONFLICTSIM_GIT_COMMIT}); "unknown" when neither is known.
     */
    static String gitCommit() {
        String env = System.getenv("CONFLICTSIM_GIT_COMMIT");
        if (env != null && !env.isBlank()) {
            return env.trim();
        }
        try {
            String head = run("git", "rev-parse", "HEAD");
            if (head == null) {
                return "unknown";
            }
            String status = run("git", "status", "--porcelain", "--untracked-files=no");
            return status != null && !status.isBlank() ? head + "-dirty" : head;
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String run(String... cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD)
                .directory(Path.of(".").toFile()).start();
        try {
            String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return outText;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static String sha256(Path file) throws IOException {
        return sha256(Files.readString(file));
    }
}
