package org.conflictsim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.conflictsim.TestScenarios;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.check.Param;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.params.Scenario;
import org.junit.jupiter.api.Test;
import sim.util.Interval;

/**
 * The levers facade on a headless model: each setter reaches the model at the start of the next day, and
 * not before; the inspector shows the requested value until then; refusals carry a message.
 */
class LeverBoardTest {
    private final List<TickerEntry> notes = new ArrayList<>();

    private static ConflictModel started(Scenario sc) {
        ConflictModel m = new ConflictModel(sc, 11, sc.days());
        m.start();
        return m;
    }

    private static void days(ConflictModel m, int n) {
        for (int i = 0; i < n; i++) {
            m.schedule.step(m);
        }
    }

    private static double series(ConflictModel m, String metric, String entity, int day) {
        return m.series().get(m.series().id(metric, entity), day);
    }

    @Test
    void sanctionSeverityOnTheSponsorReachesTheModelTheNextDay() {
        Scenario sc = TestScenarios.kivu().scenario();
        ConflictModel m = started(sc);
        LeverBoard board = new LeverBoard(() -> m, sc, notes::add);
        assertEquals("USA", ((String[]) board.domSanctionsBy())[board.getSanctionsBy()]);
        assertEquals("RWA", ((String[]) board.domSanctionsOn())[board.getSanctionsOn()]);
        days(m, 10);
        assertEquals(0.0, board.getSanctionSeverity());
        board.setSanctionSeverity(0.6);
        assertEquals(0.6, board.getSanctionSeverity(), "the request shows until the model applies it");
        assertEquals(0.0, series(m, "sanction_severity", "RWA", 9));
        days(m, 1);
        assertEquals(0.6, series(m, "sanction_severity", "RWA", 10), 1e-12);
        assertEquals(0.6, board.getSanctionSeverity(), 1e-12);
        assertEquals("Lever", notes.get(0).tag());
        assertEquals("USA sanctions on RWA set to severity 0.60", notes.get(0).text());

        board.imposeSanctions();
        days(m, 1);
        assertEquals(1 - 0.4 * 0.8, series(m, "sanction_severity", "RWA", 11), 1e-12);
        board.setSanctionSeverity(0);
        days(m, 1);
        assertEquals(0.0, series(m, "sanction_severity", "RWA", 12), 1e-12);
    }

    @Test
    void supportLevelOfTheSponsorReachesTheModelTheNextDay() {
        Scenario sc = TestScenarios.kivu().scenario();
        ConflictModel m = started(sc);
        LeverBoard board = new LeverBoard(() -> m, sc, notes::add);
        assertArrayEquals(new String[] {"RWA", "SADC"}, (String[]) board.domSponsor());
        days(m, 3);
        board.setSupportLevel(2.5);
        assertEquals(1.0, m.supportLevel(sc.powerIndex("RWA")));
        days(m, 1);
        assertEquals(2.5, m.supportLevel(sc.powerIndex("RWA")));
        assertEquals(2.5, series(m, "support_level", "RWA", 3));
        assertEquals(2.5, board.getSupportLevel());
    }

    @Test
    void aidCanBeRaisedCutEndedAndFrozen() {
        Scenario sc = TestScenarios.kivu().scenario();
        ConflictModel m = started(sc);
        LeverBoard board = new LeverBoard(() -> m, sc, notes::add);
        days(m, 1);
        assertEquals("UK", ((String[]) board.domAidFrom())[board.getAidFrom()]);
        assertEquals(110_000.0, board.getAidLevel());
        board.setAidLevel(200_000);
        days(m, 1);
        assertEquals(200_000.0, board.getAidLevel());
        board.setAidLevel(50_000);
        days(m, 1);
        assertEquals(50_000.0, board.getAidLevel());
        board.setAidLevel(0);
        days(m, 1);
        assertEquals(0.0, board.getAidLevel());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> board.setAidLevel(-1));
        assertTrue(e.getMessage().startsWith("aid must be between 0 and"), e.getMessage());
        board.setAidLevel(110_000);
        assertFalse(board.isAidFrozen());
        board.freezeAid();
        assertTrue(board.isAidFrozen());
        days(m, 1);
        assertTrue(board.isAidFrozen());
        board.setAidFrozen(false);
        days(m, 1);
        assertFalse(board.isAidFrozen());
    }

    @Test
    void trainingStartsTheNextDayAndCanBeSlowedOrEnded() {
        Scenario sc = TestScenarios.kivu().scenario();
        ConflictModel m = started(sc);
        LeverBoard board = new LeverBoard(() -> m, sc, notes::add);
        assertEquals("FARDC", ((String[]) board.domTrainingOf())[board.getTrainingOf()]);
        int fardc = sc.factionIndex("FARDC");
        days(m, 2);
        double before = m.training(fardc);
        board.setTrainingRate(0.05);
        days(m, 3);
        assertEquals(0.05, board.getTrainingRate());
        assertTrue(m.training(fardc) > before, "training rises toward the cap");
        assertEquals(LeverBoard.DEFAULT_TRAINING_CAP, ((org.conflictsim.model.instruments.Instrument.TrainingDeal)
                m.instruments().get(m.instruments().size() - 1).instrument()).cap());
        assertThrows(IllegalArgumentException.class, () -> board.setTrainingCap(4));
        assertThrows(IllegalArgumentException.class, () -> board.setTrainingRate(0.5));
        board.setTrainingRate(0.01);
        days(m, 1);
        assertEquals(0.01, board.getTrainingRate());
        board.setTrainingRate(0);
        days(m, 1);
        assertEquals(0.0, board.getTrainingRate());
    }

    @Test
    void theDealOfTheUsScenarioCanBeSignedAndEnded() {
        Scenario sc = TestScenarios.load(TestScenarios.DIR.resolve("us-minerals-for-security.yaml")).scenario();
        ConflictModel m = started(sc);
        LeverBoard board = new LeverBoard(() -> m, sc, notes::add);
        assertArrayEquals(new String[] {"us-drc-deal"}, (String[]) board.domDeal());
        days(m, 2);
        assertFalse(board.isDealOn());
        board.signDeal();
        days(m, 1);
        assertTrue(board.isDealOn());
        assertEquals(1.0, series(m, "deal_active", "us-drc-deal", 2));
        board.setDealOn(false);
        days(m, 1);
        assertEquals(0.0, series(m, "deal_active", "us-drc-deal", 3));
    }

    @Test
    void aScenarioWithoutADealRefusesTheSwitch() {
        Scenario sc = TestScenarios.island().scenario();
        ConflictModel m = started(sc);
        LeverBoard board = new LeverBoard(() -> m, sc, notes::add);
        assertArrayEquals(new String[] {"(no deal in this scenario)"}, (String[]) board.domDeal());
        assertEquals("this scenario has no minerals-for-security deal to switch",
                assertThrows(IllegalArgumentException.class, board::signDeal).getMessage());
    }

    @Test
    void aCeasefireStopsTheFightingAndCanBeEnded() {
        Scenario sc = TestScenarios.island().scenario();
        ConflictModel m = started(sc);
        LeverBoard board = new LeverBoard(() -> m, sc, notes::add);
        days(m, 5);
        board.setCeasefireDays(60);
        board.declareCeasefire();
        days(m, 1);
        assertTrue(board.isCeasefireOn() || m.events().stream().anyMatch(e -> e.type().equals("ceasefire-breakdown")));
        board.setCeasefireOn(false);
        days(m, 1);
        assertFalse(board.isCeasefireOn());
        assertEquals(new Interval(1L, 365L).getMax(), ((Interval) board.domCeasefireDays()).getMax());
    }

    /**
     * The sliders of instrument values take the ranges the instruments declare (severity, training cap), or stay
     * inside them where the board offers less (aid, training rate), so a slider never offers a value the model
     * refuses.
     */
    @Test
    void theSlidersStayWithinTheInstrumentsDeclaredRanges() {
        Scenario sc = TestScenarios.island().scenario();
        ConflictModel m = started(sc);
        LeverBoard board = new LeverBoard(() -> m, sc, notes::add);
        assertRange(Instrument.Sanction.SEVERITY, (Interval) board.domSanctionSeverity(), true);
        assertRange(Instrument.TrainingDeal.CAP, (Interval) board.domTrainingCap(), true);
        assertRange(Instrument.Aid.USD_PER_DAY, (Interval) board.domAidLevel(), false);
        assertRange(Instrument.TrainingDeal.RATE, (Interval) board.domTrainingRate(), false);
        assertEquals("training cap must be between 0.1 and 3, got 3.5",
                assertThrows(IllegalArgumentException.class, () -> board.setTrainingCap(3.5)).getMessage());
        assertEquals("sanction severity must be between 0 and 1, got -0.1",
                assertThrows(IllegalArgumentException.class, () -> board.setSanctionSeverity(-0.1)).getMessage());
    }

    private static void assertRange(Param declared, Interval slider, boolean same) {
        double lo = slider.getMin().doubleValue();
        double hi = slider.getMax().doubleValue();
        if (same) {
            assertEquals(declared.min(), lo, declared.key());
            assertEquals(declared.max(), hi, declared.key());
        } else {
            assertTrue(lo >= declared.min() && hi <= declared.max() && lo < hi, declared.key() + ": " + lo + "-" + hi);
        }
    }

    @Test
    void theDateReadsLikeTheDashboard() {
        Scenario sc = TestScenarios.island().scenario();
        ConflictModel m = started(sc);
        LeverBoard board = new LeverBoard(() -> m, sc, notes::add);
        assertEquals("1 Jan 2025 (not started)", board.getDate());
        days(m, 40);
        assertEquals("9 Feb 2025 (day 40 of 365)", board.getDate());
    }

    @Test
    void inspectorPropertiesAreInReadingOrderWithRangesAndRefusalsGoToTheTicker() {
        Scenario sc = TestScenarios.kivu().scenario();
        ConflictModel m = started(sc);
        LeverBoard board = new LeverBoard(() -> m, sc, notes::add);
        List<String> refused = new ArrayList<>();
        BeanProperties p = new BeanProperties(board, refused::add, LeverBoard.order());
        assertEquals(LeverBoard.order().length, p.numProperties());
        assertEquals("Date", p.getName(0));
        assertEquals("Support level", p.getName(2));
        assertEquals("Sanction severity", p.getName(5));
        assertFalse(p.isReadWrite(0));
        assertTrue(p.isReadWrite(5));
        assertEquals(new Interval(0.0, 1.0).getMax(), ((Interval) p.getDomain(5)).getMax());
        days(m, 1);
        p.setValue(8, "-1000");
        assertEquals(1, refused.size());
        assertTrue(refused.get(0).startsWith("aid must be between 0 and"), refused.get(0));
        p.setValue(5, "0.3");
        days(m, 1);
        assertEquals(0.3, series(m, "sanction_severity", "RWA", 1), 1e-12);
    }

    @Test
    void aRefreshOfTheInspectorDoesNotPullALever() {
        Scenario sc = TestScenarios.kivu().scenario();
        ConflictModel m = started(sc);
        LeverBoard board = new LeverBoard(() -> m, sc, notes::add);
        BeanProperties p = new BeanProperties(board, message -> { }, LeverBoard.order());
        p.refreshing(() -> p.setValue(2, "1.135"));
        days(m, 1);
        assertEquals(1.0, m.supportLevel(sc.powerIndex("RWA")));
        assertTrue(notes.isEmpty());
    }

    @Test
    void labelsSplitWords() {
        assertEquals("Support level", BeanProperties.label("SupportLevel"));
        assertEquals("Date", BeanProperties.label("Date"));
        assertEquals("Aid from", BeanProperties.label("AidFrom"));
    }
}
