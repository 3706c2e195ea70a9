package org.conflictsim.model.agent;

import java.util.BitSet;
import java.util.Locale;
import org.conflictsim.model.economy.Books;
import org.conflictsim.model.economy.Flow;
import org.conflictsim.model.params.FactionKind;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.Posture;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.rules.CombatRules;
import org.conflictsim.model.rules.DeploymentRules;
import org.conflictsim.model.rules.LogisticsRules;
import org.conflictsim.model.rules.ManpowerRules;
import org.conflictsim.model.rules.MoraleRules;
import org.conflictsim.model.rules.SocialRules;

/**
 * A faction: the government's army, a rebel group, a militia or a foreign state's troops. It holds fighters
 * (a reserve and, by cell, those deployed on its front lines), a treasury, training, equipment, morale,
 * legitimacy and a posture, and belongs to a side (the factions that never fight each other).
 *
 * <p>Its daily behaviour is asked by the phases of the day: it pays its fighters and recruits or receives
 * troops ({@link #payRecruitTrain}), spreads its fighters over its front ({@link #deploy}), takes losses,
 * retreats and advances in combat, and its legitimacy drifts toward a target ({@link #updateLegitimacy}).
 * The numbers come from rules in {@code model.rules}; this class keeps the state.
 *
 * <p>The {@code getX} methods are its properties as MASON's inspector shows them, live. They are most of the
 * file's length (about 430 lines, over the model's usual 400): one documented accessor per property the GUI
 * inspects, which would be no shorter elsewhere.
 */
public final class Faction extends Actor {
    /** Days of civilian deaths that weigh on an authority's legitimacy (the 30 days before today). */
    public static final int HARM_WINDOW_DAYS = 30;

    private final FactionSpec spec;
    private final int index;
    private final Forces forces;
    private final Holdings holdings;
    private final boolean[] provinceAllowed;
    private final double[] recentDeaths = new double[HARM_WINDOW_DAYS];
    private int side;
    private String sideName = "";
    private int capturesFor;
    private double training;
    private double equipmentBoost;
    private double morale;
    private double quality;
    private double legitimacy;
    private double shortfall;
    private double troopTarget;
    private double riskMultiplier = 1.0;
    private boolean ceasefireBound;
    private int theatreCells = 1;
    private int recaptures;

    /**
     * @param spec            the faction as the scenario gives it
     * @param index           its index (scenario order), also its account in the books
     * @param books           the run's books
     * @param cells           cells of the map (its forces are kept per cell)
     * @param provinceAllowed per province of the map, whether it may deploy there
     * @param minerals        number of minerals (for the value of its mines' output)
     * @param initialLegitimacy legitimacy at the start, 0–1
     */
    public Faction(FactionSpec spec, int index, Books books, int cells, boolean[] provinceAllowed, int minerals,
                   double initialLegitimacy) {
        super(index, books);
        this.spec = spec;
        this.index = index;
        this.forces = new Forces(cells, spec.fighters());
        this.provinceAllowed = provinceAllowed.clone();
        this.holdings = new Holdings(minerals);
        this.training = spec.training();
        this.morale = spec.morale();
        this.legitimacy = initialLegitimacy;
        this.troopTarget = spec.fighters();
        this.capturesFor = index;
        updateQuality();
    }

    /** Sets its side (the smallest index of its alliance), who it captures for and the theatre's size. */
    public void place(int side, String sideName, int capturesFor, int theatreCells) {
        this.side = side;
        this.sideName = sideName;
        this.capturesFor = capturesFor;
        this.theatreCells = Math.max(1, theatreCells);
    }

    // ------------------------------------------------------------------ identity

    public FactionSpec spec() {
        return spec;
    }

    /** Index in the scenario's faction list. */
    public int index() {
        return index;
    }

    @Override
    public String getId() {
        return spec.id();
    }

    @Override
    public String getName() {
        return spec.name();
    }

    /** Government, rebel, militia or foreign force. */
    public String getKind() {
        return spec.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public FactionKind kind() {
        return spec.kind();
    }

    /** Offensive or defensive. */
    public String getPosture() {
        return spec.posture().name().toLowerCase(Locale.ROOT);
    }

    /** Whether it attacks at all. */
    public boolean offensive() {
        return spec.posture() == Posture.OFFENSIVE;
    }

    /** The factions of its side, by id. */
    public String getSide() {
        return sideName;
    }

    /** Side number (the smallest faction index of its alliance). */
    public int side() {
        return side;
    }

    /** Index of the faction for which it captures ground (itself, or the partner of a foreign force). */
    public int capturesFor() {
        return capturesFor;
    }

    // ------------------------------------------------------------------ fighters

    /** Its fighters and where they are. */
    public Forces forces() {
        return forces;
    }

    /** Fighters in the theatre, reserve and deployed. */
    public double getFighters() {
        return forces.total();
    }

    /** Fighters held back in reserve. */
    public double getReserve() {
        return forces.reserve();
    }

    /** Fighters on its front lines. */
    public double getDeployed() {
        return forces.deployed();
    }

    /** Its fighters in one cell. */
    public double forcesIn(int cell) {
        return forces.in(cell);
    }

    /** Fighters killed in combat since the start. */
    public double getCasualties() {
        return forces.casualties();
    }

    /** Training multiplier of effective force (0.1–3). */
    public double getTraining() {
        return training;
    }

    /** Equipment multiplier, with the boosts of military support in force. */
    public double getEquipment() {
        return spec.equipment() * (1 + equipmentBoost);
    }

    /** Morale multiplier (0.1–1.5). */
    public double getMorale() {
        return morale;
    }

    /** Effective force per fighter: training × equipment × morale. */
    public double getQuality() {
        return quality;
    }

    /** Effective force: fighters × quality. */
    public double getEffectiveForce() {
        return getFighters() * quality;
    }

    /** Unpaid share of today's wage bill, 0–1. */
    public double getPayShortfall() {
        return shortfall;
    }

    /** Fighters its sponsor wants it to have (foreign forces). */
    public double getTroopTarget() {
        return troopTarget;
    }

    /** Multiplier of its risk threshold from deterrents in force (1 = none). */
    public double getDeterrence() {
        return riskMultiplier;
    }

    /** Whether a ceasefire binds it today. */
    public boolean isCeasefireBound() {
        return ceasefireBound;
    }

    /** The force ratio it needs before it attacks: risk threshold × deterrence. */
    public double attackThreshold() {
        return spec.riskThreshold() * riskMultiplier;
    }

    /** Whether it may launch attacks today: offensive and not bound by a ceasefire. */
    public boolean mayAttack() {
        return spec.posture() == Posture.OFFENSIVE && !ceasefireBound;
    }

    // ------------------------------------------------------------------ territory and money

    /** Legitimacy of its authority where it holds ground, 0–1. */
    public double getLegitimacy() {
        return legitimacy;
    }

    /** What it holds: cells, people, recruits, mines. */
    public Holdings holdings() {
        return holdings;
    }

    /** Cells it holds. */
    public double cellsHeld() {
        return holdings.cells();
    }

    /** Share of the theatre's cells it holds. */
    public double getTerritoryShare() {
        return holdings.cells() / theatreCells;
    }

    /** Residents and displaced people in the cells it holds. */
    public double getPopulationHeld() {
        return holdings.people();
    }

    /** Willing recruits of the cells it holds, per day. */
    public double getRecruitPool() {
        return holdings.recruitPool();
    }

    /** Mines in the cells it holds. */
    public int getMinesHeld() {
        return holdings.mines();
    }

    /** Today's output of the mines it holds, kg. */
    public double getMineOutputKg() {
        return holdings.mineOutputKg();
    }

    /** Civilian deaths in the cells it holds over the last {@link #HARM_WINDOW_DAYS} days. */
    public double getRecentCivilianDeaths() {
        double deaths = 0;
        for (double d : recentDeaths) {
            deaths += d;
        }
        return deaths;
    }

    /** Whether it may deploy in a province (index of the map's provinces, −1 for none). */
    public boolean mayDeployIn(int province) {
        return spec.operatingArea().isEmpty() || (province >= 0 && provinceAllowed[province]);
    }

    // ------------------------------------------------------------------ behaviour: budgets and manpower

    /**
     * Phase 5 for this faction (brief, "Budgets and manpower"): pays wages; unpaid fighters desert in
     * proportion to the shortfall; a foreign force moves toward its sponsor's troop level, any other faction
     * buys recruits from its pool with the money above its reserve; training moves under the deals in force;
     * morale drifts toward a target that unpaid wages lower.
     *
     * @param books     the books
     * @param mp        manpower rules
     * @param troopRate share of the gap to its troop level closed per day (foreign forces; 0 otherwise)
     * @param dealCap   highest training cap of the deals in force for it (0 for none)
     * @param dealRate  highest rate of those deals
     * @param frontier  the front cells (losses beyond the reserve are taken there)
     */
    public void payRecruitTrain(Books books, Rules.Manpower mp, double troopRate, double dealCap, double dealRate,
                                BitSet frontier) {
        double fighters = getFighters();
        double bill = spec.wagePerDay() * fighters;
        double paid = books.transfer(account(), Books.OUTSIDE, bill, Flow.WAGES);
        shortfall = ManpowerRules.shortfall(bill, paid);
        double loss = SocialRules.deserters(fighters, shortfall, mp.desertion());
        if (spec.kind() == FactionKind.FOREIGN_FORCE) {
            loss += ManpowerRules.troopsWithdrawn(fighters, troopTarget, troopRate);
            forces.enlist(ManpowerRules.troopsSent(fighters, troopTarget, troopRate));
        } else {
            double surplus = books.balance(account()) - mp.reserveDays() * bill;
            double n = SocialRules.recruits(surplus, spec.signOnCost(), holdings.recruitPool(),
                    spec.maxFighters() - fighters);
            double cost = books.transfer(account(), Books.OUTSIDE, n * spec.signOnCost(), Flow.RECRUITMENT);
            forces.enlist(spec.signOnCost() > 0 ? cost / spec.signOnCost() : n);
        }
        forces.remove(loss, frontier);
        training = ManpowerRules.nextTraining(training, dealCap, spec.trainingCap(), spec.training(), dealRate,
                mp.trainingDecay());
        morale = MoraleRules.next(morale, MoraleRules.target(spec.baseMorale(), mp.unpaidMorale(), shortfall),
                mp.moraleRate());
    }

    /** Recomputes effective force per fighter from training, equipment and morale. */
    public void updateQuality() {
        quality = CombatRules.effectiveForce(1.0, training, spec.equipment() * (1 + equipmentBoost), morale);
    }

    // ------------------------------------------------------------------ behaviour: deployment and combat

    /**
     * Phase 6 for this faction: moves fighters between its reserve and its front cells toward
     * {@code deployShare × (fighters − garrison)} at the front, shared by the cells' weights ({@link Forces#deploy});
     * the garrison holds the ground it occupies ({@link LogisticsRules#garrison}).
     *
     * @param front     front cells, in increasing order
     * @param n         how many of them
     * @param weight    weight of each front cell for this faction ({@link DeploymentRules#weight})
     * @param sumWeight sum of the weights, &gt; 0
     * @param rate      share of the gap closed per day
     * @param garrisonPerThousand fighters tied down per 1,000 people it occupies
     */
    public void deploy(int[] front, int n, double[] weight, double sumWeight, double rate, double garrisonPerThousand) {
        forces.deploy(LogisticsRules.frontWanted(spec.deployShare(), getFighters(), getGarrison(garrisonPerThousand)),
                front, n, weight, sumWeight, rate);
    }

    /** Fighters it ties down to hold the ground it occupies ({@link LogisticsRules#garrison}). */
    public double getGarrison(double perThousand) {
        return LogisticsRules.garrison(perThousand, holdings.occupiedPeople());
    }

    /** Named places and mines (named or IPIS clusters) it has retaken for the side that held them at the start. */
    public int getRecaptures() {
        return recaptures;
    }

    /** Counts a named place or mine retaken for its side. */
    public void countRecapture() {
        recaptures++;
    }

    /** Morale after its side lost a place ({@link MoraleRules#shaken}). */
    public void shake(double shock) {
        morale = MoraleRules.shaken(morale, shock);
    }

    /** Morale after its side took a place ({@link MoraleRules#lifted}). */
    public void lift(double shock) {
        morale = MoraleRules.lifted(morale, shock);
    }

    /** Civilians killed today in a cell it holds, counted against its legitimacy for {@link #HARM_WINDOW_DAYS} days. */
    public void addCivilianDeaths(int day, double deaths) {
        recentDeaths[day % HARM_WINDOW_DAYS] += deaths;
    }

    /** Forgets the civilian deaths of the day that leaves the window tomorrow. */
    public void rollHarmWindow(int day) {
        recentDeaths[(day + 1) % HARM_WINDOW_DAYS] = 0;
    }

    // ------------------------------------------------------------------ behaviour: legitimacy

    /**
     * Phase 9 for a faction that holds territory: legitimacy moves toward a target that falls with territory
     * lost (conquest alone raises only the state's, {@link SocialRules#legitimacyTerritoryRatio}), civilian harm
     * and unpaid soldiers, rises with aid-funded services, and falls with a non-state
     * faction's mine taxation ({@link SocialRules#legitimacyTarget}).
     */
    public void updateLegitimacy(Rules.Legitimacy lr) {
        double ratio = SocialRules.legitimacyTerritoryRatio(holdings.cells(), holdings.initialCells(),
                spec.kind() == FactionKind.GOVERNMENT);
        double tax = spec.kind() == FactionKind.GOVERNMENT ? 0.0 : spec.mineTax();
        double target = SocialRules.legitimacyTarget(lr.initial(), ratio, getRecentCivilianDeaths(), shortfall,
                getAidReceivedToday(), tax, lr.territoryWeight(), lr.harmWeight(), lr.unpaidWeight(),
                lr.aidWeight(), lr.taxWeight());
        legitimacy = SocialRules.approach(legitimacy, target, lr.rate());
    }

    // ------------------------------------------------------------------ standing effects of instruments

    /** Clears the effects of instruments before they are summed again. */
    public void clearStandingEffects() {
        equipmentBoost = 0;
        riskMultiplier = 1.0;
        ceasefireBound = false;
    }

    /** Adds an equipment boost of military support or a deal (equipment × (1 + sum of boosts)). */
    public void addEquipmentBoost(double boost) {
        equipmentBoost += boost;
    }

    /** A deterrent against it: its risk threshold is multiplied by {@code 1 + deterrent}. */
    public void deter(double deterrent) {
        riskMultiplier *= 1.0 + deterrent;
    }

    /** A ceasefire binds it. */
    public void bindCeasefire() {
        ceasefireBound = true;
    }

    /** Sets the troop level its sponsor wants (foreign forces). */
    public void aimTroopLevel(double fighters) {
        troopTarget = fighters;
    }
}
