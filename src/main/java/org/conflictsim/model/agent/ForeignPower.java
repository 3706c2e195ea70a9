package org.conflictsim.model.agent;

import java.util.List;
import org.conflictsim.model.economy.Books;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.params.MineralSpec;
import org.conflictsim.model.params.PowerSpec;
import org.conflictsim.model.rules.DealRules;
import org.conflictsim.model.rules.SponsorRules;

/**
 * A foreign power: a state or bloc that acts in the conflict through its instruments (aid, aid freezes,
 * sanctions, military support, training and minerals-for-security deals) and may receive minerals, smuggled
 * across its border or taken as offtake. It holds no ground; its troops are a faction of their own.
 *
 * <p>A power is a sponsor, a donor or a deal seeker by the instruments it holds. An adaptive sponsor reviews
 * its support level every {@link #DECISION_PERIOD_DAYS} days ({@link #reviewSupport}); a deal seeker judges its
 * minerals-for-security deals on the same calendar ({@link #reviewDeal}). The {@code getX} methods are its
 * properties as MASON's inspector shows them, live.
 */
public final class ForeignPower extends Actor {
    /**
     * Days between a power's reviews of its policy: a month of 30 days, the brief's "monthly" decision (a
     * cabinet or command reviews support on that rhythm; the exact day matters less than the period).
     */
    public static final int DECISION_PERIOD_DAYS = 30;

    private final PowerSpec spec;
    private final int index;
    private final double[] accessKg;
    private final double[] accessUsd;
    private double supportLevel = 1.0;
    private boolean dealWanted;
    private double offtakeKgToday;
    private double gainCum;
    private double sponsorCum;
    private double sanctionCostCum;
    private double aidLostCum;
    private double marginalGainCum;
    private double troopDaysCum;
    private double marginalGainMark;
    private double troopDaysMark;
    private double troopLossesMark;
    private double stakes;
    private double sponsorMark;
    private double sanctionCostMark;
    private double aidLostMark;
    private double shareMark;
    private double dealValueMark;
    private List<String> inForce = List.of();

    /**
     * @param spec     the power as the scenario gives it
     * @param index    its index among the scenario's powers
     * @param account  its account in the books (after the factions')
     * @param books    the run's books
     * @param minerals number of minerals
     */
    public ForeignPower(PowerSpec spec, int index, int account, Books books, int minerals) {
        super(account, books);
        this.spec = spec;
        this.index = index;
        this.accessKg = new double[minerals];
        this.accessUsd = new double[minerals];
    }

    public PowerSpec spec() {
        return spec;
    }

    /** Index among the scenario's powers. */
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

    /** Whether it adapts its military support (an adaptive sponsor). */
    public boolean isAdaptive() {
        return spec.adaptive();
    }

    /** Its support level: its military support (cash and troops) is multiplied by it; 1 = as scripted. */
    public double getSupportLevel() {
        return supportLevel;
    }

    /** Sets its support level (a lever). */
    public void changeSupportLevel(double level) {
        supportLevel = level;
    }

    /** Whether, at its last review, a minerals-for-security deal was worth offering. */
    public boolean isDealWanted() {
        return dealWanted;
    }

    /** Its instruments in force, by label (updated when instruments start or end). */
    public String[] getInstrumentsInForce() {
        return inForce.toArray(new String[0]);
    }

    /** Sets the labels of its instruments in force. */
    public void recordInstrumentsInForce(List<String> labels) {
        inForce = List.copyOf(labels);
    }

    /** Today's offtake under its deals, kg. */
    public double getOfftakeKgToday() {
        return offtakeKgToday;
    }

    /** Today's mineral access (smuggled across its border or taken as offtake) of one mineral, kg. */
    public double accessKg(int mineral) {
        return accessKg[mineral];
    }

    /** Today's mineral access of one mineral at world prices, US$. */
    public double accessUsd(int mineral) {
        return accessUsd[mineral];
    }

    /** Interest-weighted mineral gains since the start, US$. */
    public double getMineralGains() {
        return gainCum;
    }

    /** Theatre share of the factions it supported at its last review. */
    public double getSupportedShare() {
        return shareMark;
    }

    // ------------------------------------------------------------------ what the day brings

    /** Clears the day's access and offtake (production phase). */
    public void clearDay() {
        java.util.Arrays.fill(accessKg, 0);
        java.util.Arrays.fill(accessUsd, 0);
        offtakeKgToday = 0;
    }

    /** Mineral that reached it today, smuggled or as offtake. */
    public void addAccess(int mineral, double kg, double worldPrice) {
        accessKg[mineral] += kg;
        accessUsd[mineral] += kg * worldPrice;
    }

    /** Offtake taken today. */
    public void addOfftake(double kg) {
        offtakeKgToday += kg;
    }

    /** An interest-weighted gain (offtake margin or smuggling income), US$. */
    public void addGain(double usd) {
        gainCum += usd;
    }

    /** Cash it paid to a proxy and the sanction penalty it paid for it, US$. */
    public void addSponsorship(double cash, double penalty) {
        sponsorCum += cash;
        sanctionCostCum += penalty;
    }

    /** A marginal mineral gain from a proxy's control ({@link SponsorRules#marginalGain}), US$, interest-weighted. */
    public void addMarginalGain(double usd) {
        marginalGainCum += usd;
    }

    /** Its own soldiers deployed in the theatre today (troop-days). */
    public void addTroopDays(double soldiers) {
        troopDaysCum += soldiers;
    }

    /** Marginal mineral gains from its proxies' control since the start, US$ (interest-weighted). */
    public double getMarginalGains() {
        return marginalGainCum;
    }

    /**
     * Its costs as a share of its stakes at its last review, {@code L / (G + L)}, 0–1 (0 before any review or
     * with nothing at stake): how much the war weighs on it, read by the negotiation rule.
     */
    public double getCostShare() {
        return stakes;
    }

    /** Aid it would have received but a freeze stopped, US$. */
    public void addAidLost(double usd) {
        aidLostCum += usd;
    }

    // ------------------------------------------------------------------ decisions

    /**
     * The periodic review of a sponsor (docs/ODD.md §7.4, "Adaptive sponsor"): gains of the period are the
     * marginal mineral gains of its proxies' control plus the value it puts on their ground within their aims;
     * losses are the cash it gave, sanction costs, aid frozen, a reputational cost of the sanctions on it and its
     * proxies, its own troops deployed and lost, and the diplomatic cost of its proxies' ground beyond their aims
     * ({@link SponsorRules}). An adaptive power moves its support level by {@link SponsorRules#nextLevel}; any
     * power marks the period and its cost share.
     *
     * @param shareWithinAims share of their aims (of the theatre, for factions without aims) its supported
     *                        factions hold
     * @param shareBeyondAims theatre share they hold beyond their aims
     * @param severity        sanction severity on it plus on each of those factions
     * @param troopsKilled    its soldiers killed since the start (cumulative casualties of its troops)
     * @return whether its support level changed
     */
    public boolean reviewSupport(double shareWithinAims, double shareBeyondAims, double severity,
                                 double troopsKilled) {
        double gain = marginalGainCum - marginalGainMark;
        double given = sponsorCum - sponsorMark;
        double sanctionCost = sanctionCostCum - sanctionCostMark;
        double aidLost = aidLostCum - aidLostMark;
        double troopDays = troopDaysCum - troopDaysMark;
        double killed = troopsKilled - troopLossesMark;
        marginalGainMark = marginalGainCum;
        sponsorMark = sponsorCum;
        sanctionCostMark = sanctionCostCum;
        aidLostMark = aidLostCum;
        troopDaysMark = troopDaysCum;
        troopLossesMark = troopsKilled;
        shareMark = shareWithinAims + shareBeyondAims;
        double g = SponsorRules.gains(gain, spec.securityWeight(), shareWithinAims);
        double l = SponsorRules.losses(given, sanctionCost, aidLost, spec.reputationWeight(), severity)
                + SponsorRules.warCosts(spec.troopCostPerDay(), troopDays, spec.troopLossCost(), killed,
                        spec.beyondAimsWeight(), shareBeyondAims);
        stakes = g + l > 0 ? l / (g + l) : 0.0;
        if (!spec.adaptive()) {
            return false;
        }
        double before = supportLevel;
        supportLevel = SponsorRules.nextLevel(before, g, l, spec.supportStep(), spec.maxSupport());
        return supportLevel != before;
    }

    /** The result of a deal review: whether the deal is wanted, and the expected access it was judged on. */
    public record DealReview(boolean wanted, boolean changed, double expectedAccessUsd, double costUsd) {
    }

    /**
     * The periodic review of a minerals-for-security deal (docs/ODD.md, "Deal seeker"): the expected access of
     * the period — its offtake share of the interest-weighted margin on the partner's mine output — against the
     * deal's cash over the period ({@link DealRules}).
     */
    public DealReview reviewDeal(Instrument.MineralsDeal deal, Faction partner, List<MineralSpec> minerals) {
        double value = 0;
        for (int m = 0; m < minerals.size(); m++) {
            value += DealRules.accessMargin(spec.interest(m), partner.holdings().outputValueSinceStart(m),
                    minerals.get(m).localShare());
        }
        double v = DealRules.expectedAccess(deal.offtakeShare(), value, dealValueMark);
        dealValueMark = value;
        boolean want = DealRules.worthOffering(v, deal.cashPerDay(), DECISION_PERIOD_DAYS);
        boolean changed = want != dealWanted;
        dealWanted = want;
        return new DealReview(want, changed, v, DECISION_PERIOD_DAYS * deal.cashPerDay());
    }
}
