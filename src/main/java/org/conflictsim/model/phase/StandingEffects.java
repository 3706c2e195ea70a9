package org.conflictsim.model.phase;

import java.util.ArrayList;
import java.util.List;
import org.conflictsim.model.agent.Actor;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.agent.ForeignPower;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.params.FactionKind;
import org.conflictsim.model.rules.SanctionRules;
import org.conflictsim.model.state.Agenda;
import org.conflictsim.model.state.ModelState;

/**
 * The standing effects of the instruments in force, recomputed whenever one starts or ends or a support level
 * changes: combined sanction severities ({@link SanctionRules}), equipment boosts, deterrents, ceasefires, and
 * the troop levels sponsors want for foreign forces; also each power's list of instruments in force.
 */
final class StandingEffects {
    private StandingEffects() {
    }

    static void apply(ModelState s) {
        List<Faction> factions = s.factions();
        List<Actor> actors = s.actors();
        for (Faction f : factions) {
            f.clearStandingEffects();
        }
        double[] kept = new double[actors.size()];
        java.util.Arrays.fill(kept, 1.0);
        boolean[] troopsSet = new boolean[factions.size()];
        double[] troops = new double[factions.size()];
        Agenda agenda = s.agenda();
        for (int e = 0; e < agenda.size(); e++) {
            if (!agenda.active(e)) {
                continue;
            }
            Instrument in = agenda.instrument(e);
            if (in instanceof Instrument.Sanction x) {
                int a = s.actor(x.target()).account();
                kept[a] = SanctionRules.kept(kept[a], x.severity());
            } else if (in instanceof Instrument.MilitarySupport m) {
                s.faction(m.to()).addEquipmentBoost(m.equipmentBoost());
                if (m.troopsFaction() != null) {
                    int tf = s.faction(m.troopsFaction()).index();
                    troopsSet[tf] = true;
                    troops[tf] += m.troops() * (s.actor(m.from()) instanceof ForeignPower p ? p.getSupportLevel() : 1.0);
                }
            } else if (in instanceof Instrument.MineralsDeal d) {
                Faction partner = s.faction(d.partner());
                partner.addEquipmentBoost(d.equipmentBoost());
                for (Faction f : factions) {
                    if (s.territory().enemies(f.index(), partner.index())) {
                        f.deter(d.deterrent());
                    }
                }
            } else if (in instanceof Instrument.Ceasefire c) {
                for (Faction f : factions) {
                    if (c.parties().isEmpty() || c.parties().contains(f.getId())) {
                        f.bindCeasefire();
                    }
                }
            }
        }
        for (int a = 0; a < actors.size(); a++) {
            actors.get(a).applySanctionSeverity(SanctionRules.severity(kept[a]));
        }
        bans(s);
        for (Faction f : factions) {
            if (f.kind() == FactionKind.FOREIGN_FORCE && agenda.sendsTroops(f.getId())) {
                f.aimTroopLevel(troopsSet[f.index()] ? troops[f.index()] : 0.0);
            }
        }
        for (ForeignPower p : s.powers()) {
            List<String> labels = new ArrayList<>();
            for (int e = 0; e < agenda.size(); e++) {
                if (agenda.active(e) && p.getId().equals(agenda.instrument(e).actor())) {
                    labels.add(agenda.event(e).label());
                }
            }
            p.recordInstrumentsInForce(labels);
        }
    }

    /** The combined severity of the import bans in force, by country and mineral ({@link SanctionRules#combined}). */
    private static void bans(ModelState s) {
        List<String> countries = s.world().countries();
        int nMin = s.scenario().minerals().size();
        double[][] kept = new double[countries.size()][nMin];
        for (double[] k : kept) {
            java.util.Arrays.fill(k, 1.0);
        }
        Agenda agenda = s.agenda();
        for (int e = 0; e < agenda.size(); e++) {
            if (agenda.active(e) && agenda.instrument(e) instanceof Instrument.ImportBan b) {
                int k = countries.indexOf(b.from());
                if (k < 0) {
                    continue;
                }
                for (int m = 0; m < nMin; m++) {
                    if (b.minerals().isEmpty() || b.minerals().contains(s.scenario().minerals().get(m).id())) {
                        kept[k][m] = SanctionRules.kept(kept[k][m], b.severity());
                    }
                }
            }
        }
        for (int k = 0; k < kept.length; k++) {
            for (int m = 0; m < nMin; m++) {
                s.banSeverity(k, m, SanctionRules.severity(kept[k][m]));
            }
        }
    }
}
