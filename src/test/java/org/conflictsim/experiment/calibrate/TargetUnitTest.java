package org.conflictsim.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The unit a target's score is reported in comes from the outcome's declared unit, not from its name. */
class TargetUnitTest {

    @ParameterizedTest(name = "{0} ({1}): {2}")
    @CsvSource({
        "capture_day.goma,             DATE,  days",
        "capture_day.goma,             VALUE, days",
        "final_share.M23,              VALUE, share",
        "mine_tax_usd_per_month.rubaya, VALUE, US$/month",
        "revenue_usd.M23,              VALUE, US$",
        "flow_kg.smuggled:RWA,         VALUE, kg",
        "civilian_deaths,              VALUE, persons",
        "recaptures.WAZ,               VALUE, the outcome's unit",   // a count without a unit
        "no_such_outcome,              VALUE, the outcome's unit",
    })
    void unitIsTheOutcomesDeclaredUnit(String outcome, Target.Kind kind, String unit) {
        Target t = new Target("t", outcome, kind, 1, 1, null, Target.Use.CALIBRATION, "test",
                Target.Reference.DEFAULT);
        assertEquals(unit, t.unit());
    }
}
