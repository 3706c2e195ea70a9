package org.conflictsim.model.space;

import java.util.List;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.rules.WarAimsRules;
import org.conflictsim.model.world.Place;
import org.conflictsim.model.world.World;

/**
 * The ground within each side's war aims: the union of the aims of its factions (a depth from some countries'
 * borders, and places), fixed for the run. A side none of whose factions declares aims has everything within
 * its aims.
 */
public final class WarAims {
    private final boolean[][] within;
    private final int cells;

    /**
     * @param world    the map
     * @param factions the factions, with their sides
     * @param rules    aims rules (the radius around an aimed place)
     */
    public WarAims(World world, List<Faction> factions, Rules.Aims rules) {
        this.cells = world.cells();
        within = new boolean[factions.size()][];
        for (Faction f : factions) {
            FactionSpec.Reach r = f.spec().reach();
            if (!r.hasAims()) {
                continue;
            }
            boolean[] w = within[f.side()];
            if (w == null) {
                w = new boolean[cells];
                within[f.side()] = w;
            }
            double[][] border = new double[r.aimFrom().size()][];
            for (int i = 0; i < border.length; i++) {
                int k = world.countries().indexOf(r.aimFrom().get(i));
                border[i] = k < 0 ? null : world.kmToCountry(k);
            }
            int[] placeCells = world.places().stream().filter(p -> r.aimPlaces().contains(p.id()))
                    .mapToInt(Place::cell).filter(c -> c >= 0).toArray();
            for (int c = 0; c < cells; c++) {
                double toBorder = Double.POSITIVE_INFINITY;
                for (double[] b : border) {
                    if (b != null) {
                        toBorder = Math.min(toBorder, b[c]);
                    }
                }
                double toPlace = Double.POSITIVE_INFINITY;
                for (int pc : placeCells) {
                    toPlace = Math.min(toPlace, world.distanceKm(c, pc));
                }
                if (WarAimsRules.within(toBorder, r.aimDepthKm(), toPlace, rules.placeKm())) {
                    w[c] = true;
                }
            }
        }
    }

    /** Whether a cell lies within the aims of a side (true for a side without aims). */
    public boolean within(int side, int cell) {
        return within[side] == null || within[side][cell];
    }

    /** Theatre cells within a side's aims (all theatre cells for a side without aims). */
    public int cellsWithin(int side, World world) {
        if (within[side] == null) {
            return world.theatreCellCount();
        }
        int n = 0;
        for (int i = 0; i < world.theatreCellCount(); i++) {
            if (within[side][world.theatreCell(i)]) {
                n++;
            }
        }
        return n;
    }

    /** Whether a side declares any aims. */
    public boolean hasAims(int side) {
        return within[side] != null;
    }
}
