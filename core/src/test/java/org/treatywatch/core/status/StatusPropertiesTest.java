package org.treatywatch.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatywatch.core.participation.ArmedConflict;
import org.treatywatch.core.participation.Instrument;
import org.treatywatch.core.participation.Participation;
import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.core.state.State;
import org.treatywatch.core.treaty.Treaty;

/**
 * Invariants of the engine over the shipped data and over randomly generated records. Plain JUnit
 * with a fixed seed per case, so a failure names the seed and replays exactly.
 */
class StatusPropertiesTest {
    private static final LocalDate FIRST = LocalDate.parse("1996-01-01");
    private static final LocalDate LAST = LocalDate.parse("2045-12-31");
    private static final int CASES = 200;

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(CASES);
    }

    /** Fewer cases for the day-by-day walk: each one counts the whole world 365 times. */
    static Stream<Long> fewSeeds() {
        return seeds().limit(30);
    }

    @Test
    void shippedData_noStateIsEverCountedOrPartyBeforeItsDeposit() {
        StatusEngine engine = StatusEngine.defaults();
        Random random = new Random(42);
        for (Participation p : engine.data().participation()) {
            Treaty t = engine.data().treaties().byCode(p.treaty()).orElseThrow();
            State s = engine.data().states().byAlpha3(p.state()).orElseThrow();
            for (int i = 0; i < 50; i++) {
                LocalDate day = randomDay(random);
                assertNeverPartyBeforeDeposit(engine.status(s, t, day), p);
            }
            if (p.deposited() != null) {
                assertNeverPartyBeforeDeposit(engine.status(s, t, p.deposited().minusDays(1)), p);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomRecords_neverPartyBeforeDeposit_andStatusesFollowTheLifeCycle(long seed) {
        Random random = new Random(seed);
        StatusEngine engine = StatusEngine.defaults();
        State nor = engine.data().states().byAlpha3("NOR").orElseThrow();
        Treaty treaty = engine.data().treaties().all().get(random.nextInt(engine.data().treaties().all().size()));
        Participation p = randomParticipation(random, treaty.code());
        List<ArmedConflict> conflicts = randomConflicts(random);
        StatusEngine constructed = StatusEngine.of(replace(engine.data(), p).withConflicts(conflicts));

        StatusCode previous = StatusCode.NOT_SIGNED;
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(7 + random.nextInt(20))) {
            StatusAnswer a = constructed.status(nor, treaty, day);
            assertNeverPartyBeforeDeposit(a, p);
            assertThat(a.code().ordinal()).as("seed %d: %s on %s after %s", seed, a.code(), day, previous)
                    .isGreaterThanOrEqualTo(previous.ordinal());
            if (a.since() != null) {
                assertThat(a.since()).as("seed %d: since", seed).isBeforeOrEqualTo(day);
            }
            if (a.next() != null && a.next().on() != null) {
                assertThat(a.next().on()).as("seed %d: next change", seed).isAfter(day);
                assertThat(constructed.status(nor, treaty, a.next().on()).code()).isEqualTo(a.next().to());
            }
            previous = a.code();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fewSeeds")
    void partyCounts_changeOnlyOnEventDates(long seed) {
        Random random = new Random(seed);
        StatusEngine engine = StatusEngine.defaults();
        Treaty treaty = engine.data().treaties().all().get(random.nextInt(engine.data().treaties().all().size()));
        Set<LocalDate> eventDays = new HashSet<>();
        for (State s : engine.data().states().current()) {
            for (Event e : engine.timeline(s, treaty)) {
                eventDays.add(e.date());
            }
        }
        LocalDate day = randomDay(random);
        int before = engine.parties(treaty, day.minusDays(1)).count();
        int after = engine.parties(treaty, day).count();
        if (before != after) {
            assertThat(eventDays).as("seed %d: count changed %d -> %d on %s", seed, before, after, day).contains(day);
        }
        // And walking day by day over a random year, every change falls on an event date.
        LocalDate start = randomDay(random);
        int count = engine.parties(treaty, start).count();
        for (LocalDate d = start.plusDays(1); d.isBefore(start.plusDays(366)); d = d.plusDays(1)) {
            int c = engine.parties(treaty, d).count();
            if (c != count) {
                assertThat(eventDays).as("seed %d: count changed %d -> %d on %s", seed, count, c, d).contains(d);
            }
            count = c;
        }
    }

    private static void assertNeverPartyBeforeDeposit(StatusAnswer a, Participation p) {
        boolean beforeDeposit = p.deposited() == null || a.on().isBefore(p.deposited());
        if (beforeDeposit) {
            assertThat(a.code()).as("%s %s on %s", p.treaty(), p.state(), a.on())
                    .isIn(StatusCode.NOT_SIGNED, StatusCode.SIGNATORY);
            assertThat(a.code().countedAsParty()).isFalse();
        }
    }

    private static LocalDate randomDay(Random random) {
        return FIRST.plusDays(random.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay())));
    }

    private static Participation randomParticipation(Random random, String treaty) {
        LocalDate signed = random.nextBoolean() ? randomDay(random) : null;
        LocalDate deposited = null;
        Instrument instrument = null;
        if (signed == null || random.nextInt(4) > 0) {
            LocalDate from = signed == null ? FIRST : signed;
            deposited = from.plusDays(random.nextInt(3000));
            instrument = Instrument.values()[random.nextInt(Instrument.values().length)];
        }
        LocalDate withdrawal = deposited != null && random.nextBoolean() ? deposited.plusDays(random.nextInt(5000)) : null;
        return new Participation(treaty, "NOR", signed, instrument, deposited, withdrawal, null, "generated");
    }

    private static List<ArmedConflict> randomConflicts(Random random) {
        List<ArmedConflict> out = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            LocalDate start = randomDay(random);
            LocalDate end = random.nextInt(5) == 0 ? null : start.plusDays(1 + random.nextInt(900));
            out.add(new ArmedConflict("NOR", start, end, "generated " + i));
        }
        return out;
    }

    private static ReferenceData replace(ReferenceData data, Participation row) {
        List<Participation> rows = new ArrayList<>(data.participation().stream()
                .filter(p -> !(p.treaty().equals(row.treaty()) && p.state().equals(row.state()))).toList());
        rows.add(row);
        return data.withParticipation(rows);
    }
}
