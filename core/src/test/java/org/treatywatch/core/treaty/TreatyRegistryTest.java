package org.treatywatch.core.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TreatyRegistryTest {
    private final TreatyRegistry treaties = TreatyRegistry.standard();

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "APMBC;APMBC", "apmbc;APMBC", "Ottawa Convention;APMBC", "Mine Ban Treaty;APMBC", "mine ban convention;APMBC",
        "ottawa treaty;APMBC", "CCM;CCM", "ccm;CCM", "Oslo Convention;CCM", "cluster munitions treaty;CCM",
        "Convention on Cluster Munitions;CCM",
        "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction;APMBC",
    })
    void find_acceptsCodesNamesAndAliasesInAnyCase(String text, String code) {
        assertThat(treaties.find(text)).get().extracting(Treaty::code).isEqualTo(code);
    }

    @Test
    void find_givesNothingForUnknownTreatiesButSuggestsTheClosest() {
        assertThat(treaties.find("NPT")).isEmpty();
        assertThat(treaties.closest("APMCB")).contains("APMBC");
        assertThat(treaties.closest("ccn")).contains("CCM");
    }

    @Test
    void standard_holdsBothTreatiesWithTheirDatesAndArticles() {
        Treaty apmbc = treaties.byCode("APMBC").orElseThrow();
        assertThat(apmbc.adopted()).isEqualTo("1997-09-18");
        assertThat(apmbc.entryIntoForce()).isEqualTo("1999-03-01");
        assertThat(apmbc.withdrawalRule()).isEqualTo(new WithdrawalRule(6, true, "Art. 20(3)"));
        assertThat(apmbc.obligations()).extracting(ObligationRule::id, ObligationRule::period, ObligationRule::citation)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("stockpile", Period.ofYears(4), "Art. 4"),
                        org.assertj.core.groups.Tuple.tuple("clearance", Period.ofYears(10), "Art. 5(1)"),
                        org.assertj.core.groups.Tuple.tuple("initial_report", Period.ofDays(180), "Art. 7(1)"));
        Treaty ccm = treaties.byCode("CCM").orElseThrow();
        assertThat(ccm.entryIntoForce()).isEqualTo("2010-08-01");
        assertThat(ccm.withdrawalRule().citation()).isEqualTo("Art. 20(2)");
        assertThat(ccm.obligation("stockpile")).get().extracting(ObligationRule::period).isEqualTo(Period.ofYears(8));
        assertThat(ccm.obligation("clearance")).get().extracting(ObligationRule::citation).isEqualTo("Art. 4(1)(a)");
    }

    @Test
    void entryIntoForceFor_depositBeforeTheTreatyWasInForce_isTheTreatysOwnDate() {
        Treaty apmbc = treaties.byCode("APMBC").orElseThrow();
        // Canada deposited first (3 Dec 1997); the treaty entered into force on 1 Mar 1999 (Art. 17(1)).
        assertThat(apmbc.entryIntoForceFor(LocalDate.parse("1997-12-03"))).isEqualTo("1999-03-01");
        assertThat(apmbc.entryIntoForceCitationFor(LocalDate.parse("1997-12-03"))).isEqualTo("APMBC Art. 17(1)");
        // Burkina Faso's was the 40th instrument, 16 Sep 1998: six months after September is March.
        assertThat(apmbc.entryIntoForceFor(LocalDate.parse("1998-09-16"))).isEqualTo("1999-03-01");
        // A deposit after the 40th: Art. 17(2) (Poland, 27 Dec 2012, in force 1 Jun 2013).
        assertThat(apmbc.entryIntoForceFor(LocalDate.parse("2012-12-27"))).isEqualTo("2013-06-01");
        assertThat(apmbc.entryIntoForceCitationFor(LocalDate.parse("2012-12-27"))).isEqualTo("APMBC Art. 17(2)");
    }

    @Test
    void parse_aThirdTreatyNeedsOnlyData() throws IOException {
        String text = """
                code = XT
                name = Example Treaty on Things
                aliases = Example Convention | Things Treaty
                adopted = 2020-01-15
                entered_into_force = 2021-07-01
                entry_into_force.months_after_deposit_month = 3
                entry_into_force.general_citation = Art. 9(1)
                entry_into_force.citation = Art. 9(2)
                withdrawal.months_after_receipt = 12
                withdrawal.armed_conflict_hold = false
                withdrawal.citation = Art. 12
                obligations = report
                obligation.report.label = report
                obligation.report.period = P1Y
                obligation.report.citation = Art. 5
                """;
        Treaty xt = TreatyRegistry.parse("xt.properties", new StringReader(text));
        assertThat(xt.entryIntoForceFor(LocalDate.parse("2022-01-31"))).isEqualTo("2022-04-01");
        assertThat(xt.withdrawalRule().periodEnds(LocalDate.parse("2023-02-28"))).isEqualTo("2024-02-28");
        assertThat(TreatyRegistry.of(java.util.List.of(xt)).find("things treaty")).contains(xt);
    }

    @Test
    void parse_namesTheFileAndKeyOfMissingOrBadValues() {
        assertThatThrownBy(() -> TreatyRegistry.parse("bad.properties", new StringReader("code = BAD\nname = x\n")))
                .hasMessage("bad.properties: missing adopted");
        assertThatThrownBy(() -> TreatyRegistry.parse("bad.properties", new StringReader(
                "code = BAD\nname = x\nadopted = 1997-13-01\n")))
                .hasMessage("bad.properties: adopted is not an ISO date: 1997-13-01");
    }
}
