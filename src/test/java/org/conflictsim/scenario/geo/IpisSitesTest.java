package org.conflictsim.scenario.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IpisSitesTest {

    private static final String HEADER = "pcode,name,visit_date,province,territoire,collectivite,groupement,village,"
            + "latitude,longitude,workers_numb,mineral1,mineral2,mineral3,presence,interference,armed_group1,"
            + "type_armed_group1,taxation_armed_group1,armed_group2,state_service1,traceability,qualification,project\n";

    @Test
    void readsTheShippedFile() throws Exception {
        IpisSites.Result r = IpisSites.read(TestData.IPIS);
        assertEquals(2668, r.sites().size());
        assertEquals(0, r.skipped());
        IpisSite first = r.sites().get(0);
        assertEquals(new IpisSite("codmine00001", "Mayi-Tatu", "Ituri", "Irumu", 1.01089, 29.66033, 150, "Or",
                true, true, "FARDC"), first);
        Map<String, Integer> byMineral = new TreeMap<>();
        Map<String, Integer> byProvince = new TreeMap<>();
        int interfered = 0;
        int present = 0;
        long workers = 0;
        for (IpisSite s : r.sites()) {
            byMineral.merge(s.mineral1(), 1, Integer::sum);
            byProvince.merge(s.province(), 1, Integer::sum);
            interfered += s.armedInterference() ? 1 : 0;
            present += s.armedPresence() ? 1 : 0;
            workers += s.workers();
            assertTrue(s.lat() > -5.1 && s.lat() < 2.8 && s.lon() > 26 && s.lon() < 30.7, s.pcode());
        }
        assertEquals(1847, byMineral.get("Or"));
        assertEquals(604, byMineral.get("Cassitérite"));
        assertEquals(127, byMineral.get("Coltan"));
        assertEquals(36, byMineral.get("Wolframite"));
        assertEquals(Map.of("Ituri", 473, "Maniema", 488, "Nord-Kivu", 787, "Sud-Kivu", 920), byProvince);
        assertEquals(1155, present);
        assertEquals(970, interfered);
        assertTrue(workers > 100_000, "total reported workers " + workers);
    }

    @Test
    void skipsRowsWithoutUsableCoordinates(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sites.csv");
        Files.writeString(f, HEADER
                + "a1,Good,2020-01-01,Sud-Kivu,Mwenga,,,,-3.06,28.18,,Or,,,0,,,,,,,,,\n"
                + "a2,NoLat,2020-01-01,Sud-Kivu,Mwenga,,,,,28.18,10,Or,,,0,0,,,,,,,,\n"
                + "a3,Text,2020-01-01,Sud-Kivu,Mwenga,,,,abc,28.18,10,Or,,,0,0,,,,,,,,\n"
                + "a4,Null island,2020-01-01,Sud-Kivu,Mwenga,,,,0,0,10,Or,,,0,0,,,,,,,,\n"
                + "a5,Range,2020-01-01,Sud-Kivu,Mwenga,,,,-95,28.18,10,Or,,,0,0,,,,,,,,\n"
                + "a6,\"Quoted, name\",2020-01-01,Sud-Kivu,Mwenga,,,,-3.0, 28.2 ,25,Coltan,,,1,1,Raïa Mutomboki,,,,,,,\n");
        IpisSites.Result r = IpisSites.read(f);
        assertEquals(2, r.sites().size());
        assertEquals(4, r.skipped());
        assertEquals(List.of(3, 4, 5, 6), r.skippedLines());
        IpisSite good = r.sites().get(0);
        assertEquals(0, good.workers(), "blank workers read as 0");
        assertFalse(good.armedPresence());
        assertFalse(good.armedInterference(), "blank interference reads as false");
        IpisSite quoted = r.sites().get(1);
        assertEquals("Quoted, name", quoted.name());
        assertEquals(28.2, quoted.lon());
        assertEquals(25, quoted.workers());
        assertTrue(quoted.armedInterference());
        assertEquals("Raïa Mutomboki", quoted.armedGroup1());
    }

    @Test
    void invalidValuesAreErrorsWithLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sites.csv");
        Files.writeString(f, HEADER + "a1,X,,P,T,,,,-3,28,many,Or,,,0,0,,,,,,,,\n");
        assertEquals("sites.csv:2: workers_numb \"many\" is not a non-negative whole number",
                assertThrows(GeoDataException.class, () -> IpisSites.read(f)).getMessage());
        Files.writeString(f, HEADER + "a1,X,,P,T,,,,-3,28,5,Or,,,0,yes,,,,,,,,\n");
        assertEquals("sites.csv:2: interference \"yes\" is not 0, 1 or blank",
                assertThrows(GeoDataException.class, () -> IpisSites.read(f)).getMessage());
        Files.writeString(f, "pcode,name,latitude,longitude\na,b,1,2\n");
        assertEquals("sites.csv: missing columns province, territoire, workers_numb, mineral1, presence, interference, armed_group1",
                assertThrows(GeoDataException.class, () -> IpisSites.read(f)).getMessage());
    }
}
