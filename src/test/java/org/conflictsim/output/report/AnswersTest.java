package org.conflictsim.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.conflictsim.output.results.RunsTable;
import org.conflictsim.output.results.ScenarioInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a question names, and the sentence that answers a run's question from its runs.csv. */
class AnswersTest {
    @TempDir
    Path tmp;

    private static ScenarioInfo scenario(String question) throws IOException {
        return ScenarioInfo.parse("""
                id: test
                question: QUESTION
                map:
                  places:
                    - {id: goma, name: Goma}
                    - {id: bukavu, name: Bukavu}
                    - {id: rubaya, name: Rubaya}
                factions:
                  - {id: FARDC, name: Armed Forces of the DRC, kind: government}
                  - {id: M23, name: M23/AFC, kind: rebel}
                powers:
                  - {id: RWA, name: Rwanda, country: RWA}
                  - {id: USA, name: United States}
                """.replace("QUESTION", "\"" + question + "\""), Path.of("test.yaml"));
    }

    @Test
    void aQuestionNamesPlacesFactionsAndPowersInItsOrderAndPointsAtTopics() throws IOException {
        String q = "Without Rwandan troops and cash, does M23 still take Bukavu and Goma, and who holds Rubaya and "
                + "the coltan revenue?";
        Mentions m = Mentions.of(q, scenario(q));
        assertEquals(List.of("bukavu", "goma", "rubaya"), m.places(), "in the order the question names them");
        assertEquals(List.of("M23"), m.factions());
        assertEquals(List.of("RWA"), m.powers(), "Rwandan names Rwanda");
        assertEquals(EnumSet.of(Mentions.Topic.TERRITORY, Mentions.Topic.MONEY, Mentions.Topic.MINERALS), m.topics());

        String us = "What if the US trains the army: do civilians flee less, and does it help us?";
        Mentions n = Mentions.of(us, scenario(us));
        assertEquals(List.of(), n.powers(), "neither 'US' nor 'us' is the id USA; ids match whole words as written");
        assertEquals(EnumSet.of(Mentions.Topic.HUMANITARIAN), n.topics());
        assertTrue(Mentions.of("", scenario("")).none());
    }

    @Test
    void aRunsAnswerSpeaksToWhatItsQuestionNamesWithTheSpreadAcrossRuns() throws IOException {
        String q = "Does M23 take Goma, what does it earn from the mines, and what does it cost civilians?";
        Path runs = tmp.resolve("runs.csv");
        Files.writeString(runs, """
                run,seed,capture_day.goma,captured_by.goma,capture_day.bukavu,captured_by.bukavu,final_share.FARDC,\
                final_share.M23,mine_tax_usd.M23,mine_tax_usd.FARDC,civilian_deaths
                0,1,10,M23,,,0.6,0.4,1000000,500000,100
                1,2,20,M23,,,0.5,0.5,2000000,500000,200
                2,3,,,,,0.7,0.3,3000000,500000,300
                """);
        String a = RunAnswer.of(scenario(q), RunsTable.read(runs), LocalDate.of(2025, 1, 1));
        assertEquals("In 3 runs: Goma is taken in 2 of 3 runs (by M23), median 16 Jan 2025 (90% of those between "
                + "12 Jan 2025 and 21 Jan 2025); at the end M23 holds 40.0 % of the theatre (90% of runs: 31.0 % to "
                + "49.0 %), FARDC holds 60.0 % of the theatre (90% of runs: 51.0 % to 69.0 %); M23 collects US$2 M "
                + "in mine tax (90% of runs: US$1.1 M to US$2.9 M); civilian deaths (indicative): 200 (90% of "
                + "runs: 110 to 290).", a);
        String none = RunAnswer.of(scenario("Who wins?"), RunsTable.read(runs), LocalDate.of(2025, 1, 1));
        assertTrue(none.startsWith("In 3 runs: M23 takes 1 of the 2 named places in most runs, first Goma (median "
                + "16 Jan 2025); at the end FARDC holds 60.0 %"), none);
    }
}
