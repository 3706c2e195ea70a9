package org.conflictsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflictsim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A what-if in a folder of one's own extends a shipped scenario by a relative or absolute path; the base's
 * data files are found beside the base; a base that is not there is reported with the folder searched.
 */
class ExtendsAnywhereTest {
    @TempDir
    Path home;

    private Path whatIf(String extendsValue) throws Exception {
        Path f = home.resolve("my-scenarios").resolve("eu-rdf.yaml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "extends: " + extendsValue + "\n"
                + "id: eu-rdf\n"
                + "events:\n"
                + "  - id: eu-rwa-2025-03\n"
                + "    on: 2025-03-01\n"
                + "    sanction: {by: EU, target: RWA, severity: 0.3}\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aRelativePathFromAnotherFolderLoadsTheBaseWithItsDataFiles() throws Exception {
        Path f = whatIf("");
        String rel = f.getParent().relativize(TestScenarios.KIVU.toAbsolutePath()).toString();
        Files.writeString(f, Files.readString(f).replace("extends: \n", "extends: " + rel + "\n"));
        ScenarioLoader.Loaded l = ScenarioLoader.load(f);
        assertEquals("eu-rdf", l.scenario().id());
        assertEquals(TestScenarios.kivu().scenario().world().mines().size(), l.scenario().world().mines().size(),
                "the IPIS mines of the base's data folder");
        assertTrue(l.scenario().events().stream().anyMatch(e -> e.id().equals("eu-rwa-2025-03")));
        assertTrue(l.scenario().events().stream().anyMatch(e -> e.id().equals("rdf-support")), "the base's events");
    }

    @Test
    void anAbsolutePathWorksToo() throws Exception {
        Path f = whatIf(TestScenarios.ISLAND.toAbsolutePath().toString());
        Files.writeString(f, Files.readString(f).replace("target: RWA", "target: REB").replace("by: EU", "by: MAIN")
                .replace("2025-03-01", "2030-02-01"));
        assertEquals("eu-rdf", ScenarioLoader.load(f).scenario().id());
    }

    @Test
    void aBaseThatIsNotThereNamesTheFolderSearchedAndTheShippedFile() throws Exception {
        Path f = whatIf("kivu-2025.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        String rel = f.getParent().toAbsolutePath().relativize(TestScenarios.KIVU.toAbsolutePath().normalize())
                .toString();
        assertEquals(f + ":1:10: extends: base scenario not found: kivu-2025.yaml (looked in " + f.getParent()
                + "); ConflictSim ships " + TestScenarios.KIVU.toAbsolutePath().normalize() + ": write extends: " + rel,
                e.getMessage());
    }
}
