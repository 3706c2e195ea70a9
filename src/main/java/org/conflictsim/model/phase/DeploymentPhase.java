package org.conflictsim.model.phase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.rules.DeploymentRules;
import org.conflictsim.model.rules.WarAimsRules;
import org.conflictsim.model.space.Population;
import org.conflictsim.model.space.Territory;
import org.conflictsim.model.state.ModelState;
import org.conflictsim.model.world.Place;
import org.conflictsim.model.world.World;

/**
 * Phase 6, deployment (model brief): each faction shifts part of its fighters toward the front cells that pull
 * most. A front cell's pull, the same for every faction of a side, is the value and threat of the enemy cells
 * next to it plus the strategic value of enemy-held places, decaying with distance ({@link DeploymentRules}) and
 * worth less beyond the side's war aims ({@link WarAimsRules#objectiveValue}), plus the value of the places its
 * own side holds near it ({@link DeploymentRules#defencePull}); each faction weighs the front cells it may deploy
 * to and moves fighters ({@link Faction#deploy}).
 */
public final class DeploymentPhase extends DayPhase {
    private static final long serialVersionUID = 1L;
    /**
     * Distance, in objective ranges, beyond which an objective does not pull: exp(−12) ≈ 6·10⁻⁶ of its value,
     * less than any difference the allocation could show.
     */
    static final int OBJECTIVE_REACH_RANGES = 12;

    private final int[] objectiveCell;
    private final double[] objectiveValue;
    private final double[][] objectiveCache;
    private final int[][] objectiveCacheVersion;
    /**
     * exp(−distance / objectiveRangeKm) by squared distance in cells (an integer up to the reach or the grid's
     * diagonal), filled on first use (NaN until then).
     */
    private final double[] objectiveDecay;
    private final double objectiveReach2;
    /**
     * The terms an enemy cell adds to the pull of the front cells next to it (value and threat), computed once
     * per side's pass (a cell borders several front cells); {@link #enemyTermPass} says in which pass.
     */
    private final double[] enemyValueTerm;
    private final double[] enemyThreatTerm;
    private final int[] enemyTermPass;
    private final int[] nb = new int[4];
    private double[][] sidePull = new double[0][0];
    private int pullPass;

    public DeploymentPhase(ModelState state) {
        super(state);
        World world = state.world();
        int cells = world.cells();
        List<Integer> cellsOf = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Place p : world.places()) {
            if (p.cell() >= 0 && world.theatre(p.cell()) && p.strategicValue() > 0) {
                cellsOf.add(p.cell());
                values.add(p.strategicValue());
            }
        }
        objectiveCell = cellsOf.stream().mapToInt(Integer::intValue).toArray();
        objectiveValue = values.stream().mapToDouble(Double::doubleValue).toArray();
        int nF = state.factions().size();
        objectiveCache = new double[nF][];
        objectiveCacheVersion = new int[nF][];
        double reach = OBJECTIVE_REACH_RANGES * state.rules().deployment().objectiveRangeKm() / world.cellKm();
        objectiveReach2 = reach * reach;
        double diagonal2 = (double) world.width() * world.width() + (double) world.height() * world.height();
        objectiveDecay = new double[(int) Math.min(objectiveReach2, diagonal2) + 1];
        Arrays.fill(objectiveDecay, Double.NaN);
        enemyValueTerm = new double[cells];
        enemyThreatTerm = new double[cells];
        enemyTermPass = new int[cells];
    }

    @Override
    public void run() {
        Rules.Deployment dp = state.rules().deployment();
        Territory territory = state.territory();
        int nF = state.factions().size();
        int nFront = territory.collectFront();
        int[] front = territory.front();
        if (sidePull.length < nF || sidePull[0].length < nFront) {
            sidePull = new double[nF][Math.max(nFront, 64) * 2];
        }
        boolean[] sideDone = new boolean[nF];
        double[] weight = new double[nFront];
        for (Faction f : state.factions()) {
            if (f.getFighters() <= 0) {
                continue;
            }
            double[] sp = sidePull[f.side()];
            if (!sideDone[f.side()]) {
                sideDone[f.side()] = true;
                pullPass++;
                for (int i = 0; i < nFront; i++) {
                    sp[i] = frontPull(f, front[i], dp);
                }
            }
            double sumWeight = 0;
            for (int i = 0; i < nFront; i++) {
                weight[i] = DeploymentRules.weight(eligible(f, front[i]), sp[i]);
                sumWeight += weight[i];
            }
            if (sumWeight <= 0) {
                continue;
            }
            f.deploy(front, nFront, weight, sumWeight, dp.rate(), state.rules().logistics().garrisonPerThousand());
        }
    }

    /** Whether f may deploy to front cell c: its own cell (its side's, for a foreign force) in its operating area. */
    private boolean eligible(Faction f, int c) {
        Territory territory = state.territory();
        int owner = territory.controller(c);
        if (owner < 0) {
            return false;
        }
        if (f.kind().holdsTerritory() ? owner != f.index() : territory.side(owner) != f.side()) {
            return false;
        }
        return f.mayDeployIn(state.world().province(c));
    }

    /**
     * Pull of a front cell for f's side: adjacent enemy mine value, people and force, plus the strategic value of
     * enemy-held objectives discounted by distance.
     */
    private double frontPull(Faction f, int c, Rules.Deployment dp) {
        Territory territory = state.territory();
        Population population = state.population();
        double v = 0;
        int n = state.world().neighbours(c, nb);
        for (int k = 0; k < n; k++) {
            int e = nb[k];
            int o = territory.controller(e);
            if (o < 0 || !territory.enemies(f.index(), o)) {
                continue;
            }
            if (enemyTermPass[e] != pullPass) {
                enemyTermPass[e] = pullPass;
                enemyValueTerm[e] = DeploymentRules.enemyCellValue(dp.mineWeight(), territory.mineValue(e),
                        dp.populationWeight(), population.residents(e) + population.hosted(e));
                enemyThreatTerm[e] = DeploymentRules.threat(dp.threatWeight(), enemyForce(f, e));
            }
            v += enemyValueTerm[e];
            v += enemyThreatTerm[e];
        }
        return v + objectivePull(f, c, dp);
    }

    /**
     * Strategic pull on cell c for f's side: of enemy-held objectives and, with {@code defendWeight} above 0, of
     * the places its own side holds (their defence); cached per side and cell until a place changes hands
     * (places rarely do; front cells are asked every day).
     */
    private double objectivePull(Faction f, int c, Rules.Deployment dp) {
        Territory territory = state.territory();
        World world = state.world();
        int sd = f.side();
        if (objectiveCacheVersion[sd] == null) {
            objectiveCacheVersion[sd] = new int[world.cells()];
            objectiveCache[sd] = new double[world.cells()];
        }
        int version = territory.placeVersion() + 1;
        if (objectiveCacheVersion[sd][c] == version) {
            return objectiveCache[sd][c];
        }
        double v = 0;
        int col = world.col(c);
        int row = world.row(c);
        for (int i = 0; i < objectiveCell.length; i++) {
            int oc = objectiveCell[i];
            int o = territory.controller(oc);
            if (o < 0) {
                continue;
            }
            boolean enemy = territory.enemies(f.index(), o);
            if (!enemy && (territory.side(o) != sd || dp.defendWeight() <= 0)) {
                continue;
            }
            double dc = world.col(oc) - col;
            double dr = world.row(oc) - row;
            double d2 = dc * dc + dr * dr;
            if (d2 <= objectiveReach2) {
                if (enemy) {
                    double value = WarAimsRules.objectiveValue(objectiveValue[i], state.aims().within(sd, oc),
                            state.rules().aims().beyondValue());
                    v += DeploymentRules.objectivePull(dp.placeWeight(), value, decay((int) d2, dp));
                } else {
                    v += DeploymentRules.defencePull(dp.defendWeight(), objectiveValue[i], decay((int) d2, dp));
                }
            }
        }
        objectiveCache[sd][c] = v;
        objectiveCacheVersion[sd][c] = version;
        return v;
    }

    /** {@link DeploymentRules#decay} of a squared distance in cells, from the table. */
    private double decay(int d2, Rules.Deployment dp) {
        double e = objectiveDecay[d2];
        if (Double.isNaN(e)) {
            e = DeploymentRules.decay(Math.sqrt(d2) * state.world().cellKm(), dp.objectiveRangeKm());
            objectiveDecay[d2] = e;
        }
        return e;
    }

    /** Effective force of f's enemies in cell c. */
    private double enemyForce(Faction f, int c) {
        double s = 0;
        List<Faction> factions = state.factions();
        for (int gi = 0; gi < factions.size(); gi++) {
            Faction g = factions.get(gi);
            if (state.territory().enemies(f.index(), g.index())) {
                s += g.forcesIn(c) * g.getQuality();
            }
        }
        return s;
    }
}
