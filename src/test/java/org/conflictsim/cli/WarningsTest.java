package org.conflictsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conflictsim.TestScenarios;
import org.conflictsim.experiment.Cli;
import org.conflictsim.scenario.Problem;
import org.conflictsim.scenario.ScenarioLoader;
import org.conflictsim.scenario.Warnings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings that validate but cannot act are warnings on stderr with file:line (exit code unchanged), and
 * errors (exit 4) with --strict.
 */
class WarningsTest {
    @TempDir
    Path dir;

    /** A what-if in a folder of its own that extends kivu-2025 with these events. */
    private Path whatIf(String events) throws Exception {
        Path f = dir.resolve("what-if.yaml");
        String rel = dir.relativize(TestScenarios.KIVU.toAbsolutePath()).toString();
        Files.writeString(f, "extends: " + rel + "\nid: what-if\nevents:\n" + events, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aSanctionOnTheRdfSaysItCannotActAndNamesItsSponsor() throws Exception {
        Path f = whatIf("""
                  - id: eu-rdf
                    on: 2025-03-01
                    sanction: {by: EU, target: RDF, severity: 0.3}
                """);
        Cli.Result r = Cli.run("validate", f.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(f + ":6:32: warning: events[0].sanction.target: RDF is a foreign force without revenue (it"
                + " holds no mines, and no aid or cash goes to it in this scenario), so this sanction changes nothing;"
                + " sanction its sponsor RWA (target: RWA), or the faction it fights for, M23\n", r.err());
        assertTrue(r.out().startsWith("ok: " + f), r.out());
        assertTrue(r.out().contains("1 warning on stderr"), r.out());

        Cli.Result strict = Cli.run("validate", "--strict", f.toString());
        assertEquals(ExitCodes.INVALID, strict.code());
        assertTrue(strict.err().endsWith("error: 1 warning, which --strict treats as errors\n"), strict.err());

        Cli.Result run = Cli.run("run", f.toString(), "--strict", "--reps", "1", "--days", "5", "--out",
                dir.toString());
        assertEquals(ExitCodes.INVALID, run.code(), run.err());
        assertTrue(run.err().contains("warning: events[0].sanction.target: RDF is a foreign force"), run.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(f), s.toList(), "--strict stops before anything is written");
        }
    }

    @Test
    void aMediationsTableIsCheckedAndWarnedAboutWhereItCannotMatter() throws Exception {
        Path ok = whatIf("""
                  - id: talks
                    on: 2025-03-01
                    mediation: {by: QAT, intensity: 0.5, between: [FARDC, M23]}
                """);
        Cli.Result r = Cli.run("validate", "--strict", ok.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("", r.err(), "kivu-2025 needs direct talks, so the table matters");

        Path open = whatIf("""
                  - id: talks
                    on: 2025-03-01
                    mediation: {by: QAT, intensity: 0.5, between: [FARDC, M23]}
                rules:
                  negotiation: {directTalks: 0}
                """);
        Cli.Result w = Cli.run("validate", open.toString());
        assertEquals(ExitCodes.OK, w.code(), w.err());
        assertTrue(w.err().contains(": warning: events[0].mediation.between: rules.negotiation.directTalks is 0, so"
                + " who sits at the table does not matter"), w.err());

        Path bad = whatIf("""
                  - id: talks
                    on: 2025-03-01
                    mediation: {by: QAT, intensity: 0.5, between: [FARDC, M32]}
                  - id: alone
                    on: 2025-03-01
                    mediation: {by: QAT, intensity: 0.5, between: [M23]}
                """);
        Cli.Result b = Cli.run("validate", bad.toString());
        assertEquals(ExitCodes.INVALID, b.code(), b.err());
        assertTrue(b.err().contains("events[0].mediation.between: unknown faction or power 'M32' (did you mean"
                + " 'M23'?)"), b.err());
        assertTrue(b.err().contains("events[1].mediation.between: a table needs at least two parties, got only"
                + " 'M23'"), b.err());
        assertTrue(!b.err().contains("Exception"), b.err());
    }

    @Test
    void aSanctionOnTheSponsorGivesNoWarning() throws Exception {
        Path f = whatIf("""
                  - id: eu-rwa
                    on: 2025-03-01
                    sanction: {by: EU, target: RWA, severity: 0.3}
                """);
        Cli.Result r = Cli.run("validate", "--strict", f.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("", r.err());
    }

    @Test
    void anEventAfterTheHorizonOrCutOffByDaysIsReported() throws Exception {
        Path f = whatIf("""
                  - id: late
                    on: 2026-03-01
                    sanction: {by: EU, target: RWA, severity: 0.3}
                  - id: spring
                    on: 2025-03-01
                    sanction: {by: USA, target: RWA, severity: 0.2}
                """);
        Cli.Result r = Cli.run("validate", f.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(f + ":5:9: warning: events[0].on: starts on 2026-03-01, after the last day simulated (2025-11-30,"
                + " day 364 of days: 365); it never acts\n", r.err());

        Cli.Result cut = Cli.run("validate", "--days", "60", f.toString());
        assertEquals(ExitCodes.OK, cut.code(), cut.err());
        assertTrue(cut.err().contains(f + ":8:9: warning: events[1].on: starts on 2025-03-01, after the last day"
                + " simulated (2025-01-29: --days 60 cuts the run short; the scenario's days: 365 would reach it);"
                + " it never acts\n"), cut.err());
        assertTrue(cut.err().lines().anyMatch(l -> l.contains("kivu-2025.yaml:") && l.contains(".on: starts on 2025-02-20")), "the base's"
                + " events cut off too, where the base has them: " + cut.err());
    }

    @Test
    void noEffectValuesAndConditionsThatNeverHoldAreReported() throws Exception {
        Path f = whatIf("""
                  - id: zero
                    on: 2025-03-01
                    sanction: {by: EU, target: RWA, severity: 0}
                  - id: freeze-nothing
                    on: 2025-03-01
                    aidFreeze: {from: USA, to: RWA}
                  - id: low-cap
                    on: 2025-03-01
                    trainingDeal: {from: USA, to: FARDC, cap: 0.5, rate: 0.01}
                  - id: rdf-wins
                    when: {territoryShare: {faction: RDF, atLeast: 0.2}}
                    aid: {from: USA, to: FARDC, usdPerDay: 1000}
                  - id: short-truce
                    on: 2025-03-01
                    ceasefire: {breakdown: 1}
                  - id: empty-ban
                    on: 2025-03-01
                    importBan: {by: EU, from: RWA, minerals: [coltan], severity: 0}
                  - id: ban-at-home
                    on: 2025-03-01
                    importBan: {by: EU, from: COD, severity: 0.5}
                """);
        Cli.Result r = Cli.run("validate", f.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(7, lines.size(), r.err());
        assertEquals(f + ":6:47: warning: events[0].sanction.severity: severity: 0 cuts nothing; this sanction has no"
                + " effect (severity 0.1 cuts the target's smuggling revenue and the cash it receives by 10%)", lines.get(0));
        assertEquals(f + ":9:16: warning: events[1].aidFreeze: USA gives no aid to RWA in this scenario, so the freeze"
                + " has nothing to stop; aid is an event like {id: ..., on: ..., aid: {from: USA, to: RWA, usdPerDay: ...}}",
                lines.get(1));
        assertEquals(f + ":12:47: warning: events[2].trainingDeal.cap: cap 0.5 is not above FARDC's training 0.6, so"
                + " it never raises it; a cap above 0.6 would; the deal only costs USA", lines.get(2));
        assertEquals(f + ":14:28: warning: events[3].when.territoryShare: RDF is a foreign force: the cells it takes"
                + " are held by M23, so its own share stays 0 and this condition never becomes true; use faction: M23",
                lines.get(3));
        assertEquals(f + ":18:28: warning: events[4].ceasefire.breakdown: breakdown: 1 ends the ceasefire on the day it"
                + " starts, before any fighting; it has no effect (0.005 a day lasts about 200 days)", lines.get(4));
        assertTrue(lines.get(5).startsWith(f + ":21:") && lines.get(5).endsWith("warning: events[5].importBan.severity:"
                + " severity: 0 refuses nothing; this import ban has no effect"), lines.get(5));
        assertTrue(lines.get(6).contains("warning: events[6].importBan.from: no smuggling route can leave the theatre"
                + " through COD"), lines.get(6));
    }

    @Test
    void theShippedScenariosHaveNoWarnings() throws Exception {
        try (Stream<Path> s = Files.list(TestScenarios.DIR)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                ScenarioLoader.Loaded l = TestScenarios.load(f);
                List<Problem> w = Warnings.of(l, l.scenario().days(), false);
                assertEquals(List.of(), w.stream().map(Warnings::format).toList(), f.toString());
            }
        }
    }
}
