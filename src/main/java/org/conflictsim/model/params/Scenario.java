package org.conflictsim.model.params;

import java.time.LocalDate;
import java.util.List;
import org.conflictsim.model.check.Check;
import org.conflictsim.model.check.Param;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.world.World;

/**
 * A complete, validated scenario: the map, the actors, the rules and the dated events.
 *
 * @param id           short name ({@code kivu-2025})
 * @param title        one line
 * @param question     the what-if question it asks
 * @param description  longer text
 * @param start        calendar date of day 0
 * @param days         default horizon, days
 * @param seed         default master seed
 * @param world        the map with places and mines
 * @param initialControl faction id per theatre cell is derived from {@code controlOf}: see {@link #controller(int)}
 * @param minerals     traded minerals
 * @param factions     factions (territorial ones first is not required)
 * @param powers       foreign powers
 * @param rules        global rule parameters
 * @param events       dated events
 */
public record Scenario(String id, String title, String question, String description, LocalDate start,
                       int days, long seed, World world, InitialControl initialControl,
                       List<MineralSpec> minerals, List<FactionSpec> factions, List<PowerSpec> powers,
                       Rules rules, List<EventSpec> events) {
    /** {@code days}: a run's horizon (also the bound of sweeps', calibrations' and the commands' days). */
    public static final Param DAYS = Param.integer("days", 365, 1, 36500, "days", "days simulated by a run");
    /** The declarations of the scenario's own numeric keys (the top level of the file). */
    public static final List<Param> PARAMS = List.of(DAYS);

    public Scenario {
        Check.notNull("id", id);
        Check.notNull("start", start);
        DAYS.check(id, days);
        Check.notNull("world", world);
        Check.notNull("initialControl", initialControl);
        minerals = List.copyOf(minerals);
        factions = List.copyOf(factions);
        powers = List.copyOf(powers);
        events = List.copyOf(events);
        Check.notNull("rules", rules);
        if (factions.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one faction");
        }
    }

    /** Index of the faction with this id, or -1. */
    public int factionIndex(String factionId) {
        for (int i = 0; i < factions.size(); i++) {
            if (factions.get(i).id().equals(factionId)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the power with this id, or -1. */
    public int powerIndex(String powerId) {
        for (int i = 0; i < powers.size(); i++) {
            if (powers.get(i).id().equals(powerId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A reader's name for a country code of the map: the name of the power of that country, else the English
     * name of the ISO 3166 alpha-3 code ({@code TZA}: Tanzania), else the code (a synthetic map's country).
     */
    public String countryName(String code) {
        for (PowerSpec p : powers) {
            if (code.equals(p.country())) {
                return p.name();
            }
        }
        return org.conflictsim.model.world.CountryNames.of(code);
    }

    /** Index of the mineral with this id, or -1. */
    public int mineralIndex(String mineralId) {
        for (int i = 0; i < minerals.size(); i++) {
            if (minerals.get(i).id().equals(mineralId)) {
                return i;
            }
        }
        return -1;
    }

    /** Initial controller (faction index) of a cell, -1 for none. */
    public int controller(int cell) {
        return initialControl.controller(cell);
    }

    /** Immutable initial controller per cell (faction index, -1 for none). */
    public static final class InitialControl {
        private final byte[] controller;

        public InitialControl(byte[] controller) {
            this.controller = controller.clone();
        }

        public int controller(int cell) {
            return controller[cell];
        }

        public int cells() {
            return controller.length;
        }
    }
}
