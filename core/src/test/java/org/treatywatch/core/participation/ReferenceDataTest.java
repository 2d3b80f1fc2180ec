package org.treatywatch.core.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {
    private final ReferenceData data = ReferenceData.defaults();

    @Test
    void defaults_loadEveryRowOfBothParticipationTables() {
        // 166 APMBC rows and 125 CCM rows (participation README).
        assertThat(data.participation()).filteredOn(p -> p.treaty().equals("APMBC")).hasSize(166);
        assertThat(data.participation()).filteredOn(p -> p.treaty().equals("CCM")).hasSize(125);
        assertThat(data.participation("APMBC", "POL")).get().satisfies(p -> {
            assertThat(p.signed()).isEqualTo("1997-12-04");
            assertThat(p.instrument()).isEqualTo(Instrument.RATIFICATION);
            assertThat(p.deposited()).isEqualTo("2012-12-27");
            assertThat(p.withdrawalDeposited()).isEqualTo("2025-08-20");
            assertThat(p.withdrawalEffective()).isEqualTo("2026-02-20");
        });
    }

    @Test
    void defaults_shipUkrainesOpenConflictAndItsSuspensionDeclaration() {
        assertThat(data.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo("UKR");
            assertThat(c.start()).isEqualTo("2014-02-20");
            assertThat(c.ongoing()).isTrue();
        });
        assertThat(data.declarations()).singleElement().satisfies(d -> {
            assertThat(d.treaty()).isEqualTo("APMBC");
            assertThat(d.state()).isEqualTo("UKR");
            assertThat(d.date()).isEqualTo("2025-07-18");
            // The quoted CSV field keeps its commas.
            assertThat(d.summary()).contains("Vienna Convention on the Law of Treaties (fundamental change of circumstances).");
        });
        // One row per decision, each citing it; the quoted source keeps its commas.
        assertThat(data.extensions()).filteredOn(e -> e.state().equals("UKR"))
                .extracting(e -> e.obligation() + " " + e.deadline() + " " + e.decided())
                .containsExactly("clearance 2021-06-01 2018-11-30", "clearance 2023-12-01 2020-11-20", "clearance 2033-12-01 2023-11-24");
        assertThat(data.extensions()).allSatisfy(e -> assertThat(e.source())
                .containsPattern("^(APMBC|CCM) (\\d+MSP|(Second|Third|Fourth|Fifth) Review Conference) \\(").contains("decision on"));
    }

    @Test
    void constructor_rejectsRowsNamingUnknownStatesOrTreatiesAndDuplicates() {
        Participation atlantis = new Participation("APMBC", "ATL", LocalDate.parse("2000-01-01"), null, null, null, null, "");
        assertThatThrownBy(() -> data.withParticipation(List.of(atlantis)))
                .hasMessage("participation: unknown state ATL");
        Participation npt = new Participation("NPT", "NOR", LocalDate.parse("2000-01-01"), null, null, null, null, "");
        assertThatThrownBy(() -> data.withParticipation(List.of(npt))).hasMessage("participation: unknown treaty NPT");
        List<Participation> twice = new ArrayList<>(data.participation());
        twice.add(data.participation("CCM", "NOR").orElseThrow());
        assertThatThrownBy(() -> data.withParticipation(twice)).hasMessage("participation: two rows for CCM NOR");
        assertThatThrownBy(() -> data.withConflicts(List.of(new ArmedConflict("XXX", LocalDate.parse("2020-01-01"), null, ""))))
                .hasMessage("armed conflicts: unknown state XXX");
        assertThatThrownBy(() -> data.withExtensions(List.of(new ObligationExtension("APMBC", "AFG", "mowing",
                LocalDate.parse("2030-01-01"), LocalDate.parse("2020-01-01"), ""))))
                .hasMessage("obligation extensions: APMBC has no obligation 'mowing'");
    }

    @Test
    void participation_rejectsImpossibleRecords() {
        LocalDate d = LocalDate.parse("2010-05-05");
        assertThatThrownBy(() -> new Participation("CCM", "NOR", d, Instrument.RATIFICATION, d.minusDays(1), null, null, ""))
                .hasMessageContaining("before signing");
        assertThatThrownBy(() -> new Participation("CCM", "NOR", d, null, null, d.plusDays(3), null, ""))
                .hasMessageContaining("without an earlier deposit");
        assertThatThrownBy(() -> new Participation("CCM", "NOR", null, null, null, null, null, ""))
                .hasMessageContaining("neither signed nor deposited");
        assertThatThrownBy(() -> new ArmedConflict("UKR", d, d, "")).hasMessageContaining("not after it starts");
    }

    @Test
    void csv_readsQuotedFieldsCommentsAndNamesTheLineOfABadDate() throws IOException {
        String text = """
                a,b,c
                # a comment line
                1,"two, with \"\"quotes\"\"",3
                x,,2020-02-30
                """;
        List<Csv.Row> rows = Csv.read("t.csv", new StringReader(text));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("b")).isEqualTo("two, with \"quotes\"");
        assertThat(rows.get(1).get("b")).isEmpty();
        assertThatThrownBy(() -> rows.get(1).date("c")).hasMessageStartingWith("t.csv line 4: c is not an ISO date");
        assertThatThrownBy(() -> Csv.read("t.csv", new StringReader("a,b\n1,2,3\n")))
                .hasMessage("t.csv line 2: expected 2 fields, got 3");
    }
}
