package org.conflictsim.model.agent;

import java.util.List;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.Scenario;

/**
 * The sides of a conflict: factions joined by alliance ({@code allies}) or by fighting for another
 * ({@code fightsFor}), made symmetric and transitive. Factions of one side never fight each other; factions of
 * different sides are enemies.
 */
public final class Sides {
    private Sides() {
    }

    /**
     * The side of each faction: the smallest faction index of its connected component in the alliance graph.
     *
     * @param scenario the scenario (its factions, in order)
     * @return side per faction index
     */
    public static int[] of(Scenario scenario) {
        List<FactionSpec> specs = scenario.factions();
        int n = specs.size();
        int[] parent = new int[n];
        for (int f = 0; f < n; f++) {
            parent[f] = f;
        }
        for (int f = 0; f < n; f++) {
            for (String a : specs.get(f).allies()) {
                union(parent, f, scenario.factionIndex(a));
            }
            if (specs.get(f).fightsFor() != null) {
                union(parent, f, scenario.factionIndex(specs.get(f).fightsFor()));
            }
        }
        int[] side = new int[n];
        for (int f = 0; f < n; f++) {
            side[f] = find(parent, f);
        }
        return side;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        if (a < 0 || b < 0) {
            return;
        }
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
