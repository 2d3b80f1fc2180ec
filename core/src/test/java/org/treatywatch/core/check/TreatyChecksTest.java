package org.treatywatch.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.participation.ObligationExtension;
import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.core.status.StatusCode;
import org.treatywatch.core.status.StatusEngine;

class TreatyChecksTest {
    private static final TreatyChecks CHECKS = TreatyChecks.defaults();
    private static final LocalDate AS_OF = LocalDate.parse("2026-12-02");
    private static final EvidenceRef EVIDENCE = new EvidenceRef("doc-1", 7L, new Evidence(0, 4, "text"));

    private static ReportedAct act(ClaimType type, String actor, Weapon weapon, Modality modality, String date) {
        return new ReportedAct(type, actor, null, weapon, null, modality, null, null, LocalDate.parse(date),
                LocalDate.parse(date), List.of(EVIDENCE));
    }

    private static ReportedAct treatyAct(ClaimType type, String actor, String treaty, Modality modality, Stage stage,
            String date) {
        return new ReportedAct(type, actor, treaty, null, null, modality, stage, null, LocalDate.parse(date),
                LocalDate.parse(date), List.of(EVIDENCE));
    }

    private static List<Finding> check(ReportedAct act) {
        return CHECKS.check(act, AS_OF);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} on {4}: {5}")
    @CsvSource({
        // Parties in force: Ukraine, Finland before its withdrawal; each act Art. 1 bans.
        "USE, UKR, AP_MINE, FACT, 2022-09-30, PARTY",
        "USE, UKR, AP_MINE, ALLEGED, 2023-01-31, PARTY",
        "PRODUCTION, FIN, AP_MINE, FACT, 2024-06-01, PARTY",
        "PROCUREMENT, POL, AP_MINE, FACT, 2025-01-15, PARTY",
        // Withdrawing: bound until the withdrawal takes effect (Lithuania: 2025-12-27).
        "PRODUCTION, LTU, AP_MINE, FACT, 2025-12-26, WITHDRAWING",
        // Signed, then deposited, not yet in force: VCLT Art. 18.
        "USE, MHL, AP_MINE, FACT, 2025-03-11, SIGNATORY",
        "USE, TON, AP_MINE, FACT, 2025-07-01, JOINING",
        // Cluster munitions under the CCM.
        "USE, LTU, CLUSTER_MUNITION, FACT, 2024-01-10, PARTY",
        "PRODUCTION, CYP, CLUSTER_MUNITION, FACT, 2024-01-10, SIGNATORY",
    })
    void aBoundStateReportedDoingWhatTheTreatyBansIsAFinding(
            ClaimType type, String actor, Weapon weapon, Modality modality, String date, StatusCode status) {
        List<Finding> findings = check(act(type, actor, weapon, modality, date));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.PROHIBITED_ACT);
            assertThat(f.state()).isEqualTo(actor);
            assertThat(f.treaty()).isEqualTo(weapon == Weapon.AP_MINE ? "APMBC" : "CCM");
            assertThat(f.article()).startsWith(f.treaty() + " Art. 1");
            assertThat(f.article().contains("VCLT Art. 18"))
                    .isEqualTo(status == StatusCode.SIGNATORY || status == StatusCode.JOINING);
            assertThat(f.answer().code()).isEqualTo(status);
            assertThat(f.answer().on()).isEqualTo(date);
            assertThat(f.evidence()).containsExactly(EVIDENCE);
        });
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} on {4}")
    @CsvSource({
        // Not parties: Russia, the United States.
        "USE, RUS, AP_MINE, FACT, 2024-05-01",
        "PRODUCTION, USA, AP_MINE, FACT, 2024-05-01",
        // Withdrawals in effect: Lithuania from 2025-12-27, Poland from 2026-02-20; Lithuania left the CCM on 2025-03-06.
        "PRODUCTION, LTU, AP_MINE, FACT, 2025-12-27",
        "PRODUCTION, POL, AP_MINE, FACT, 2026-03-01",
        "PROCUREMENT, LTU, CLUSTER_MUNITION, FACT, 2025-04-01",
        // Plans, possibilities and denials are not acts.
        "PRODUCTION, LTU, AP_MINE, PLANNED, 2025-08-01",
        "PRODUCTION, FIN, AP_MINE, POSSIBLE, 2025-08-01",
        "USE, UKR, AP_MINE, NEGATED, 2023-01-31",
        // Weapons neither treaty bans; destruction is what the treaties ask for.
        "USE, UKR, AT_MINE, FACT, 2023-01-31",
        "DESTRUCTION, UKR, AP_MINE, FACT, 2023-01-31",
        // Unknown to the record: no finding rather than a guess.
        "USE, XKX, AP_MINE, FACT, 2023-01-31",
    })
    void nearMissesOfTheBanAreNoFinding(ClaimType type, String actor, Weapon weapon, Modality modality, String date) {
        assertThat(check(act(type, actor, weapon, modality, date))).isEmpty();
    }

    @Test
    void aTransferChecksTheGiverAndTheRecipientWhoAcquires() {
        // The United States (not a party) sends mines to Ukraine (a party): Ukraine's acquisition is the finding.
        ReportedAct toUkraine = new ReportedAct(ClaimType.TRANSFER, "USA", null, Weapon.AP_MINE, "UKR", Modality.FACT,
                null, null, LocalDate.parse("2024-12-15"), LocalDate.parse("2024-12-15"), List.of(EVIDENCE));
        assertThat(check(toUkraine)).singleElement().satisfies(f -> {
            assertThat(f.state()).isEqualTo("UKR");
            assertThat(f.kind()).isEqualTo(FindingKind.PROHIBITED_ACT);
            assertThat(f.reason()).contains("Ukraine is reported acquiring anti-personnel mines delivered by United States");
        });
        // Finland (a party) sends mines to Ukraine: both.
        ReportedAct fromFinland = new ReportedAct(ClaimType.TRANSFER, "FIN", null, Weapon.AP_MINE, "UKR",
                Modality.ALLEGED, null, "RUS", LocalDate.parse("2024-12-15"), LocalDate.parse("2024-12-15"),
                List.of(EVIDENCE));
        List<Finding> both = check(fromFinland);
        assertThat(both).extracting(Finding::state).containsExactly("FIN", "UKR");
        assertThat(both.get(0).reason()).startsWith("Finland is accused (by Russia) of transferring"
                + " anti-personnel mines to Ukraine on or by 2024-12-15");
    }

    @Test
    void theReasonSaysWhyInPlainWords() {
        Finding f = check(act(ClaimType.PRODUCTION, "LTU", Weapon.AP_MINE, Modality.FACT, "2025-11-10")).get(0);
        assertThat(f.reason()).isEqualTo("Lithuania is reported producing anti-personnel mines on or by 2025-11-10;"
                + " the APMBC record shows it then a State Party withdrawing (instrument received 2025-06-27, effective"
                + " 2025-12-27 at the earliest), bound by APMBC Art. 1 until the withdrawal takes effect.");
    }

    @Test
    void stocksAfterTheDeadlineAreAFindingAndStocksWithinItAreNot() {
        // Ukraine: in force 2006-06-01, stockpile destruction due 2010-06-01 (Art. 4).
        Finding f = check(act(ClaimType.STOCKPILE, "UKR", Weapon.AP_MINE, Modality.FACT, "2024-11-20")).get(0);
        assertThat(f.kind()).isEqualTo(FindingKind.STOCKS_AFTER_DEADLINE);
        assertThat(f.article()).isEqualTo("APMBC Art. 4");
        assertThat(f.reason()).contains("was due on 2010-06-01").contains("Art. 3");
        assertThat(f.answer().code()).isEqualTo(StatusCode.PARTY);
        // Tonga: in force 2025-12-01, due 2029-12-01.
        assertThat(check(act(ClaimType.STOCKPILE, "TON", Weapon.AP_MINE, Modality.FACT, "2026-02-01"))).isEmpty();
        // Finland after its withdrawal took effect; Russia never joined; Ukraine's stocks planned or denied.
        assertThat(check(act(ClaimType.STOCKPILE, "FIN", Weapon.AP_MINE, Modality.FACT, "2026-03-01"))).isEmpty();
        assertThat(check(act(ClaimType.STOCKPILE, "RUS", Weapon.AP_MINE, Modality.FACT, "2024-11-20"))).isEmpty();
        assertThat(check(act(ClaimType.STOCKPILE, "UKR", Weapon.AP_MINE, Modality.NEGATED, "2024-11-20"))).isEmpty();
        assertThat(check(act(ClaimType.STOCKPILE, "UKR", Weapon.AP_MINE, Modality.PLANNED, "2024-11-20"))).isEmpty();
    }

    @Test
    void anExtensionTheEngineKnowsMovesTheStockpileDeadline() {
        ReferenceData data = ReferenceData.defaults().withExtensions(List.of(new ObligationExtension(
                "APMBC", "UKR", "stockpile", LocalDate.parse("2027-06-01"), LocalDate.parse("2023-11-24"), "test")));
        TreatyChecks extended = TreatyChecks.of(StatusEngine.of(data));
        assertThat(extended.check(act(ClaimType.STOCKPILE, "UKR", Weapon.AP_MINE, Modality.FACT, "2024-11-20"), AS_OF))
                .isEmpty();
        Finding late = extended.check(act(ClaimType.STOCKPILE, "UKR", Weapon.AP_MINE, Modality.FACT, "2027-06-02"),
                AS_OF).get(0);
        assertThat(late.reason()).contains("was due on 2010-06-01, extended on 2023-11-24 to 2027-06-01");
    }

    @Test
    void ukrainesSuspensionReportedAsAWithdrawalContradictsTheRecord() {
        Finding f = check(treatyAct(ClaimType.WITHDRAWAL, "UKR", "APMBC", Modality.FACT, null, "2025-07-20")).get(0);
        assertThat(f.kind()).isEqualTo(FindingKind.STATUS_CONTRADICTS_RECORD);
        assertThat(f.article()).isEqualTo("APMBC Art. 20(3)");
        assertThat(f.answer().code()).isEqualTo(StatusCode.PARTY);
        assertThat(f.reason()).contains("no instrument of withdrawal received")
                .contains("declared a suspension on 2025-07-18");
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} on {5}: {6}")
    @CsvSource({
        // Has left: the record agrees once an instrument is in; "left" with EFFECTIVE needs the effect.
        "WITHDRAWAL, EST, APMBC, FACT, , 2026-01-05, ",
        "WITHDRAWAL, EST, APMBC, FACT, , 2025-08-01, ",
        "WITHDRAWAL, EST, APMBC, FACT, NOTIFIED, 2025-08-01, ",
        "WITHDRAWAL, EST, APMBC, FACT, EFFECTIVE, 2025-08-01, STATUS_CONTRADICTS_RECORD",
        "WITHDRAWAL, EST, APMBC, FACT, EFFECTIVE, 2025-12-27, ",
        "WITHDRAWAL, RUS, APMBC, FACT, , 2025-08-01, STATUS_CONTRADICTS_RECORD",
        "WITHDRAWAL, CYP, CCM, FACT, , 2025-08-01, STATUS_CONTRADICTS_RECORD",
        "WITHDRAWAL, EST, APMBC, NEGATED, , 2026-03-01, STATUS_CONTRADICTS_RECORD",
        "WITHDRAWAL, FIN, APMBC, NEGATED, , 2024-03-01, ",
        "WITHDRAWAL, UKR, APMBC, ALLEGED, , 2025-07-20, ",
        "WITHDRAWAL, UKR, APMBC, POSSIBLE, , 2025-03-20, ",
        // Is a party / is not one.
        "ACCESSION, LTU, APMBC, FACT, , 2026-01-10, STATUS_CONTRADICTS_RECORD",
        "ACCESSION, LTU, APMBC, FACT, , 2025-01-10, ",
        "ACCESSION, FIN, APMBC, NEGATED, , 2024-03-01, STATUS_CONTRADICTS_RECORD",
        "ACCESSION, FIN, APMBC, NEGATED, , 2026-03-01, ",
        "ACCESSION, RUS, APMBC, NEGATED, , 2024-03-01, ",
        // Joined: not in the record; a parliament's vote is not a deposit.
        "ACCESSION, ARM, APMBC, FACT, NOTIFIED, 2026-11-20, JOINING_NOT_IN_RECORD",
        "ACCESSION, ARM, APMBC, FACT, , 2026-11-20, JOINING_NOT_IN_RECORD",
        "ACCESSION, MHL, APMBC, FACT, , 2025-03-01, JOINING_NOT_IN_RECORD",
        "ACCESSION, CYP, CCM, FACT, NOTIFIED, 2026-11-20, JOINING_NOT_IN_RECORD",
        "ACCESSION, ARM, APMBC, FACT, APPROVED, 2026-11-20, ",
        "ACCESSION, ARM, APMBC, PLANNED, , 2026-11-20, ",
        "ACCESSION, TON, APMBC, FACT, NOTIFIED, 2025-06-30, ",
        "ACCESSION, MHL, APMBC, FACT, , 2025-03-12, ",
        "ACCESSION, VUT, CCM, FACT, , 2025-09-10, ",
    })
    void whatAReportSaysOfAStatusAgainstTheRecord(ClaimType type, String actor, String treaty, Modality modality,
            Stage stage, String date, FindingKind expected) {
        List<Finding> findings = check(treatyAct(type, actor, treaty, modality, stage, date));
        if (expected == null) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(expected);
                assertThat(f.treaty()).isEqualTo(treaty);
                assertThat(f.answer().on()).isEqualTo(date);
            });
        }
    }

    @Test
    void joiningNotInTheRecordCitesTheArticleOnInstruments() {
        Finding f = check(treatyAct(ClaimType.ACCESSION, "CYP", "CCM", Modality.FACT, Stage.NOTIFIED, "2026-11-20")).get(0);
        assertThat(f.article()).isEqualTo("CCM Art. 16");
        assertThat(f.answer().code()).isEqualTo(StatusCode.SIGNATORY);
        assertThat(f.reason()).contains("signed on 2009-09-23");
    }

    @Test
    void aWithdrawalAnnouncedLongAgoWithoutAnInstrumentIsAFinding() {
        // Ukraine's decree of 29 Jun 2025 approved withdrawal; no Art. 20 instrument followed.
        ReportedAct decree = treatyAct(ClaimType.WITHDRAWAL, "UKR", "APMBC", Modality.FACT, Stage.APPROVED, "2025-06-30");
        Finding f = CHECKS.check(decree, AS_OF).get(0);
        assertThat(f.kind()).isEqualTo(FindingKind.WITHDRAWAL_NOT_DEPOSITED);
        assertThat(f.reason()).contains("by 2026-12-02 the record shows no instrument of withdrawal received");
        // Less than six months on, it is not yet overdue.
        assertThat(CHECKS.check(decree, LocalDate.parse("2025-12-29"))).isEmpty();
        assertThat(CHECKS.check(decree, LocalDate.parse("2025-12-30"))).hasSize(1);
        // Poland's president approved on 5 Aug 2025; the instrument arrived on 20 Aug.
        assertThat(check(treatyAct(ClaimType.WITHDRAWAL, "POL", "APMBC", Modality.FACT, Stage.APPROVED, "2025-08-05")))
                .isEmpty();
        // A plan for a date still to come counts from that date.
        ReportedAct planned = new ReportedAct(ClaimType.WITHDRAWAL, "UKR", "APMBC", null, null, Modality.PLANNED, null,
                null, LocalDate.parse("2026-09-01"), LocalDate.parse("2025-06-30"), List.of(EVIDENCE));
        assertThat(check(planned)).isEmpty();
        assertThat(CHECKS.check(planned, LocalDate.parse("2027-03-01"))).hasSize(1);
        // Considering it is no announcement.
        assertThat(check(treatyAct(ClaimType.WITHDRAWAL, "UKR", "APMBC", Modality.POSSIBLE, null, "2025-03-01")))
                .isEmpty();
    }

    @ParameterizedTest(name = "when {0} reported {1}: {2}")
    @CsvSource({
        "2022-09-30, 2023-01-31, 2022-09-30",
        "2022, 2023-01-31, 2022-12-31",
        "2023, 2023-01-31, 2023-01-31",
        "2026, 2025-11-10, 2026-01-01",
        "2025-11, 2025-11-10, 2025-11-10",
        "2025-10, 2025-11-10, 2025-10-31",
        ", 2025-11-10, 2025-11-10",
    })
    void anActsDateFollowsTheClaimsWhenAndTheReport(String when, String reported, String expected) {
        assertThat(ReportedAct.actDate(when, LocalDate.parse(reported))).isEqualTo(expected);
    }

    @Test
    void anActNeedsItsEvidenceAndItsTreatyOrWeapon() {
        assertThatThrownBy(() -> new ReportedAct(ClaimType.USE, "UKR", null, Weapon.AP_MINE, null, Modality.FACT, null,
                null, AS_OF, AS_OF, List.of())).hasMessageContaining("evidence");
        assertThatThrownBy(() -> new ReportedAct(ClaimType.USE, "UKR", null, null, null, Modality.FACT, null,
                null, AS_OF, AS_OF, List.of(EVIDENCE))).hasMessageContaining("needs a weapon");
        assertThatThrownBy(() -> new ReportedAct(ClaimType.WITHDRAWAL, "UKR", null, null, null, Modality.FACT, null,
                null, AS_OF, AS_OF, List.of(EVIDENCE))).hasMessageContaining("needs a treaty");
    }

    @Test
    void aMalformedBansLineNamesItsLine() {
        assertThatThrownBy(() -> Ban.parse(new BufferedReader(new StringReader("# comment\nAPMBC\tAP_MINE\n"))))
                .hasMessage("bans.tsv:2: expected 5 tab-separated fields, got 2");
        assertThat(Ban.standard()).extracting(Ban::treaty).containsExactly("APMBC", "CCM");
    }
}
