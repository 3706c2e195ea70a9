package org.conflictsim.model.agent;

import org.conflictsim.model.economy.Books;

/**
 * What factions and foreign powers share: an account in the {@link Books} (factions first, then powers, in
 * scenario order), the sanctions on them, and the day's aid, sponsor cash and sanction losses. Instruments
 * name their parties by id; the model finds the actor and its account.
 */
public abstract class Actor {
    private final int account;
    private final Books books;
    private double sanctionSeverity;
    private double sanctionLossToday;
    private double aidReceivedToday;
    private double sponsorCashToday;

    protected Actor(int account, Books books) {
        this.account = account;
        this.books = books;
    }

    /** Identifier used in scenario files ({@code FARDC}, {@code RWA}, ...). */
    public abstract String getId();

    /** Display name. */
    public abstract String getName();

    /** Index of its account in the books. */
    public final int account() {
        return account;
    }

    /** Cash in hand, US$. */
    public final double getTreasury() {
        return books.balance(account);
    }

    /** Combined severity of the sanctions in force on it, 0–1 ({@code 1 − ∏(1 − s)}). */
    public final double getSanctionSeverity() {
        return sanctionSeverity;
    }

    /**
     * Applies the combined severity of the sanctions in force (standing effects of the instruments; not a
     * {@code setX}, so that an inspector shows the property read-only).
     */
    public final void applySanctionSeverity(double severity) {
        sanctionSeverity = severity;
    }

    /** Revenue that sanctions took from it today, US$. */
    public final double getSanctionLossToday() {
        return sanctionLossToday;
    }

    /** Adds to today's revenue lost to sanctions. */
    public final void addSanctionLoss(double usd) {
        sanctionLossToday += usd;
    }

    /** Aid received today, US$. */
    public final double getAidReceivedToday() {
        return aidReceivedToday;
    }

    public final void addAidReceived(double usd) {
        aidReceivedToday += usd;
    }

    /** Cash it paid today as a sponsor under military support, US$. */
    public final double getSponsorCashToday() {
        return sponsorCashToday;
    }

    public final void addSponsorCash(double usd) {
        sponsorCashToday += usd;
    }

    /** Clears the day's sanction losses (production phase). */
    public final void clearSanctionLoss() {
        sanctionLossToday = 0;
    }

    /** Clears the day's aid and sponsor cash (foreign-powers phase). */
    public final void clearPayments() {
        aidReceivedToday = 0;
        sponsorCashToday = 0;
    }

    @Override
    public String toString() {
        return getId() + " (" + getName() + ")";
    }
}
