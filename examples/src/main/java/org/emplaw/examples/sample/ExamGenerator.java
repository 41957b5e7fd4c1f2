package org.emplaw.examples.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * A seeded Los Angeles civil-service exam sample: an open competitive exam (written test 60%, interview
 * 40%) with veterans among the candidates, and a departmental promotional exam for the same class with
 * continuous service for seniority credit. The figures the City supplies per exam (seniority credit per
 * year and its maximum) are in the exam file's settings, as the announcement would state them; the
 * veterans credit amount is not published in the research and is left to the module's parameter table
 * (so veterans' findings say what must be configured).
 */
public final class ExamGenerator {
    /** What was written. */
    public record Counts(int candidates, int open, int promotional, int veterans) {
    }

    private ExamGenerator() {
    }

    /** File name of the sample's example City configuration (an overlay). */
    public static final String EXAMPLE_CONFIGURATION = "example-city-configuration.yaml";

    /**
     * Example configuration for the synthetic sample only: the figures the City supplies per exam and that
     * this project's sources do not publish (rounding of an exact .5, veterans credit points, the Council's
     * reservist periods). They are invented for the demonstration and say so in every citation; an exam on
     * real data must supply the City's own values (see rules-la-civilservice/README.md).
     */
    static final String EXAMPLE_CONFIGURATION_YAML = """
            # EXAMPLE CONFIGURATION FOR THE SYNTHETIC SAMPLE EXAM ONLY -- NOT THE CITY OF LOS ANGELES'S FIGURES.
            # The Rules and Charter text in this project's sources do not state these figures, so the module
            # requires them to be supplied (it never guesses). Scoring a real exam needs the City's own values.
            parameters:
              - name: la_cs_fga_rounding_mode
                values:
                  - {effective_from: 2025-01-01, value: half_up, citation: "example configuration for the synthetic sample (not a City figure)"}
              - name: la_cs_veterans_credit_points
                values:
                  - {effective_from: 2025-01-01, qualifier: nondisabled, value: 5, citation: "example configuration for the synthetic sample (not a City figure)"}
                  - {effective_from: 2025-01-01, qualifier: disabled, value: 10, citation: "example configuration for the synthetic sample (not a City figure)"}
                  - {effective_from: 2025-01-01, qualifier: spouse, value: 5, citation: "example configuration for the synthetic sample (not a City figure)"}
              - name: la_cs_veterans_reservist_periods
                values:
                  - {effective_from: 2025-01-01, value: [], citation: "example configuration for the synthetic sample: no reservist periods"}
            """;

    public static Counts generate(int candidates, long seed, Path dir) throws IOException {
        Files.createDirectories(dir);
        Random rnd = new Random(seed);
        Files.writeString(dir.resolve("exam.yaml"), """
                # Open competitive examination (sample). Scored with: emplaw exam --exam exam.yaml --candidates candidates.csv
                as_of: 2025-06-30
                exam: {id: OC-2112-2025, class_code: "2112", title: Management Analyst, type: open_competitive,
                       application_deadline: 2025-03-14, report_adopted: 2025-05-15,
                       parts: [{id: written, name: Written test, weight: 60}, {id: interview, name: Interview, weight: 40}]}
                facts:
                  # the appointing authority asks for a certification from this list (Rule 5.8 / Charter 1010: top three whole scores)
                  - certification_request: {id: CR-1, exam_id: OC-2112-2025, on: 2025-06-30}
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("exam-promotional.yaml"), """
                # Departmental promotional examination (sample), with seniority credit as the announcement states it.
                as_of: 2025-06-30
                exam: {id: DP-2112-2025, class_code: "2112", title: Management Analyst, type: departmental_promotional,
                       department: transportation, application_deadline: 2025-03-14, report_adopted: 2025-05-15,
                       announcement_states_service_credit: true,
                       parts: [{id: written, name: Written test, weight: 60}, {id: interview, name: Interview, weight: 40}],
                       settings: {seniority_credit_per_year: "0.25", seniority_credit_max: "5"}}
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(EXAMPLE_CONFIGURATION), EXAMPLE_CONFIGURATION_YAML, StandardCharsets.UTF_8);
        int open = 0;
        int promo = 0;
        int vets = 0;
        String header = "candidate_id,application_received,department,continuous_service_years,active_duty,release_from_active_duty,"
                + "honorably_discharged,va_certified_disabled,score.written,score.interview\n";
        try (BufferedWriter oc = Files.newBufferedWriter(dir.resolve("candidates.csv"), StandardCharsets.UTF_8);
             BufferedWriter dp = Files.newBufferedWriter(dir.resolve("candidates-promotional.csv"), StandardCharsets.UTF_8)) {
            oc.write(header);
            dp.write(header);
            for (int i = 0; i < candidates; i++) {
                boolean promotional = rnd.nextDouble() < 0.3;
                String written = score(rnd);
                String interview = score(rnd);
                String applied = LocalDate.of(2025, 2, 1).plusDays(rnd.nextInt(40)).toString();
                if (promotional) {
                    promo++;
                    String years = String.valueOf(1 + rnd.nextInt(25));
                    dp.write(String.join(",", String.format("P%05d", i + 1), applied, "transportation", years, "", "", "", "",
                            written, interview) + "\n");
                } else {
                    open++;
                    boolean vet = rnd.nextDouble() < 0.08;
                    String duty = "";
                    String release = "";
                    if (vet) {
                        vets++;
                        LocalDate from = LocalDate.of(2016 + rnd.nextInt(5), 1 + rnd.nextInt(12), 1);
                        LocalDate to = from.plusYears(4);
                        duty = from + ".." + to;
                        release = to.toString();
                    }
                    oc.write(String.join(",", String.format("C%05d", i + 1), applied, "", "", duty, release, vet ? "true" : "",
                            vet && rnd.nextDouble() < 0.2 ? "true" : "", written, interview) + "\n");
                }
            }
        }
        return new Counts(candidates, open, promo, vets);
    }

    /** A whole-number test score 40..100 (with weights 60/40 the weighted sum is never exactly x.5). */
    private static String score(Random rnd) {
        double s = Math.min(100, Math.max(40, 76 + rnd.nextGaussian() * 11));
        return String.valueOf(Math.round(s));
    }
}
