package org.emplaw.examples.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emplaw.core.facts.Check;
import org.emplaw.core.facts.WorkLocation;
import org.emplaw.core.io.InputException;

/**
 * The places the audit knows: California incorporated cities and their counties (bundled
 * {@code places/ca-cities.csv}, extended with {@code --places FILE}). A California work location whose
 * city is not known, or whose county does not match the city's, is an input error for that record:
 * local ordinances turn on the city, so a misspelt city must never silently fall back to state law.
 */
public final class Places {
    /** USPS codes of the states, the District of Columbia and the territories: any other state is a typo, not a place. */
    static final java.util.Set<String> STATES = java.util.Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
            "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "DC", "PR", "GU", "VI", "AS", "MP");

    private final Map<String, String> countyByCity = new HashMap<>();

    private Places() {
    }

    public static Places bundled() {
        Places p = new Places();
        try (InputStream in = Places.class.getResourceAsStream("/org/emplaw/examples/places/ca-cities.csv")) {
            if (in == null) {
                throw new IllegalStateException("bundled places/ca-cities.csv is missing from the jar");
            }
            p.read(new InputStreamReader(in, StandardCharsets.UTF_8), "places/ca-cities.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Adds the cities of a CSV file with columns {@code city,county}. */
    public Places with(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(r, file.toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(file.toString(), null, "is not UTF-8 text (save the places file as UTF-8)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void read(Reader r, String name) throws IOException {
        CsvParser p = new CsvParser(new BufferedReader(r), name);
        List<String> header = p.next();
        if (header == null || header.size() < 2 || !header.get(0).strip().equals("city") || !header.get(1).strip().equals("county")) {
            throw new InputException(name + ":1", null, "a places file starts with the header city,county");
        }
        List<String> row;
        while ((row = p.next()) != null) {
            if (row.size() < 2) {
                throw new InputException(name + ":" + p.recordLine(), null, "expected city,county");
            }
            countyByCity.put(Check.code(row.get(0)), Check.code(row.get(1)));
        }
    }

    public int size() {
        return countyByCity.size();
    }

    /** Checks a work location; {@code record} and {@code field} name it in the error. */
    public void check(WorkLocation w, String record, String field) {
        if (w != null && w.state() != null && !STATES.contains(w.state())) {
            throw new InputException(record, "state", "unknown state '" + org.emplaw.core.io.Values.abbreviate(w.state())
                    + "' (a two-letter US state, district or territory code, such as CA)");
        }
        if (w == null || !"CA".equals(w.state()) || w.city() == null) {
            return;
        }
        String county = countyByCity.get(w.city());
        if (county == null) {
            throw new InputException(record, field, "unknown California city '" + org.emplaw.core.io.Values.abbreviate(w.city())
                    + "' (not an incorporated city in places/ca-cities.csv; check the spelling, or add it with --places)");
        }
        if (w.county() != null && !w.county().equals(county)) {
            throw new InputException(record, "county", "city '" + w.city() + "' is in " + county + " county, not " + w.county());
        }
    }

    /** Whether {@code city} (a code) is known. */
    public boolean knows(String city) {
        return countyByCity.containsKey(Check.code(city));
    }
}
