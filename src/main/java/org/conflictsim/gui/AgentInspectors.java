package org.conflictsim.gui;

import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.agent.ForeignPower;
import org.conflictsim.model.agent.Mine;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * MASON inspectors on the model's agents themselves: a faction, a foreign power, a mine. Each shows the agent's
 * own properties ({@code getX} methods), read live at every refresh, in reading order; none can be edited (the
 * levers are the only way to change the model while it runs).
 */
public final class AgentInspectors {
    /** A faction's properties, in reading order. */
    static final String[] FACTION = {"Id", "Name", "Kind", "Side", "Posture", "Fighters", "Reserve", "Deployed",
        "Training", "Equipment", "Morale", "Quality", "EffectiveForce", "Treasury", "PayShortfall", "Legitimacy",
        "TerritoryShare", "PopulationHeld", "RecruitPool", "MinesHeld", "MineOutputKg", "Casualties",
        "RecentCivilianDeaths", "SanctionSeverity", "AidReceivedToday", "TroopTarget", "Deterrence",
        "CeasefireBound"};
    /** A foreign power's properties, in reading order. */
    static final String[] POWER = {"Id", "Name", "Adaptive", "SupportLevel", "InstrumentsInForce", "Treasury",
        "SanctionSeverity", "SanctionLossToday", "SponsorCashToday", "MineralGains", "SupportedShare", "DealWanted",
        "OfftakeKgToday"};
    /** A mine's properties, in reading order. */
    static final String[] MINE = {"Id", "Name", "Mineral", "HeldBy", "Operating", "Suspended", "OutputKgPerDay",
        "CapacityKgPerDay", "TaxToday", "Workers", "Industrial", "SmugglingRoute"};

    private AgentInspectors() {
    }

    /** An inspector on a faction agent. */
    public static Inspector faction(Faction f, GUIState gui) {
        return volatileInspector(new SimpleInspector(new BeanProperties(f, m -> { }, FACTION), gui, "Faction"));
    }

    /** An inspector on a foreign power agent. */
    public static Inspector power(ForeignPower p, GUIState gui) {
        return volatileInspector(new SimpleInspector(new BeanProperties(p, m -> { }, POWER), gui, "Foreign power"));
    }

    /** An inspector on a mine agent. */
    public static Inspector mine(Mine m, GUIState gui) {
        return volatileInspector(new SimpleInspector(new BeanProperties(m, x -> { }, MINE), gui, "Mine"));
    }

    private static Inspector volatileInspector(Inspector i) {
        i.setVolatile(true);
        return i;
    }
}
