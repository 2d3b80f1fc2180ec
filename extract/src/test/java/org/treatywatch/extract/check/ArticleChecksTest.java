package org.treatywatch.extract.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatywatch.core.check.Finding;
import org.treatywatch.core.check.ReportedAct;
import org.treatywatch.core.check.TreatyChecks;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.Extractors;

/**
 * Issue 11, point 3: each finding kind raised by a short article written for it, and not by its
 * near miss, through the whole way a report travels: the library's extractor makes claims, each
 * claim becomes a {@link ReportedAct}, and {@link TreatyChecks} checks it against the record. The
 * articles are Treatywatch's own words about real or invented events.
 */
class ArticleChecksTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-12-02");

    /** An article, its date, and the findings expected ("KIND STATE"), none for a near miss. */
    record Case(String name, String published, String text, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> articles() {
        return Stream.of(
                new Case("a party's use of mines", "2023-01-31", """
                        KYIV - Human Rights Watch said on Monday it had documented Ukrainian forces laying \
                        anti-personnel mines around the town of Izium in 2022.""", List.of("PROHIBITED_ACT UKR")),
                new Case("near miss: a non-party's use", "2023-01-31", """
                        KYIV - Russian forces used anti-personnel mines around the town of Izium, the researchers \
                        said on Monday.""", List.of()),
                new Case("production while withdrawing", "2025-11-10", """
                        VILNIUS - Lithuania has started producing anti-personnel mines at a state-owned plant, the \
                        defence ministry said on Monday.""", List.of("PROHIBITED_ACT LTU")),
                new Case("near miss: the same production after the withdrawal took effect", "2026-03-10", """
                        VILNIUS - Lithuania has started producing anti-personnel mines at a state-owned plant, the \
                        defence ministry said on Monday.""", List.of()),
                new Case("near miss: production planned while withdrawing", "2025-11-10", """
                        VILNIUS - Lithuania will start producing anti-personnel mines at a state-owned plant, the \
                        defence ministry said on Monday.""", List.of()),
                new Case("a party acquiring mines by delivery", "2024-12-15", """
                        WASHINGTON - The United States has delivered anti-personnel mines to Ukraine, a Pentagon \
                        official said on Friday.""", List.of("PROHIBITED_ACT UKR")),
                new Case("near miss: anti-tank mines delivered", "2024-12-15", """
                        WASHINGTON - The United States has delivered anti-tank mines to Ukraine, a Pentagon official \
                        said on Friday.""", List.of()),
                new Case("stocks after the deadline", "2024-11-20", """
                        GENEVA - Ukraine still holds more than three million anti-personnel mines in its stockpile, \
                        the Landmine Monitor said in its annual report.""", List.of("STOCKS_AFTER_DEADLINE UKR")),
                new Case("near miss: stocks within the deadline", "2026-02-01", """
                        NUKU'ALOFA - Tonga holds a small stockpile of anti-personnel mines, which it plans to \
                        destroy, an official said.""", List.of()),
                new Case("a suspension reported as a withdrawal", "2025-07-20", """
                        KYIV - Ukraine has withdrawn from the Ottawa Convention, which bans anti-personnel mines, \
                        the president's office said on Sunday.""", List.of("STATUS_CONTRADICTS_RECORD UKR")),
                new Case("near miss: a withdrawal in effect", "2026-01-05", """
                        TALLINN - Estonia has withdrawn from the Ottawa Convention, which bans anti-personnel mines, \
                        the foreign ministry said on Monday.""", List.of()),
                new Case("a withdrawal decided long ago, never deposited", "2025-06-30", """
                        KYIV - Ukraine's president signed a decree on Sunday approving the country's withdrawal from \
                        the Ottawa Convention on anti-personnel mines.""", List.of("WITHDRAWAL_NOT_DEPOSITED UKR")),
                new Case("near miss: a withdrawal decided, then deposited", "2025-08-05", """
                        WARSAW - Poland's president signed a decree on Tuesday approving the country's withdrawal \
                        from the Ottawa Convention on anti-personnel mines.""", List.of()),
                new Case("an accession not in the record", "2026-11-20", """
                        YEREVAN - Armenia has deposited its instrument of accession to the Mine Ban Treaty with the \
                        United Nations, the foreign ministry said.""", List.of("JOINING_NOT_IN_RECORD ARM")),
                new Case("near miss: an accession the record holds", "2025-06-30", """
                        NUKU'ALOFA - Tonga has deposited its instrument of accession to the Mine Ban Treaty with the \
                        United Nations, the government said.""", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void eachArticleRaisesTheFindingWrittenForItAndItsNearMissNone(Case c) {
        LocalDate published = LocalDate.parse(c.published());
        Document doc = new Document(c.name(), c.text(), null, published, null, null);
        List<Claim> claims = Extractors.checking().extract(doc);
        assertThat(claims).as("the extractor finds the article's claims").isNotEmpty();
        List<Finding> findings = claims.stream()
                .flatMap(claim -> TreatyChecks.defaults().check(ReportedAct.fromClaim(claim, published, null), AS_OF).stream())
                .toList();
        assertThat(findings).extracting(f -> f.kind() + " " + f.state())
                .as("findings of %s", claims)
                .containsExactlyInAnyOrderElementsOf(c.expected());
        for (Finding f : findings) {
            assertThat(f.evidence()).singleElement()
                    .satisfies(e -> assertThat(e.evidence().matches(c.text())).isTrue());
            assertThat(f.answer().state().alpha3()).isEqualTo(f.state());
            assertThat(f.article()).startsWith(f.treaty() + " Art. ");
        }
    }
}
