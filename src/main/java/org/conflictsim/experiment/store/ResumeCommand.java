package org.conflictsim.experiment.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * The command line that resumes the sweep of a store, made from the store's metadata and where the file lies,
 * for messages that tell the user how to go on (an interrupted sweep, a shard, a merged store).
 */
public final class ResumeCommand {
    private ResumeCommand() {
    }

    /**
     * The command that resumes the sweep of this store: {@code conflictsim sweep SWEEP_FILE --resume} with the
     * {@code --out} and {@code --shard} that lead to this file; when the store does not lie where the sweep
     * writes it ({@code DIR/<sweep name>/sweep.sqlite}, e.g. a merged store named otherwise), the command is
     * preceded by the move that puts it there.
     */
    public static String of(Path store, Map<String, String> meta) {
        String sweepFile = meta.getOrDefault("sweep_file", "SWEEP.yaml");
        String name = meta.getOrDefault("sweep_name", "sweep");
        int count = parseOr(meta.get("shard_count"), 1);
        int index = parseOr(meta.get("shard_index"), 0);
        String storeName = count == 1 ? "sweep.sqlite" : "shard-" + index + "-of-" + count + ".sqlite";
        Path abs = store.toAbsolutePath().normalize();
        Path folder = store.toAbsolutePath().normalize().getParent();
        String move = "";
        if (!abs.getFileName().toString().equals(storeName) || folder.getFileName() == null
                || !folder.getFileName().toString().equals(name)) {
            Path target = folder.resolve(name).resolve(storeName);
            move = "mkdir -p " + quote(target.getParent().toString()) + " && mv " + quote(store.toString()) + " "
                    + quote(target.toString()) + " && ";
            folder = target.getParent();
        }
        Path out = folder.getParent();
        Path rel = relativeToWorkingDir(out);
        String outOption = rel.toString().equals("results") ? "" : " --out " + quote(rel.toString());
        return move + "conflictsim sweep " + quote(sweepFile) + " --resume" + outOption
                + (count == 1 ? "" : " --shard " + index + "/" + count);
    }

    private static Path relativeToWorkingDir(Path p) {
        Path here = Path.of("").toAbsolutePath();
        return p.startsWith(here) && !p.equals(here) ? here.relativize(p) : p;
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./:=@+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    private static int parseOr(String v, int def) {
        try {
            return v == null ? def : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return def;
        }
    }
}
