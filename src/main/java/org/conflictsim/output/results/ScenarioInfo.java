package org.conflictsim.output.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictsim.model.params.FactionKind;

/**
 * What charts and the report need from the scenario file of a results folder ({@code scenario.yaml}): texts,
 * factions with their colours, powers, minerals, place names and event labels. It reads the YAML as data
 * and does not validate the scenario (the run did that); missing optional keys get the loader's defaults
 * (name = id, colour {@code #888888}, title = id).
 *
 * @param id          scenario id
 * @param title       one-line title
 * @param question    the what-if question (may be empty)
 * @param description longer text (may be empty)
 * @param factions    factions in scenario order
 * @param powers      foreign powers in scenario order
 * @param minerals    mineral ids in scenario order
 * @param placeNames  display name per place id, in scenario order
 * @param mineNames   display name per mine id the scenario names (named mines and listed sites)
 * @param mapCredits  credits owed for the map data, one sentence each (may be empty; see {@link #read})
 */
public record ScenarioInfo(String id, String title, String question, String description,
                           List<Faction> factions, List<Power> powers, List<String> minerals,
                           Map<String, String> placeNames, Map<String, String> mineNames,
                           List<String> mapCredits) {
    /** Credit for the shipped Natural Earth borders ({@code scenarios/data/SOURCES.md}). */
    public static final String CREDIT_NATURAL_EARTH = "Borders: Natural Earth (public domain).";
    /** Credit for the shipped OpenStreetMap lakes, required by the ODbL. */
    public static final String CREDIT_OSM = "Lakes © OpenStreetMap contributors (ODbL 1.0).";
    /** Credit for the IPIS mine census, required by the ODC-BY licence. */
    public static final String CREDIT_IPIS = "Mine sites: IPIS open data (ODC-BY 1.0).";
    /** Said when the map comes from data files this class does not know. */
    public static final String CREDIT_UNKNOWN = "Map data: see the scenario's data sources.";

    public ScenarioInfo {
        factions = List.copyOf(factions);
        powers = List.copyOf(powers);
        minerals = List.copyOf(minerals);
        placeNames = Collections.unmodifiableMap(new LinkedHashMap<>(placeNames));
        mineNames = Collections.unmodifiableMap(new LinkedHashMap<>(mineNames));
        mapCredits = List.copyOf(mapCredits);
    }

    /**
     * A faction as the scenario names it.
     *
     * @param id     identifier
     * @param name   display name
     * @param kind   government, rebel, militia or foreign force
     * @param colour {@code #rrggbb}
     */
    public record Faction(String id, String name, FactionKind kind, String colour) {
    }

    /**
     * A foreign power.
     *
     * @param id      identifier
     * @param name    display name
     * @param country map country code whose border its smuggled minerals cross, or empty
     */
    public record Power(String id, String name, String country) {
    }

    /** Display name of a place, or its id when the scenario gives none. */
    public String placeName(String placeId) {
        return placeNames.getOrDefault(placeId, placeId);
    }

    /** Display name of a mine the scenario names, or its id. */
    public String mineName(String mineId) {
        return mineNames.getOrDefault(mineId, mineId);
    }

    /** Display name of a power, or its id. */
    public String powerName(String powerId) {
        for (Power p : powers) {
            if (p.id().equals(powerId)) {
                return p.name();
            }
        }
        return powerId;
    }

    /**
     * Readable destination of a mineral flow: {@code official} gives "official exports",
     * {@code smuggled:RWA} "smuggled via Rwanda" (the name of the power of that country, else the country's
     * English name, else its code), {@code offtake:USA} "offtake by United States".
     */
    public String destinationName(String destination) {
        if (destination.equals("official")) {
            return "official exports";
        }
        if (destination.equals("smuggled:elsewhere")) {
            return "smuggled elsewhere";
        }
        if (destination.startsWith("smuggled:")) {
            String country = destination.substring("smuggled:".length());
            for (Power p : powers) {
                if (p.country().equals(country)) {
                    return "smuggled via " + p.name();
                }
            }
            return "smuggled via " + org.conflictsim.model.world.CountryNames.of(country);
        }
        if (destination.startsWith("offtake:")) {
            return "offtake by " + powerName(destination.substring("offtake:".length()));
        }
        return destination;
    }

    /**
     * Reads a scenario file as data. Map credits follow the data files the scenario names: the shipped
     * {@code *-east-drc.geojson} borders (Natural Earth) and lakes (OpenStreetMap), an {@code mines.ipis}
     * census (IPIS); other geographic files get {@link #CREDIT_UNKNOWN}; a map drawn as rows of characters
     * needs no credit.
     *
     * @throws MalformedResultsException if it is not YAML or lacks an {@code id}
     * @throws IOException               if it cannot be read
     */
    public static ScenarioInfo read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file);
    }

    /**
     * Reads a scenario's text as data, as {@link #read} does; {@code file} names it in messages and resolves
     * its data paths.
     *
     * @throws MalformedResultsException if it is not YAML or lacks an {@code id}
     */
    public static ScenarioInfo parse(String text, Path file) throws MalformedResultsException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedResultsException(file + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.hasNonNull("id")) {
            throw new MalformedResultsException(file + ": not a scenario (no \"id\" at the top level)");
        }
        String id = root.get("id").asText();
        List<Faction> factions = new ArrayList<>();
        for (JsonNode f : root.path("factions")) {
            String fid = f.path("id").asText("");
            String kind = f.path("kind").asText("rebel").trim().toUpperCase(Locale.ROOT).replace('-', '_');
            FactionKind k;
            try {
                k = FactionKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new MalformedResultsException(file + ": factions[" + fid + "].kind: unknown kind \""
                        + f.path("kind").asText() + "\"", e);
            }
            factions.add(new Faction(fid, f.path("name").asText(fid), k, f.path("colour").asText("#888888")));
        }
        List<Power> powers = new ArrayList<>();
        for (JsonNode p : root.path("powers")) {
            String pid = p.path("id").asText("");
            powers.add(new Power(pid, p.path("name").asText(pid), p.path("country").asText("")));
        }
        List<String> minerals = new ArrayList<>();
        for (Iterator<String> it = root.path("minerals").fieldNames(); it.hasNext(); ) {
            minerals.add(it.next());
        }
        Map<String, String> places = new LinkedHashMap<>();
        for (JsonNode p : root.path("map").path("places")) {
            String pid = p.path("id").asText("");
            places.put(pid, p.path("name").asText(pid));
        }
        Map<String, String> mines = new LinkedHashMap<>();
        for (String list : new String[] {"named", "sites"}) {
            for (JsonNode m : root.path("mines").path(list)) {
                String mid = m.path("id").asText("");
                mines.put(mid, m.path("name").asText(mid));
            }
        }
        return new ScenarioInfo(id, root.path("title").asText(id), root.path("question").asText(""),
                root.path("description").asText(""), factions, powers, minerals, places, mines, credits(root));
    }

    private static List<String> credits(JsonNode root) {
        List<String> out = new ArrayList<>();
        JsonNode geo = root.path("map").path("geo");
        boolean unknown = false;
        for (String key : new String[] {"countries", "provinces"}) {
            String f = geo.path(key).asText("");
            if (f.endsWith("-east-drc.geojson")) {
                if (!out.contains(CREDIT_NATURAL_EARTH)) {
                    out.add(CREDIT_NATURAL_EARTH);
                }
            } else if (!f.isEmpty()) {
                unknown = true;
            }
        }
        String lakes = geo.path("lakes").asText("");
        if (lakes.endsWith("lakes-east-drc.geojson")) {
            out.add(CREDIT_OSM);
        } else if (!lakes.isEmpty()) {
            unknown = true;
        }
        if (root.path("mines").hasNonNull("ipis")) {
            out.add(CREDIT_IPIS);
        }
        if (unknown) {
            out.add(CREDIT_UNKNOWN);
        }
        return out;
    }
}
