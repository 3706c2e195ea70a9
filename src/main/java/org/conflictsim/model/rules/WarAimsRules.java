package org.conflictsim.model.rules;

/**
 * War aims: gains beyond a side's aims are worth less and cost more. Bargaining theory (Fearon 1995) reads an
 * offensive's limits from what the parties want; M23/AFC's stated aims (the Kivus' border belt, Goma and
 * Bukavu) and Rwanda's security rationale are the case in point (UN Group of Experts 2024).
 */
public final class WarAimsRules {
    private WarAimsRules() {
    }

    /**
     * Value of an objective to a side: its full value within the side's aims, {@code beyondValue} of it beyond.
     *
     * @param value       the objective's strategic value
     * @param withinAims  whether it lies within the side's aims
     * @param beyondValue relative value beyond the aims, 0–1
     */
    public static double objectiveValue(double value, boolean withinAims, double beyondValue) {
        return withinAims ? value : value * beyondValue;
    }

    /**
     * The risk threshold of an attack: the faction's threshold within its side's aims, {@code beyondRisk} times
     * it beyond (attacks there cost more: they need better odds).
     */
    public static double threshold(double threshold, boolean withinAims, double beyondRisk) {
        return withinAims ? threshold : threshold * beyondRisk;
    }

    /**
     * Whether a cell lies within aims given by a depth from some borders and by places: within {@code depthKm}
     * of the nearest of those borders, or within {@code placeKm} of an aimed place.
     */
    public static boolean within(double kmToBorder, double depthKm, double kmToAimedPlace, double placeKm) {
        return kmToBorder <= depthKm || kmToAimedPlace <= placeKm;
    }
}
