package org.emplaw.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayBasis;
import org.emplaw.core.facts.Position;
import org.emplaw.core.io.Json;
import org.emplaw.core.module.RequestIndependence;
import org.emplaw.core.testmodule.SharingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests of a batch sharing one session ({@link RequestIndependence}, {@link Emplaw.Builder#requestsPerSession}): the
 * results are those of evaluating each request alone, findings, trace and receipt, and the session gives up sharing when
 * it cannot tell its requests apart. The sharing module's rules are in src/test/resources/sharing-module.
 */
class SharedSessionTest {
    static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    static Employee employee(String id, String positionId) {
        return new Employee(id, null, 30, null, null, null, PayBasis.HOURLY, new BigDecimal("20.00"), null, null, null, null,
                null, null, null, null, positionId, null, null, null);
    }

    static Position position(String id, String title) {
        return new Position(id, title, null, null, List.of(), null, Map.of(), null, null, null, null, null, null);
    }

    static EvaluationRequest request(LocalDate asOf, Map<String, String> options, Object... facts) {
        Employee e = (Employee) java.util.Arrays.stream(facts).filter(Employee.class::isInstance).findFirst().orElse(null);
        EvaluationRequest.Builder b = EvaluationRequest.asOf(asOf).subject(e == null ? "no employee" : e.subject())
                .options(options);
        for (Object f : facts) {
            b.fact(f);
        }
        return b.build();
    }

    static EvaluationRequest request(Object... facts) {
        return request(AS_OF, Map.of(), facts);
    }

    /** Evaluates the requests in a batch with {@code perSession} requests per session, and each alone; checks they agree. */
    static Emplaw.BatchStatistics sameAsAlone(List<EvaluationRequest> requests, int perSession) {
        try (Emplaw shared = Emplaw.builder().module(SharingRules.module()).threads(2).chunkSize(64)
                .requestsPerSession(perSession).build()) {
            List<BatchResult> batch = shared.evaluateAll(requests.stream()).toList();
            assertThat(batch).hasSize(requests.size());
            for (int i = 0; i < requests.size(); i++) {
                BatchResult b = batch.get(i);
                String alone;
                try {
                    EvaluationResult r = shared.evaluate(requests.get(i));
                    alone = Json.write(List.of(r.findings(), r.trace(), r.receipt()));
                } catch (EvaluationException e) {
                    alone = null;
                }
                if (alone == null) {
                    assertThat(b.ok()).as("request %d fails alone, so in the batch too", i).isFalse();
                    assertThat(b.error()).contains(requests.get(i).subject());
                } else {
                    assertThat(b.ok()).as("request %d: %s", i, b.error()).isTrue();
                    assertThat(Json.write(List.of(b.result().findings(), b.result().trace(), b.result().receipt())))
                            .as("request %d (%s)", i, requests.get(i).subject()).isEqualTo(alone);
                }
            }
            return shared.batchStatistics();
        }
    }

    @Test
    void requestsAboutDifferentEmployeesShareASessionAndGetTheFindingsAndTraceOfEachAlone() {
        Position clerk = position("P1", "Clerk");
        List<EvaluationRequest> rs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // every request holds the same clerk position instance, and some name a position they do not hold
            rs.add(i % 5 == 4 ? request(employee("E" + i, "P9")) : request(employee("E" + i, "P1"), clerk));
        }
        Emplaw.BatchStatistics s = sameAsAlone(rs, 8);
        assertThat(s.requestsShared()).isEqualTo(40);
        assertThat(s.sessionsShared()).isEqualTo(5);
        assertThat(s.sessionsRedone()).isZero();
    }

    @Test
    void aFactAFiringInsertsBelongsToTheRequestsOfThatFiring() {
        List<EvaluationRequest> rs = List.of(request(employee("E1", null)), request(employee("E2", null)));
        try (Emplaw shared = Emplaw.builder().module(SharingRules.module()).requestsPerSession(8).build()) {
            List<BatchResult> batch = shared.evaluateAll(rs.stream()).toList();
            assertThat(shared.batchStatistics().sessionsShared()).isEqualTo(1);
            for (int i = 0; i < 2; i++) {
                String subject = "employee E" + (i + 1);
                // the note derived from each employee is found once, in its own request
                assertThat(batch.get(i).result().findings()).filteredOn(f -> f.ruleId().equals("share.noted"))
                        .singleElement().satisfies(f -> assertThat(f.subject()).isEqualTo(subject));
                assertThat(batch.get(i).result().findings()).allSatisfy(f -> assertThat(f.subject()).isEqualTo(subject));
            }
        }
    }

    @Test
    void twoPayPeriodsOfOneEmployeeOrTwoInstancesOfOnePositionNeverShare() {
        Employee e1 = employee("E1", "P1");
        List<EvaluationRequest> rs = List.of(
                request(e1, position("P1", "Clerk")),
                request(e1, position("P1", "Clerk")),
                request(employee("E2", "P1"), position("P1", "Clerk")));
        Emplaw.BatchStatistics s = sameAsAlone(rs, 8);
        assertThat(s.requestsShared()).isZero();
    }

    @Test
    void requestsOfDifferentDatesOrOptionsNeverShare() {
        List<EvaluationRequest> rs = List.of(
                request(employee("E1", null)),
                request(AS_OF.plusDays(1), Map.of(), employee("E2", null)),
                request(AS_OF, Map.of("some.option", "x"), employee("E3", null)));
        assertThat(sameAsAlone(rs, 8).requestsShared()).isZero();
    }

    @Test
    void aFiringThatJoinsTwoRequestsMakesTheirSessionEvaluateEachAlone() {
        // evaluated together, the pair rule would compare employees of two requests; alone, it never fires
        List<EvaluationRequest> rs = List.of(request(employee("PAIR-A", null)), request(employee("PAIR-B", null)),
                request(employee("E3", null)));
        Emplaw.BatchStatistics s = sameAsAlone(rs, 8);
        assertThat(s.sessionsRedone()).isEqualTo(1);
        assertThat(s.requestsShared()).isZero();
        // one request holding both still compares them
        Emplaw.BatchStatistics both = sameAsAlone(List.of(request(employee("PAIR-A", null), employee("PAIR-B", null))), 8);
        assertThat(both.sessionsShared()).isZero();
    }

    @Test
    void aGapThatNamesNoSubjectIsNamedAfterItsOneRequestOrMakesASharedFiringEvaluateAlone() {
        Position untitled = position("P2", null);
        // held by one request each: the gap finding is named after that request, as alone
        List<EvaluationRequest> own = List.of(request(employee("E1", "P2"), position("P2", null)), request(employee("E2", null)));
        Emplaw.BatchStatistics s = sameAsAlone(own, 8);
        assertThat(s.sessionsShared()).isEqualTo(1);
        // one instance held by both: the firing belongs to both, and the gap names neither
        List<EvaluationRequest> shared = List.of(request(employee("E1", "P2"), untitled), request(employee("E2", "P2"), untitled));
        Emplaw.BatchStatistics t = sameAsAlone(shared, 8);
        assertThat(t.sessionsRedone()).isEqualTo(1);
    }

    @Test
    void aRuleFailingInASharedSessionFailsOnlyItsOwnRequest() {
        List<EvaluationRequest> rs = List.of(request(employee("E1", null)), request(employee("THROW", null)),
                request(employee("E3", null)));
        Emplaw.BatchStatistics s = sameAsAlone(rs, 8);
        assertThat(s.sessionsRedone()).isEqualTo(1);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aSeededMixOfRequestsGetsTheResultsOfEachAlone(long seed) {
        Random r = new Random(seed);
        List<Position> positions = List.of(position("P1", "Clerk"), position("P2", "Analyst"), position("P3", null));
        List<EvaluationRequest> rs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String id = switch (r.nextInt(20)) {
                case 0 -> "PAIR-A";
                case 1 -> "PAIR-B";
                case 2 -> "THROW";
                default -> "E" + r.nextInt(60);
            };
            Employee e = employee(id, r.nextInt(4) == 0 ? null : "P" + (1 + r.nextInt(4)));
            List<Object> facts = new ArrayList<>(List.of(e));
            int k = r.nextInt(3);
            for (int j = 0; j < k; j++) {
                // mostly the shared instances, sometimes a copy of one
                Position p = positions.get(r.nextInt(positions.size()));
                facts.add(r.nextInt(5) == 0 ? position(p.id(), p.title()) : p);
            }
            LocalDate asOf = AS_OF.plusDays(r.nextInt(2));
            rs.add(request(asOf, Map.of(), facts.toArray()));
        }
        Emplaw.BatchStatistics s = sameAsAlone(rs, 1 + r.nextInt(16));
        assertThat(s.requestsShared()).isPositive();
    }

    @Test
    void keysClashOnAnExclusiveKeyOrOnASharedKeyHeldThroughAnotherInstance() {
        Object a = new Object();
        Object b = new Object();
        RequestIndependence.Keys one = new RequestIndependence.Keys().exclusive("employee:E1").shared("position:P1", a);
        assertThat(one.compatible(new RequestIndependence.Keys().exclusive("employee:E2").shared("position:P1", a))).isTrue();
        assertThat(one.compatible(new RequestIndependence.Keys().exclusive("employee:E1"))).isFalse();
        assertThat(one.compatible(new RequestIndependence.Keys().shared("position:P1", b))).isFalse();
        assertThat(one.compatible(new RequestIndependence.Keys().exclusive("position:P1"))).isFalse();
        assertThat(one.compatible(new RequestIndependence.Keys().shared("employee:E1", a))).isFalse();
        // two instances for one key inside a request make it exclusive
        RequestIndependence.Keys two = new RequestIndependence.Keys().shared("position:P1", a).shared("position:P1", b);
        assertThat(two.compatible(new RequestIndependence.Keys().shared("position:P1", a))).isFalse();
    }

    @Test
    void oneRequestPerSessionTurnsSharingOff() {
        List<EvaluationRequest> rs = List.of(request(employee("E1", null)), request(employee("E2", null)));
        assertThat(sameAsAlone(rs, 1).requestsShared()).isZero();
    }
}
