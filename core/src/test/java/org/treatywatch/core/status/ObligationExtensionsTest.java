package org.treatywatch.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.participation.ObligationExtension;
import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.core.state.State;
import org.treatywatch.core.treaty.Treaty;
import org.treatywatch.core.treaty.TreatyRegistry;

/** The shipped obligation extensions (obligation-extensions.csv) as the engine answers them, and their checks. */
class ObligationExtensionsTest {
    private static final StatusEngine ENGINE = StatusEngine.defaults();
    private static final Treaty APMBC = TreatyRegistry.standard().byCode("APMBC").orElseThrow();

    private static State state(String alpha3) {
        return ENGINE.data().states().byAlpha3(alpha3).orElseThrow();
    }

    private static Deadline clearance(StatusEngine engine, String alpha3) {
        return engine.deadlines(state(alpha3), APMBC).stream()
                .filter(d -> d.obligation().id().equals("clearance")).findFirst().orElseThrow();
    }

    /** A state's APMBC clearance decisions as "decided deadline", oldest first. */
    private static List<String> history(String alpha3) {
        return clearance(ENGINE, alpha3).extensions().stream().map(e -> e.decided() + " " + e.deadline()).toList();
    }

    @Test
    void ukraine_clearanceDeadlineIsThe21MspOneWithItsHistory() {
        // In force 1 Jun 2006: ten years gave 1 Jun 2016; 17MSP (2018), 18MSP (2020), 21MSP (2023) extended it.
        Deadline d = clearance(ENGINE, "UKR");
        assertThat(d.computed()).isEqualTo("2016-06-01");
        assertThat(d.due()).isEqualTo("2033-12-01");
        assertThat(d.extension().decided()).isEqualTo("2023-11-24");
        assertThat(d.extension().source()).startsWith("APMBC 21MSP (Geneva, 20-24 Nov 2023) decision on Ukraine's Art. 5 extension request");
        assertThat(d.extensions()).extracting(e -> e.decided() + " -> " + e.deadline())
                .containsExactly("2018-11-30 -> 2021-06-01", "2020-11-20 -> 2023-12-01", "2023-11-24 -> 2033-12-01");
    }

    @Test
    void otherKnownRows_giveTheirCurrentDeadlineAndDecision() {
        assertThat(clearance(ENGINE, "BIH")).satisfies(d -> {
            assertThat(d.computed()).isEqualTo("2009-03-01");
            assertThat(d.due()).isEqualTo("2027-03-01");
            assertThat(d.extension().source()).contains("18MSP");
        });
        assertThat(clearance(ENGINE, "SEN").due()).isEqualTo("2026-03-01");
        // Niger: five decisions (13MSP, 14MSP, 15MSP, 18MSP, Fifth Review Conference), the last one applies.
        assertThat(history("NER")).containsExactly("2013-12-05 2015-12-31", "2015-12-04 2016-12-31",
                "2016-12-01 2020-12-31", "2020-11-20 2024-12-31", "2024-11-29 2029-12-31");
        assertThat(clearance(ENGINE, "NER").due()).isEqualTo("2029-12-31");
        // Chad: the Fourth Review Conference (Oslo, 2019) set 1 Jan 2025.
        assertThat(clearance(ENGINE, "TCD")).satisfies(d -> {
            assertThat(d.computed()).isEqualTo("2009-11-01");
            assertThat(d.due()).isEqualTo("2025-01-01");
            assertThat(d.extension().source()).startsWith("APMBC Fourth Review Conference (Oslo, 25-29 Nov 2019)");
        });
        // CCM Art. 4: Chad's interim extension granted by the 12MSP (Sep 2024).
        Treaty ccm = TreatyRegistry.standard().byCode("CCM").orElseThrow();
        Deadline chadCcm = ENGINE.deadlines(state("TCD"), ccm).stream()
                .filter(d -> d.obligation().id().equals("clearance")).findFirst().orElseThrow();
        assertThat(chadCcm.computed()).isEqualTo("2023-09-01");
        assertThat(chadCcm.due()).isEqualTo("2026-10-01");
        assertThat(chadCcm.extension().decided()).isEqualTo("2024-09-13");
        // A state with no extension keeps the treaty's deadline.
        assertThat(clearance(ENGINE, "POL")).satisfies(d -> {
            assertThat(d.due()).isEqualTo("2023-06-01");
            assertThat(d.extensions()).isEmpty();
        });
    }

    @Test
    void decisionsFoundLater_giveTheirStatesCurrentDeadlineAndHistory() {
        // Iraq: in force 1 Feb 2008; the 16MSP (Vienna, Dec 2017) gave it ten more years.
        assertThat(clearance(ENGINE, "IRQ")).satisfies(d -> {
            assertThat(d.computed()).isEqualTo("2018-02-01");
            assertThat(d.due()).isEqualTo("2028-02-01");
            assertThat(d.extension().decided()).isEqualTo("2017-12-21");
            assertThat(d.extension().source()).startsWith("APMBC 16MSP (Vienna, 18-21 Dec 2017) decision on Iraq's");
        });
        // Cambodia: three decisions, the 22MSP (Geneva, Dec 2025) the latest.
        assertThat(clearance(ENGINE, "KHM").computed()).isEqualTo("2010-01-01");
        assertThat(clearance(ENGINE, "KHM").due()).isEqualTo("2030-12-31");
        assertThat(history("KHM")).containsExactly("2009-12-04 2020-01-01", "2019-11-29 2025-12-31", "2025-12-05 2030-12-31");
        // Yemen: 9MSP, Third and Fourth Review Conferences, 20MSP.
        assertThat(history("YEM")).containsExactly(
                "2008-11-28 2015-03-01", "2014-06-27 2020-03-01", "2019-11-29 2023-03-01", "2022-11-25 2028-03-01");
        // The Democratic Republic of the Congo: the Third Review Conference's decision now sits between the other two.
        assertThat(history("COD")).containsExactly(
                "2011-12-02 2015-01-01", "2014-06-27 2021-01-01", "2020-11-20 2022-07-01");
        // CCM Art. 4: Germany's deadline (Wittstock) moved by the CCM 9MSP.
        Treaty ccm = TreatyRegistry.standard().byCode("CCM").orElseThrow();
        Deadline germany = ENGINE.deadlines(state("DEU"), ccm).stream()
                .filter(d -> d.obligation().id().equals("clearance")).findFirst().orElseThrow();
        assertThat(germany.computed()).isEqualTo("2020-08-01");
        assertThat(germany.due()).isEqualTo("2025-08-01");
        assertThat(germany.extension().source()).startsWith("CCM 9MSP (Geneva, 2-4 Sep 2019)");
    }

    @Test
    void timeline_showsEachDecisionOnItsDayAndTheDeadlineItSet() {
        List<String> lines = ENGINE.timeline(state("UKR"), APMBC).stream()
                .filter(e -> e instanceof Event.DeadlineExtended || e.summary().contains("mined areas"))
                .map(e -> e.date() + " " + e.summary()).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("2018-11-30 deadline extended: destroy all anti-personnel mines in mined areas (APMBC Art. 5(1)) to 2021-06-01, by APMBC 17MSP");
        assertThat(lines.get(1)).startsWith("2020-11-20 deadline extended: destroy all anti-personnel mines in mined areas (APMBC Art. 5(1)) to 2023-12-01, by APMBC 18MSP");
        assertThat(lines.get(2)).startsWith("2023-11-24 deadline extended: destroy all anti-personnel mines in mined areas (APMBC Art. 5(1)) to 2033-12-01, by APMBC 21MSP");
        assertThat(lines.get(3)).startsWith("2033-12-01 deadline: destroy all anti-personnel mines in mined areas (APMBC Art. 5(1)), extended (the treaty's deadline was 2016-06-01; latest decision 2023-11-24)");
        // Decisions are not status changes: the answer's events leave them out.
        assertThat(ENGINE.status(state("UKR"), APMBC, LocalDate.parse("2026-01-01")).events())
                .noneMatch(e -> e instanceof Event.DeadlineExtended);
    }

    @Test
    void shippedRows_passEveryCheck() {
        assertThat(ENGINE.data().extensions()).hasSizeGreaterThanOrEqualTo(64);
        assertThat(ExtensionCheck.problems(ENGINE)).isEmpty();
    }

    @Test
    void check_namesEachBadRow() {
        List<ObligationExtension> rows = new ArrayList<>(ENGINE.data().extensions());
        // Finland joined in 2011 (in force 1 Jul 2012): not a party in 2005.
        rows.add(new ObligationExtension("APMBC", "FIN", "clearance", LocalDate.parse("2030-01-01"), LocalDate.parse("2005-11-30"), "constructed"));
        // Poland's clearance deadline is 1 Jun 2023 by the treaty (it has no extension): an "extension" to 2020 moves it earlier.
        rows.add(new ObligationExtension("APMBC", "POL", "clearance", LocalDate.parse("2020-01-01"), LocalDate.parse("2015-12-04"), "constructed"));
        // Ukraine's rows end with the 2023 decision: a 2019 one after it is out of order.
        rows.add(new ObligationExtension("APMBC", "UKR", "clearance", LocalDate.parse("2040-01-01"), LocalDate.parse("2019-11-29"), "constructed"));
        StatusEngine engine = StatusEngine.of(ReferenceData.defaults().withExtensions(rows));
        assertThat(ExtensionCheck.problems(engine)).containsExactly(
                "APMBC FIN clearance decided 2005-11-30: FIN was NOT_SIGNED on that day, not a party in force",
                "APMBC POL clearance decided 2015-12-04: new deadline 2020-01-01 is not after the one it replaces, 2023-06-01",
                "APMBC UKR clearance decided 2019-11-29: listed after the decision of 2023-11-24; decisions go oldest first");
    }
}
