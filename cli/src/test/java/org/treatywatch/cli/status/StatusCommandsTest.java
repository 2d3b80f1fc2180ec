package org.treatywatch.cli.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatywatch.cli.Main;

/** The status, timeline and parties commands, run through {@link Main#run} as a user would. */
@Isolated("replaces System.out and System.err")
class StatusCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int exit, String out, String err) {
        /** The table's data rows, split on runs of two or more spaces. */
        List<List<String>> rows() {
            return out.lines().skip(2).map(l -> Arrays.asList(l.split(" {2,}"))).toList();
        }

        List<JsonNode> jsonLines() {
            return out.lines().map(l -> {
                try {
                    return JSON.readTree(l);
                } catch (Exception e) {
                    throw new AssertionError("not JSON: " + l, e);
                }
            }).toList();
        }
    }

    private static Result run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(out, args);
            System.out.flush();
            System.err.flush();
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void status_issueExample_balticsFinlandPolandWithdrawnUkrainePartyWithItsDeclaration() {
        Result r = run("status", "--treaty", "APMBC", "--on", "2026-03-01", "LTU", "LVA", "EST", "FIN", "POL", "UKR");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("APMBC (Mine Ban Treaty) on 2026-03-01\n");
        assertThat(r.rows()).containsExactly(
                List.of("LTU", "Lithuania", "WITHDRAWN", "2025-12-27", "-"),
                List.of("LVA", "Latvia", "WITHDRAWN", "2025-12-27", "-"),
                List.of("EST", "Estonia", "WITHDRAWN", "2025-12-27", "-"),
                List.of("FIN", "Finland", "WITHDRAWN", "2026-01-10", "-"),
                List.of("POL", "Poland", "WITHDRAWN", "2026-02-20", "-"),
                List.of("UKR", "Ukraine", "PARTY (declared suspension 2025-07-18)", "2006-06-01", "-"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"lt", "LTU", "Lithuania", "lithuanian", "  LITHUANIA ", "Vilnius"})
    void status_findsStatesByCodeNameAdjectiveOrCapitalInAnyCase(String text) {
        Result r = run("status", "--treaty", "ccm", "--on", "2025-01-01", text);
        assertThat(r.exit()).isZero();
        assertThat(r.rows()).containsExactly(
                List.of("LTU", "Lithuania", "WITHDRAWING", "2024-09-06",
                        "WITHDRAWN on 2025-03-06 (unless the state is then engaged in an armed conflict)"));
    }

    @Test
    void status_withoutStatesShowsEveryState_andWithoutTreatyBoth() {
        Result r = run("status", "--on", "2026-11-26");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("APMBC (Mine Ban Treaty) on 2026-11-26", "CCM (Convention on Cluster Munitions) on 2026-11-26");
        // 197 states per treaty, each block with a title and a header line, blocks separated by a blank line.
        assertThat(r.out().lines().count()).isEqualTo(2 * (197 + 2) + 1);
    }

    @Test
    void status_defaultsToToday() {
        Result r = run("status", "--treaty", "APMBC", "Ukraine");
        assertThat(r.out()).startsWith("APMBC (Mine Ban Treaty) on " + LocalDate.now() + "\n");
    }

    @Test
    void status_json_oneObjectPerStateWithRuleEventsAndDeclarations() {
        Result r = run("status", "--json", "--treaty", "APMBC", "--on", "2026-03-01", "POL", "ukrainian");
        assertThat(r.exit()).isZero();
        List<JsonNode> lines = r.jsonLines();
        assertThat(lines).hasSize(2);
        JsonNode pol = lines.get(0);
        assertThat(pol.get("state").asText()).isEqualTo("POL");
        assertThat(pol.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(pol.get("since").asText()).isEqualTo("2026-02-20");
        assertThat(pol.get("counted_as_party").asBoolean()).isFalse();
        assertThat(pol.get("rule").get("citation").asText()).isEqualTo("APMBC Art. 20(3)");
        assertThat(pol.get("events")).extracting(e -> e.get("event").asText()).containsExactly(
                "signed", "instrument_deposited", "entered_into_force", "withdrawal_received", "withdrawal_took_effect");
        JsonNode ukr = lines.get(1);
        assertThat(ukr.get("status").asText()).isEqualTo("PARTY");
        assertThat(ukr.get("next_change").isNull()).isTrue();
        assertThat(ukr.get("declarations").get(0).get("kind").asText()).isEqualTo("suspension");
        assertThat(ukr.get("declarations").get(0).get("provided_for_by_treaty").asBoolean()).isFalse();
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "APMBC, 2024-12-31, 164",
        "APMBC, 2026-11-26, 161",
        "CCM, 2024-12-31, 112",
        "CCM, 2026-11-26, 112",
    })
    void parties_countsMatchTheDatasReadme(String treaty, String on, int count) {
        Result text = run("parties", "--treaty", treaty, "--on", on);
        assertThat(text.exit()).isZero();
        assertThat(text.out()).startsWith(treaty + " (");
        assertThat(text.out().lines().findFirst().orElseThrow()).endsWith(": " + count + " States Parties, 0 of them not yet in force");
        assertThat(text.rows()).hasSize(count + 1); // plus the header line
        JsonNode json = run("parties", "--treaty", treaty, "--on", on, "--json").jsonLines().getFirst();
        assertThat(json.get("count").asInt()).isEqualTo(count);
        assertThat(json.get("parties")).hasSize(count);
    }

    @Test
    void parties_saysHowManyAreNotYetInForce() {
        // On 1 Jul 2025 the Marshall Islands and Tonga had deposited, in force for them from 1 Sep and 1 Dec.
        JsonNode json = run("parties", "--treaty", "Mine Ban Treaty", "--on", "2025-07-01", "--json").jsonLines().getFirst();
        assertThat(json.get("count").asInt()).isEqualTo(166);
        assertThat(json.get("not_yet_in_force_count").asInt()).isEqualTo(2);
        assertThat(json.get("not_yet_in_force")).extracting(n -> n.get("state").asText()).containsExactly("MHL", "TON");
    }

    @Test
    void timeline_listsEventsThenTheStatusAndItsRule() {
        Result r = run("timeline", "Poland", "--treaty", "APMBC", "--on", "2025-09-01");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Poland (POL) and the APMBC (Mine Ban Treaty)\n");
        assertThat(r.out()).contains(
                "  2012-12-27  instrument of ratification deposited\n",
                "  2013-06-01  entered into force for the state (APMBC Art. 17(2))\n",
                "  2025-08-20  instrument of withdrawal received by the depositary\n",
                "  2026-02-20  withdrawal took effect (APMBC Art. 20(3))\n",
                "On 2025-09-01: WITHDRAWING since 2025-08-20; next: WITHDRAWN on 2026-02-20",
                "  APMBC Art. 20(3): Instrument of withdrawal received on 2025-08-20");
    }

    @Test
    void timeline_json_showsUkrainesConflictAndDeclaration() {
        Result r = run("timeline", "UKR", "--treaty", "APMBC", "--json", "--on", "2026-11-26");
        JsonNode t = r.jsonLines().getFirst();
        assertThat(t.get("events")).extracting(e -> e.get("event").asText())
                .contains("armed_conflict_began", "declaration");
        assertThat(t.get("deadlines")).extracting(d -> d.get("obligation").asText())
                .containsExactly("stockpile", "clearance", "initial_report");
        assertThat(t.get("status").get("status").asText()).isEqualTo("PARTY");
    }

    @Test
    void unknownState_oneLineOnStderrWithTheClosestMatch_exit2() {
        Result r = run("status", "--treaty", "APMBC", "LTU", "Lithunia");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("treatywatch: unknown state 'Lithunia' (did you mean Lithuania?)\n");
    }

    @Test
    void ambiguousAdjective_isRejectedRatherThanGuessed() {
        Result r = run("timeline", "Congolese");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("treatywatch: unknown state 'Congolese'");
    }

    @Test
    void unknownTreaty_oneLineWithTheClosestMatch_exit2() {
        Result r = run("parties", "--treaty", "APMCB");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("treatywatch: unknown treaty 'APMCB' (did you mean APMBC?); known: APMBC, CCM\n");
    }

    @Test
    void aTreatyTreatywatchDoesNotFollow_isSaidToBeNotFollowed_notMistakenForATypo() {
        Result r = run("status", "--treaty", "CCW", "LTU");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("treatywatch: Treatywatch does not follow the Convention on Certain Conventional Weapons"
                + " (its Amended Protocol II restricts, but does not ban, mines) ('CCW'); known: APMBC, CCM\n");
        assertThat(r.err()).doesNotContain("did you mean");
    }

    @Test
    void only_keepsTheStatesWithThatStatus() {
        Result r = run("status", "--treaty", "APMBC", "--on", "2025-12-31", "--only", "withdrawing");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().skip(2).map(l -> l.substring(0, 3)).toList()).containsExactly("FIN", "POL");
        Result two = run("status", "--treaty", "APMBC", "--on", "2025-12-31", "--only", "WITHDRAWING,withdrawn", "LTU", "FIN", "UKR");
        assertThat(two.out().lines().skip(2).map(l -> l.substring(0, 3)).toList()).containsExactly("LTU", "FIN");
        Result bad = run("status", "--only", "LEAVING");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("treatywatch: --only: unknown status 'LEAVING'; one of NOT_SIGNED, SIGNATORY");
    }

    @Test
    void db_answersFromTheStoresData_asServeDoes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String db = dir.resolve("s.db").toString();
        try (var store = org.treatywatch.store.Stores.open(db)) {
            org.treatywatch.store.reference.StoredReferenceData.sync(store);
            // an analyst records a withdrawal of Austria's (invented, for the test)
            var aut = store.participation().stream().filter(p -> p.treaty().equals("APMBC") && p.state().equals("AUT")).findFirst().orElseThrow();
            store.saveParticipation(new org.treatywatch.store.reference.ParticipationRow(aut.treaty(), aut.state(), aut.stateName(),
                    aut.signed(), aut.instrument(), aut.deposited(), LocalDate.of(2026, 1, 5), null, "test"), "ana");
        }
        assertThat(run("status", "--treaty", "APMBC", "--on", "2026-02-01", "AUT").out()).contains("AUT    Austria  PARTY");
        assertThat(run("status", "--db", db, "--treaty", "APMBC", "--on", "2026-02-01", "AUT").out()).contains("AUT    Austria  WITHDRAWING");
    }

    @Test
    void badDate_oneLine_exit2() {
        Result r = run("status", "--on", "2026-02-30", "LTU");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("treatywatch: --on: \"2026-02-30\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01\n");
    }

    @Test
    void datesOutside1900To2200_areRefused_withTheRange_exit2() {
        for (String[] args : List.of(new String[] {"status", "--on", "-2025-01-01", "LTU"},
                new String[] {"status", "--on", "+99999-12-31", "LTU"},
                new String[] {"timeline", "LTU", "--on", "1899-12-31"},
                new String[] {"parties", "--treaty", "APMBC", "--on", "2201-01-01"})) {
            Result r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("treatywatch: --on: ")
                    .endsWith(" is out of range; give a date between 1900-01-01 and 2200-12-31\n");
        }
        assertThat(run("status", "--on", "2200-12-31", "LTU").exit()).isZero();
    }

    @Test
    void help_describesEachCommand() {
        for (String command : List.of("status", "timeline", "parties")) {
            Result r = run(command, "--help");
            assertThat(r.exit()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: treatywatch " + command, "Exit codes");
        }
    }

    @Test
    void asKnownOn_aWithdrawalNotifiedOnOneDay_andRecordedTwoDaysLater_isKnownFromTheDayOfRecording(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String db = dir.resolve("s.db").toString();
        try (org.treatywatch.store.Store store = org.treatywatch.store.Stores.open(db)) {
            // the record before Lithuania's APMBC withdrawal, then its notice: deposited on
            // 2025-06-27, proposed on the 28th, confirmed on the 29th
            var d = org.treatywatch.core.participation.ReferenceData.defaults();
            var ltu = d.participation("APMBC", "LTU").orElseThrow();
            var rows = new java.util.ArrayList<>(d.participation());
            rows.remove(ltu);
            rows.add(new org.treatywatch.core.participation.Participation("APMBC", "LTU", ltu.signed(), ltu.instrument(), ltu.deposited(), null, null, ""));
            org.treatywatch.store.reference.StoredReferenceData.sync(store, d.withParticipation(rows));
            var n = new org.treatywatch.core.notice.Notice("C.N.301.2025.TREATIES-XXVI.5", LocalDate.of(2025, 6, 27), "APMBC", "LTU",
                    org.treatywatch.core.notice.NoticeAction.WITHDRAWAL, LocalDate.of(2025, 6, 27), LocalDate.of(2025, 12, 27), "", "ltu.txt");
            long id = org.treatywatch.store.reference.RecordChanges.propose(store, n, "ana", java.time.Instant.parse("2025-06-28T10:00:00Z")).change().id();
            org.treatywatch.store.reference.RecordChanges.confirm(store, id, "bo", java.time.Instant.parse("2025-06-29T16:00:00Z"), null);
        }
        Result before = run("status", "--db", db, "--treaty", "APMBC", "--on", "2025-07-01", "--as-known-on", "2025-06-28", "LTU");
        Result after = run("status", "--db", db, "--treaty", "APMBC", "--on", "2025-07-01", "--as-known-on", "2025-06-29", "LTU");
        assertThat(before.exit()).isZero();
        assertThat(before.out()).contains("as the record stood on 2025-06-28").contains("LTU    Lithuania  PARTY");
        assertThat(after.out()).contains("LTU    Lithuania  WITHDRAWING  2025-06-27  WITHDRAWN on 2025-12-27");
        assertThat(run("status", "--db", db, "--treaty", "APMBC", "--on", "2025-07-01", "LTU").out()).contains("WITHDRAWING");
        // the history: the shipped row recorded by seed on its deposit day, then bo's version from the notice
        List<String> ltu = run("export", "record", "--db", db, "--format", "csv").out().lines()
                .filter(l -> l.startsWith("participation,APMBC/LTU,")).toList();
        assertThat(ltu).hasSize(3);
        assertThat(ltu.get(0)).startsWith("participation,APMBC/LTU,1999-02-26T00:00:00Z,seed,apmbc-participants.csv,false,");
        assertThat(ltu.get(2)).startsWith("participation,APMBC/LTU,2025-06-29T16:00:00Z,bo,C.N.301.2025.TREATIES-XXVI.5,false,")
                .contains(",2025-06-27,2025-12-27,");
    }

    @Test
    void asKnownOn_withoutAStore_theShippedFactsCountFromTheDaysOfTheirSources() {
        assertThat(run("status", "--treaty", "APMBC", "--on", "2025-07-01", "--as-known-on", "2025-06-26", "LTU").out())
                .contains("LTU    Lithuania  PARTY");
        assertThat(run("status", "--treaty", "APMBC", "--on", "2025-07-01", "--as-known-on", "2025-06-27", "LTU").out())
                .contains("LTU    Lithuania  WITHDRAWING");
        Result bad = run("status", "--as-known-on", "yesterday", "LTU");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("treatywatch: --as-known-on: \"yesterday\" is not a date");
    }
}
