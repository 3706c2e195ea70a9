package org.conflictsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is left to run, given the ledger and the shard. */
class ResumeBookkeepingTest {

    private static SweepSpec spec(int points, int reps) {
        List<Parameter> ps = List.of(new Parameter.Range("x", "a.x", 0, 1, Distribution.UNIFORM, Double.NaN, Double.NaN,
                false, 0));
        double[] u = new double[points];
        PointTable t = PointTable.ofUnits(ps, u);
        return new SweepSpec(java.nio.file.Path.of("s.yaml"), "", null, ps, new DesignSpec(DesignType.RANDOM, points, 0,
                0, null), t, reps, SeedMode.PER_POINT, 1, 10, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void remainingRunsAreThoseOfTheShardThatTheLedgerLacks() {
        SweepSpec s = spec(5, 3);
        assertEquals(15, s.runCount());
        BitSet recorded = new BitSet();
        assertEquals(15, SweepRunner.remaining(s, Shard.ALL, recorded));
        recorded.set(0, 7);
        recorded.set(12);
        assertEquals(7, SweepRunner.remaining(s, Shard.ALL, recorded));
        assertEquals(3, SweepRunner.remaining(s, new Shard(1, 3), recorded), "runs 7, 10, 13 of 1, 4, 7, 10, 13");
        assertEquals(1, SweepRunner.remaining(s, new Shard(0, 3), recorded), "run 9 of 0, 3, 6, 9, 12");
    }

    @Test
    void everyRunBelongsToExactlyOneShard() {
        SweepSpec s = spec(7, 4);
        int n = 5;
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Shard sh = new Shard(i, n);
            long owned = 0;
            for (long r = 0; r < s.runCount(); r++) {
                if (sh.owns(r)) {
                    all.add(r);
                    owned++;
                }
            }
            assertEquals(sh.runsOf(s.runCount()), owned);
        }
        assertEquals(s.runCount(), all.size());
        assertEquals(s.runCount(), all.stream().distinct().count());
    }

    @Test
    void runIdsInterleaveThePoints() {
        SweepSpec s = spec(4, 3);
        StringBuilder order = new StringBuilder();
        for (long r = 0; r < s.runCount(); r++) {
            order.append(s.pointOf(r)).append(s.replicateOf(r)).append(' ');
        }
        assertEquals("00 10 20 30 01 11 21 31 02 12 22 32 ", order.toString(),
                "point then replicate: every point's first replicate comes first");
    }
}
