package org.conflictsim.model.rules;

/**
 * Rules of sanctions (model brief, "Sanctions: cut the target's external and smuggling revenue by a
 * severity, raise the cost of sponsoring a rebel group"). Severities are shares, 0–1.
 */
public final class SanctionRules {
    private SanctionRules() {
    }

    /**
     * Share of a target's sanctionable revenue left after one more sanction: {@code kept × (1 − severity)}.
     * Sanctions combine multiplicatively, each cutting what the others leave, so the combined severity is
     * {@code 1 − ∏(1 − sᵢ)} (independent cuts; never above 1).
     *
     * @param kept     share left by the sanctions counted so far (1 before any)
     * @param severity this sanction's severity, 0–1
     */
    public static double kept(double kept, double severity) {
        return kept * (1.0 - severity);
    }

    /** Combined severity from the share kept: {@code 1 − kept}. */
    public static double severity(double kept) {
        return 1.0 - kept;
    }

    /** Combined severity {@code 1 − ∏(1 − sᵢ)} of several sanctions on one target, in the order given. */
    public static double combined(double... severities) {
        double kept = 1.0;
        for (double s : severities) {
            kept = kept(kept, s);
        }
        return severity(kept);
    }

    /**
     * What reaches a sanctioned recipient of a payment (aid, sponsor cash, deal cash, a transit margin):
     * {@code amount × (1 − severity)}; the rest is the recipient's sanction loss.
     */
    public static double passedThrough(double amount, double severity) {
        return amount * (1 - severity);
    }

    /**
     * Extra cost a sponsor pays for sponsoring under sanctions, as reputational and legal cost:
     * {@code max(severity on the sponsor, severity on the proxy) × cash paid} (brief: sanctions "raise the cost
     * of sponsoring a rebel group").
     */
    public static double sponsorPenalty(double sponsorSeverity, double proxySeverity, double cashPaid) {
        return Math.max(sponsorSeverity, proxySeverity) * cashPaid;
    }

    /**
     * The severity a seller (or a transit country) meets on output that crosses a border under an import ban of
     * severity {@code ban}: the sanctions on it and the ban combined, {@code 1 − (1 − severity)(1 − ban)};
     * without a ban, the sanctions' severity itself.
     */
    public static double withBan(double severity, double ban) {
        return ban == 0 ? severity : combined(severity, ban);
    }
}
