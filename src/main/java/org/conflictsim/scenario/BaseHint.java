package org.conflictsim.scenario;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hint after "base scenario not found": when a scenario shipped with ConflictSim has the file name that
 * {@code extends} names (a student's what-if in a folder of their own that says {@code extends:
 * kivu-2025.yaml}), the path to write instead.
 */
final class BaseHint {
    private BaseHint() {
    }

    /**
     * The hint, starting with "; ", or "" when no shipped scenario has that name.
     *
     * @param from    the folder of the file that has {@code extends}
     * @param written the value of {@code extends}
     */
    static String of(Path from, String written) {
        Path shipped = shippedScenarios();
        if (shipped == null) {
            return "";
        }
        try {
            Path name = Path.of(written).getFileName();
            Path candidate = name == null ? null : shipped.resolve(name);
            if (candidate == null || !Files.isRegularFile(candidate)) {
                return "";
            }
            String rel = from.toAbsolutePath().normalize().relativize(candidate).toString().replace('\\', '/');
            return "; ConflictSim ships " + candidate + ": write extends: " + rel;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * The {@code scenarios/} folder beside the running code ({@code target/conflictsim.jar} or
     * {@code target/classes} of a checkout), or null when there is none.
     */
    static Path shippedScenarios() {
        try {
            java.security.CodeSource cs = BaseHint.class.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                return null;
            }
            Path code = Path.of(cs.getLocation().toURI()).toAbsolutePath().normalize();
            for (Path p = code.getParent(); p != null; p = p.getParent()) {
                Path s = p.resolve("scenarios");
                if (Files.isRegularFile(s.resolve("kivu-2025.yaml"))) {
                    return s;
                }
                if (p.getFileName() != null && !p.getFileName().toString().equals("target")) {
                    return null;
                }
            }
            return null;
        } catch (URISyntaxException | SecurityException | IllegalArgumentException
                 | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
