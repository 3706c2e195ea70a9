package org.conflictsim.experiment.sweep;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.conflictsim.experiment.store.SweepStore;

/** The points of a sweep as the store keeps them, and a digest that identifies them. */
public final class PointRows {
    private PointRows() {
    }

    /** The values of point i, in parameter order. */
    public static List<SweepStore.PointValue> of(PointTable pts, int i) {
        List<SweepStore.PointValue> row = new ArrayList<>(pts.parameters().size());
        for (int j = 0; j < pts.parameters().size(); j++) {
            Value v = pts.value(i, j);
            row.add(new SweepStore.PointValue(v.text(), v.number(), pts.unit(i, j)));
        }
        return row;
    }

    /**
     * SHA-256 of every override of every point: equal digests mean the same runs, so a store can be
     * resumed or merged only with the sweep that made it.
     */
    public static String digest(PointTable pts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 16);
            for (int i = 0; i < pts.size(); i++) {
                for (String o : pts.overrides(i)) {
                    buf.writeBytes((i + "\t" + o + "\n").getBytes(StandardCharsets.UTF_8));
                }
                if (buf.size() > 1 << 15) {
                    md.update(buf.toByteArray());
                    buf.reset();
                }
            }
            md.update(buf.toByteArray());
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
