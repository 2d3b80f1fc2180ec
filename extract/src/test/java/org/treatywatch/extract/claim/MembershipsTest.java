package org.treatywatch.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.extract.TestPipelines;
import org.treatywatch.extract.pipeline.Layers;

/**
 * {@link Memberships} on texts written for this test: each row is a text and every ACCESSION claim the stage gives
 * for it ({@code ACTOR/TREATY MODALITY}), whatever the act rules before it found; the near misses give none.
 */
class MembershipsTest {

    private static List<Claim> memberships(String text) {
        DocLayers layers = new DocLayers(TestPipelines.analyze(text));
        List<Claim> claims = new Memberships(layers, new TreatyFinder(layers), new Attribution(layers)).claims(List.of());
        claims.forEach(c -> assertThat(c.evidence().matches(text)).as("evidence of %s", c.actor()).isTrue());
        return claims;
    }

    private static List<String> keys(List<Claim> claims) {
        // the memberships (a table's stockpile column gives STOCKPILE claims too: see the last test)
        return claims.stream().filter(c -> c.type() == ClaimType.ACCESSION).map(c -> c.actor() + "/" + c.treaty() + " "
                + c.modality()).toList();
    }

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("Several States Parties to the Mine Ban Treaty, including Spain, Canada and New Zealand, objected.",
                        List.of("ESP/APMBC FACT", "CAN/APMBC FACT", "NZL/APMBC FACT")),
                Arguments.of("Some states not party to the Ottawa Convention, such as Bahrain and Morocco, call their stocks small.",
                        List.of("BHR/APMBC NEGATED", "MAR/APMBC NEGATED")),
                Arguments.of("Nine states outside the Convention on Cluster Munitions have declared export moratoriums: China,"
                        + " India and Israel.", List.of("CHN/CCM NEGATED", "IND/CCM NEGATED", "ISR/CCM NEGATED")),
                Arguments.of("The signatories that have yet to ratify the Convention on Cluster Munitions are: Angola, Cyprus"
                        + " and Haiti.", List.of("AGO/CCM NEGATED", "CYP/CCM NEGATED", "HTI/CCM NEGATED")),
                Arguments.of("Among the states still outside the Mine Ban Treaty are Egypt, Singapore and Vietnam.",
                        List.of("EGY/APMBC NEGATED", "SGP/APMBC NEGATED", "VNM/APMBC NEGATED")),
                // the treaty: a weapon the sentence opens with as its topic
                Arguments.of("The Mine Ban Treaty has most of South Asia. On cluster munitions, Bhutan and Nepal have yet"
                        + " to join.", List.of("BTN/CCM NEGATED", "NPL/CCM NEGATED")),
                // the treaty: none in the sentence, so the last one named before it
                Arguments.of("The Mine Ban Treaty turns 25 this year. Holdouts such as Russia and China show no sign of joining.",
                        List.of("RUS/APMBC NEGATED", "CHN/APMBC NEGATED")),
                // a group that joined: a plural group noun before a joining verb in the past
                Arguments.of("Only four states ratified the Convention on Cluster Munitions at the ceremony: Norway, Ireland"
                        + " and Sierra Leone.", List.of("NOR/CCM FACT", "IRL/CCM FACT", "SLE/CCM FACT")),
                Arguments.of("Several countries have signed the Mine Ban Treaty this week, including Canada and Japan.",
                        List.of("CAN/APMBC FACT", "JPN/APMBC FACT")),
                Arguments.of("The Convention on Cluster Munitions met in Lusaka. Delegates welcomed the States that had joined"
                        + " since the last meeting: Peru, Chad and Iraq.", List.of("PER/CCM FACT", "TCD/CCM FACT", "IRQ/CCM FACT")),
                // a locative inversion: the group opens the sentence, its states follow the verb
                Arguments.of("Outside the Mine Ban Treaty, along with Washington, stand Russia, China and India.",
                        List.of("RUS/APMBC NEGATED", "CHN/APMBC NEGATED", "IND/APMBC NEGATED")),
                // a sentence that only lists states answers the group that ends the sentence before
                Arguments.of("The Mine Ban Treaty has 164 parties. Who is still outside? Thirty-five states, among them Cuba"
                        + " and Egypt.", List.of("CUB/APMBC NEGATED", "EGY/APMBC NEGATED")),
                Arguments.of("Q: Which states have not signed the Convention on Cluster Munitions?\nA: Russia, China, Israel.",
                        List.of("RUS/CCM NEGATED", "CHN/CCM NEGATED", "ISR/CCM NEGATED")),
                // two or more states in apposition to the group
                Arguments.of("The Nordic States Parties to the Mine Ban Treaty, Denmark, Iceland and Norway, rejected the move.",
                        List.of("DNK/APMBC FACT", "ISL/APMBC FACT", "NOR/APMBC FACT")));
    }

    static Stream<Arguments> predicates() {
        return Stream.of(
                Arguments.of("Iraq, Jordan, Kuwait and now Oman are parties to the Mine Ban Treaty.",
                        List.of("IRQ/APMBC FACT", "JOR/APMBC FACT", "KWT/APMBC FACT", "OMN/APMBC FACT")),
                Arguments.of("Greece and Ukraine are the only States Parties to the Mine Ban Treaty that missed the deadline.",
                        List.of("GRC/APMBC FACT", "UKR/APMBC FACT")),
                Arguments.of("Of the Convention on Cluster Munitions: Germany, France, Italy, Norway: all are parties.",
                        List.of("DEU/CCM FACT", "FRA/CCM FACT", "ITA/CCM FACT", "NOR/CCM FACT")),
                // a singular verb: the list the resolver made ends with its subject
                Arguments.of("In talks with Russia, Finland is a State Party to the Mine Ban Treaty.", List.of("FIN/APMBC FACT")));
    }

    static Stream<Arguments> appositionsAndExceptions() {
        return Stream.of(
                Arguments.of("Belarus, a State Party to the Mine Ban Treaty, has echoed the Russian line.", List.of("BLR/APMBC FACT")),
                // a singular apposition is the last state's only
                Arguments.of("Russia and Belarus, a State Party to the Mine Ban Treaty, held joint exercises.", List.of("BLR/APMBC FACT")),
                Arguments.of("Myanmar, which is not party to the Ottawa Convention, laid new mines.", List.of("MMR/APMBC NEGATED")),
                Arguments.of("The United States, also a non-party, approved the transfer, campaigners for the Ottawa treaty said.",
                        List.of("USA/APMBC NEGATED")),
                Arguments.of("Iceland, a signatory of the Convention on Cluster Munitions, has yet to ratify.", List.of("ISL/CCM NEGATED")),
                // an observer at a treaty's meeting is no party to it; "as" a party is one
                Arguments.of("At the Meeting of States Parties to the Mine Ban Treaty, the representative of the United States,"
                        + " attending as an observer, said the review went on.", List.of("USA/APMBC NEGATED")),
                Arguments.of("Ukraine, as a State Party to the Mine Ban Treaty, remained committed to it.", List.of("UKR/APMBC FACT")),
                Arguments.of("In the Americas, every state is a party to the Ottawa Convention except Cuba and the United States.",
                        List.of("CUB/APMBC NEGATED", "USA/APMBC NEGATED")),
                Arguments.of("Every member of NATO except Turkey has signed or joined the Mine Ban Treaty.", List.of("TUR/APMBC NEGATED")),
                // the excepted states are no subject of "is a party"
                Arguments.of("In the Americas, every state except the United States and Cuba is a party to the Ottawa Convention.",
                        List.of("USA/APMBC NEGATED", "CUB/APMBC NEGATED")));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // rows under a line that ends in ":", the group in the line's first sentence; the evidence runs from it
                Arguments.of("Thirty states remain outside the Convention on Cluster Munitions. By region:\nAmericas: Cuba,"
                        + " United States.\nEurope: Belarus, Russia (observer).\nThe list is unchanged since 2020.",
                        List.of("CUB/CCM NEGATED", "USA/CCM NEGATED", "BLR/CCM NEGATED", "RUS/CCM NEGATED")),
                Arguments.of("The Monitor asked two States Parties to the Mine Ban Treaty about past use:\n- Yemen: reports of"
                        + " mines laid near Sanaa.\n- Turkey: claims of use in the south-east.", List.of("YEM/APMBC FACT", "TUR/APMBC FACT")),
                Arguments.of("Stockpiles of states not party to the Mine Ban Treaty, largest first:\n1. Russia | 26.5 million\n"
                        + "2. Pakistan | about 6 million", List.of("RUS/APMBC NEGATED", "PAK/APMBC NEGATED")),
                // status cells, whatever the header says
                Arguments.of("Producers of anti-personnel mines named by the Monitor:\n| Iran | not party |\n| Finland | State Party |",
                        List.of("IRN/APMBC NEGATED", "FIN/APMBC FACT")),
                // Yes/No under a header cell that names a group
                Arguments.of("Stockpiles, by the Monitor's estimates\nRank | State | Stockpile | Party to the Mine Ban Treaty?\n"
                        + "1 | Russia | 26.5 million | No\n2 | Ukraine | 3 million | Yes", List.of("RUS/APMBC NEGATED", "UKR/APMBC FACT")),
                // the group that heads the states' column
                Arguments.of("Stockpile destruction under the Mine Ban Treaty.\nTable 2: State Party | deadline | status\n"
                        + "Greece | 1 March 2008 | missed\nUkraine | 1 June 2010 | missed", List.of("GRC/APMBC FACT", "UKR/APMBC FACT")));
    }

    static Stream<String> nearMisses() {
        return Stream.of(
                // another group noun between the group and the list: the list is that group's
                "States Parties to the Mine Ban Treaty pledged support to mine-affected countries such as Laos and Angola.",
                // states merely named near treaty words
                "Russia and China hold the largest stockpiles of anti-personnel mines, the Mine Ban Treaty's monitor says.",
                "Former States Parties to the Mine Ban Treaty, including Finland and Poland, attended as observers.",
                "Political parties in Finland, including the Greens, debated the Mine Ban Treaty.",
                "Delegates at the Meeting of States Parties to the Mine Ban Treaty, including Norway's, called for calm.",
                "Russia and Ukraine are parties to the conflict that the Mine Ban Treaty's monitor follows.",
                // an exception to an act that is no joining of a treaty
                "The Mine Ban Treaty's meeting closed on Friday. Every delegation except Russia signed the final declaration.",
                // a joining verb with another object, or a named state as its subject
                "At the Mine Ban Treaty meeting, several countries signed a declaration, including Canada and Japan.",
                "At the Mine Ban Treaty meeting, Finland signed agreements with three states: Estonia and Latvia.",
                // an observer named by an adjective only, or observers that are no state
                "A Finnish diplomat who attended the Mine Ban Treaty meeting as an observer spoke.",
                "Campaigners attended the Mine Ban Treaty meeting as observers, with Norway's support.",
                // a group that opens the sentence without an inverted verb
                "Outside the Mine Ban Treaty, Russia's allies met donors such as Norway and Japan.",
                // a list after a sentence whose group does not end it
                "States not party to the Mine Ban Treaty met donors in Geneva. Norway, Japan, Canada.",
                // a treaty the codebook does not follow
                "States Parties to the Arms Trade Treaty, including Ukraine and Germany, met in Geneva.",
                // a table without a group in its header or a status in its rows
                "Donors to the Mine Ban Treaty's trust fund:\nNorway | 45 million\nJapan | 30 million",
                // a row under a line that ends in a full stop is not under a header
                "States Parties to the Mine Ban Treaty met in Geneva.\nNorway | 45 million\nJapan | 30 million");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"lists", "predicates", "appositionsAndExceptions", "rows"})
    void text_givesItsMembershipClaims(String text, List<String> expected) {
        assertThat(keys(memberships(text))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void nearMiss_givesNoMembershipClaim(String text) {
        assertThat(keys(memberships(text))).isEmpty();
    }

    @Test
    void rowEvidence_runsFromTheSentenceThatNamesTheGroupToTheRow() {
        String text = "Thirty states remain outside the Convention on Cluster Munitions. By region:\nAmericas: Cuba.\nEurope: Belarus.";
        assertThat(memberships(text)).extracting(c -> c.evidence().text()).containsExactly(
                "Thirty states remain outside the Convention on Cluster Munitions. By region:\nAmericas: Cuba.",
                "Thirty states remain outside the Convention on Cluster Munitions. By region:\nAmericas: Cuba.\nEurope: Belarus.");
    }

    @Test
    void pipeline_givesNoSecondClaimForAStateTheActRulesAlreadyGave() {
        String text = "Russia, which is not a party to the Ottawa Convention, laid landmines. Holdouts such as Russia and"
                + " China keep the largest stocks.";
        List<String> accessions = TestPipelines.analyze(text).get(Layers.CLAIMS).stream()
                .filter(c -> c.type() == ClaimType.ACCESSION).map(c -> c.actor() + "/" + c.treaty() + " " + c.modality()).toList();
        assertThat(accessions).containsExactly("RUS/APMBC NEGATED", "CHN/APMBC NEGATED");
    }

    @Test
    void aTablesStockpileColumn_givesTheRowsStatesTheirStocks() {
        String text = "The largest holders of anti-personnel mines, by the best public estimates:\n"
                + "Rank | State | Estimated stockpile | Party to the Mine Ban Treaty?\n"
                + "1 | Russia | 26.5 million | No\n2 | Pakistan | about 6 million | No\n3 | Greece | none declared | Yes";
        assertThat(memberships(text).stream().filter(c -> c.type() == ClaimType.STOCKPILE)
                .map(c -> c.actor() + " " + c.modality() + " " + c.weapon())).containsExactly("RUS FACT AP_MINE", "PAK FACT AP_MINE");
    }

    @Test
    void aListOfHoldersUnderAColon_givesEachRowsStateItsStocks() {
        String text = "The following States Parties reported retaining the largest numbers of anti-personnel mines:\n"
                + "Finland | about 16,500 | unchanged\nTurkey | about 14,900\nTogether these account for half.";
        assertThat(memberships(text).stream().filter(c -> c.type() == ClaimType.STOCKPILE).map(c -> c.actor()))
                .containsExactly("FIN", "TUR");
        assertThat(memberships("The following states do not hold anti-personnel mines:\nPeru | none\nChile | none")
                .stream().filter(c -> c.type() == ClaimType.STOCKPILE)).isEmpty();
    }

    @Test
    void aGroupsListAfterAHoldingClause_givesTheListedStatesTheirStocks() {
        assertThat(stockpiles("Other states not party to the Mine Ban Treaty believed to hold large stockpiles include"
                + " Vietnam, Iran and Cuba.")).containsExactly("VNM FACT AP_MINE", "IRN FACT AP_MINE", "CUB FACT AP_MINE");
        assertThat(stockpiles("Ninety States Parties to the Mine Ban Treaty retain none, among them several that once held"
                + " large stocks, such as Canada and Norway.")).containsExactly("CAN FACT AP_MINE", "NOR FACT AP_MINE");
        // near misses: the stocks destroyed, or none held, in the clause before the list
        assertThat(stockpiles("States Parties to the Mine Ban Treaty that destroyed the stocks they held, such as Canada"
                + " and Norway, spoke first.")).isEmpty();
        assertThat(stockpiles("States Parties to the Mine Ban Treaty that hold no stocks, such as Canada and Norway,"
                + " spoke first.")).isEmpty();
    }

    @Test
    void aStockpileCellWithoutANumber_mayStillEstimateAStock() {
        String text = "Table B: rank | state | estimated stockpile | basis\n6 | Myanmar | unknown, likely large | none\n"
                + "7 | Peru | none | destroyed";
        assertThat(stockpiles(text)).containsExactly("MMR FACT AP_MINE");
    }

    private static List<String> stockpiles(String text) {
        return memberships(text).stream().filter(c -> c.type() == ClaimType.STOCKPILE)
                .map(c -> c.actor() + " " + c.modality() + " " + c.weapon()).toList();
    }

    @Test
    void aListLineUnderATablesHeader_isReadWithoutACell() {
        // found by the throughput benchmark: such a row once failed the whole document (index -1 of the header's cells)
        assertThat(memberships("Region | States not party to the Mine Ban Treaty | notes\nAmericas: Cuba, United States."))
                .allMatch(c -> c.type() == ClaimType.ACCESSION);
        assertThat(memberships("Rank | State | Party to the Mine Ban Treaty?\n- Cuba: no reply.")).isNotNull();
    }
}
