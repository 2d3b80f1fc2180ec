package org.treatywatch.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatywatch.core.participation.ArmedConflict;
import org.treatywatch.core.participation.Instrument;
import org.treatywatch.core.participation.ObligationExtension;
import org.treatywatch.core.participation.Participation;
import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.core.state.State;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.core.treaty.Treaty;
import org.treatywatch.core.treaty.TreatyRegistry;

class StatusEngineTest {
    private static final StatusEngine ENGINE = StatusEngine.defaults();
    private static final Treaty APMBC = TreatyRegistry.standard().byCode("APMBC").orElseThrow();
    private static final Treaty CCM = TreatyRegistry.standard().byCode("CCM").orElseThrow();

    private static State state(String alpha3) {
        return StateRegistry.standard().byAlpha3(alpha3).orElseThrow();
    }

    private static StatusAnswer status(String alpha3, Treaty treaty, String on) {
        return ENGINE.status(state(alpha3), treaty, LocalDate.parse(on));
    }

    @ParameterizedTest(name = "{0} {1} on {2}: {3} since {4}")
    @CsvSource({
        // The five 2025 APMBC withdrawals: received, then six months later effective.
        "EST, APMBC, 2025-06-26, PARTY, 2004-11-01",
        "EST, APMBC, 2025-06-27, WITHDRAWING, 2025-06-27",
        "EST, APMBC, 2025-12-26, WITHDRAWING, 2025-06-27",
        "EST, APMBC, 2025-12-27, WITHDRAWN, 2025-12-27",
        "LVA, APMBC, 2025-12-27, WITHDRAWN, 2025-12-27",
        "LTU, APMBC, 2025-12-26, WITHDRAWING, 2025-06-27",
        "LTU, APMBC, 2025-12-27, WITHDRAWN, 2025-12-27",
        "FIN, APMBC, 2025-07-09, PARTY, 2012-07-01",
        "FIN, APMBC, 2026-01-09, WITHDRAWING, 2025-07-10",
        "FIN, APMBC, 2026-01-10, WITHDRAWN, 2026-01-10",
        "POL, APMBC, 2026-02-19, WITHDRAWING, 2025-08-20",
        "POL, APMBC, 2026-02-20, WITHDRAWN, 2026-02-20",
        // Lithuania, the first state ever to leave the CCM.
        "LTU, CCM, 2024-09-05, PARTY, 2011-09-01",
        "LTU, CCM, 2024-09-06, WITHDRAWING, 2024-09-06",
        "LTU, CCM, 2025-03-05, WITHDRAWING, 2024-09-06",
        "LTU, CCM, 2025-03-06, WITHDRAWN, 2025-03-06",
        // Joiners of 2025: Marshall Islands signed in 1997, ratified 12 Mar 2025, in force 1 Sep 2025.
        "MHL, APMBC, 2025-03-11, SIGNATORY, 1997-12-04",
        "MHL, APMBC, 2025-03-12, JOINING, 2025-03-12",
        "MHL, APMBC, 2025-09-01, PARTY, 2025-09-01",
        "TON, APMBC, 2025-06-24, NOT_SIGNED, ",
        "TON, APMBC, 2025-06-25, JOINING, 2025-06-25",
        "VUT, CCM, 2026-03-01, PARTY, 2026-03-01",
        // Never signed.
        "RUS, APMBC, 2026-03-01, NOT_SIGNED, ",
        "USA, CCM, 2026-03-01, NOT_SIGNED, ",
        // A CCM signatory that never ratified.
        "IDN, CCM, 2026-03-01, SIGNATORY, 2008-12-03",
    })
    void status_followsTheDataAndTheTreatyRules(String alpha3, String treaty, String on, StatusCode code, LocalDate since) {
        StatusAnswer a = status(alpha3, TreatyRegistry.standard().byCode(treaty).orElseThrow(), on);
        assertThat(a.code()).isEqualTo(code);
        assertThat(a.since()).isEqualTo(since);
    }

    @Test
    void issueExample_balticsFinlandPolandUkraineOnFirstMarch2026() {
        // ./treatywatch status --treaty APMBC --on 2026-03-01 LTU LVA EST FIN POL UKR
        LocalDate on = LocalDate.parse("2026-03-01");
        assertThat(List.of("LTU", "LVA", "EST", "FIN", "POL", "UKR"))
                .map(s -> ENGINE.status(state(s), APMBC, on))
                .extracting(a -> a.state().alpha3() + " " + a.code() + " " + a.since())
                .containsExactly(
                        "LTU WITHDRAWN 2025-12-27",
                        "LVA WITHDRAWN 2025-12-27",
                        "EST WITHDRAWN 2025-12-27",
                        "FIN WITHDRAWN 2026-01-10",
                        "POL WITHDRAWN 2026-02-20",
                        "UKR PARTY 2006-06-01");
    }

    @Test
    void ukraine_staysPartyWithItsSuspensionDeclarationBesideTheStatus() {
        StatusAnswer before = status("UKR", APMBC, "2025-07-17");
        assertThat(before.declarations()).isEmpty();
        StatusAnswer after = status("UKR", APMBC, "2025-07-18");
        assertThat(after.code()).isEqualTo(StatusCode.PARTY);
        assertThat(after.declarations()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("suspension");
            assertThat(d.date()).isEqualTo("2025-07-18");
            assertThat(d.summary()).contains("Art. 62 of the Vienna Convention");
        });
        assertThat(after.events()).anySatisfy(e -> assertThat(e).isInstanceOf(Event.DeclarationMade.class));
        assertThat(after.next()).isNull();
        assertThat(ENGINE.timeline(state("UKR"), APMBC)).extracting(Event::getClass)
                .contains(Event.Signed.class, Event.InstrumentDeposited.class, Event.EnteredIntoForce.class,
                        Event.ConflictBegan.class, Event.DeclarationMade.class);
    }

    @Test
    void recordedWithdrawalDates_agreeWithTheRuleForAllSixWithdrawals() {
        assertThat(ENGINE.withdrawalDisagreements()).isEmpty();
        // And there are six withdrawals to agree about.
        assertThat(ENGINE.data().participation()).filteredOn(p -> p.withdrawalEffective() != null)
                .extracting(p -> p.treaty() + " " + p.state())
                .containsExactlyInAnyOrder("APMBC EST", "APMBC LVA", "APMBC LTU", "APMBC FIN", "APMBC POL", "CCM LTU");
    }

    @ParameterizedTest(name = "{0} on {1}: {2} parties, {3} not yet in force")
    @CsvSource({
        // The participation README's sanity figures.
        "APMBC, 2024-12-31, 164, 0",
        "APMBC, 2026-11-26, 161, 0",
        "CCM, 2024-12-31, 112, 0",
        "CCM, 2026-11-26, 112, 0",
        // Marshall Islands and Tonga had deposited but the treaty was not yet in force for them.
        "APMBC, 2025-07-01, 166, 2",
        // Lithuania's CCM withdrawal took effect on 6 Mar 2025; Vanuatu joined on 5 Sep 2025.
        "CCM, 2025-03-06, 111, 0",
        "CCM, 2025-09-05, 112, 1",
        // The eve of the APMBC's entry into force: 67 instruments deposited, none yet in force.
        "APMBC, 1999-02-28, 67, 67",
    })
    void parties_areCountedAsTheDepositaryCounts(String treaty, LocalDate on, int count, int notYetInForce) {
        Parties p = ENGINE.parties(TreatyRegistry.standard().byCode(treaty).orElseThrow(), on);
        assertThat(p.count()).isEqualTo(count);
        assertThat(p.notYetInForce()).hasSize(notYetInForce);
    }

    @Test
    void withdrawalEndingDuringAnArmedConflict_isSuspendedUntilTheDayTheConflictEnds() {
        // Constructed: Norway withdraws from the APMBC on 2030-01-15 and is engaged in an armed
        // conflict from 2030-05-01 to 2031-03-10 (end = the day it ended).
        ReferenceData data = constructed(
                new Participation("APMBC", "NOR", LocalDate.parse("1997-12-03"), Instrument.RATIFICATION,
                        LocalDate.parse("1998-07-09"), LocalDate.parse("2030-01-15"), null, "constructed"),
                List.of(new ArmedConflict("NOR", LocalDate.parse("2030-05-01"), LocalDate.parse("2031-03-10"), "constructed conflict")));
        StatusEngine engine = StatusEngine.of(data);
        State nor = state("NOR");

        StatusAnswer withdrawing = engine.status(nor, APMBC, LocalDate.parse("2030-07-14"));
        assertThat(withdrawing.code()).isEqualTo(StatusCode.WITHDRAWING);
        assertThat(withdrawing.next()).isEqualTo(new NextChange(LocalDate.parse("2030-07-15"), StatusCode.WITHDRAWAL_SUSPENDED, ""));

        StatusAnswer held = engine.status(nor, APMBC, LocalDate.parse("2030-07-15"));
        assertThat(held.code()).isEqualTo(StatusCode.WITHDRAWAL_SUSPENDED);
        assertThat(held.since()).isEqualTo("2030-07-15");
        assertThat(held.rule().citation()).isEqualTo("APMBC Art. 20(3)");
        assertThat(held.next()).isEqualTo(new NextChange(LocalDate.parse("2031-03-10"), StatusCode.WITHDRAWN, ""));
        assertThat(engine.status(nor, APMBC, LocalDate.parse("2031-03-09")).code()).isEqualTo(StatusCode.WITHDRAWAL_SUSPENDED);
        assertThat(engine.parties(APMBC, LocalDate.parse("2031-03-09")).parties()).contains(nor);

        StatusAnswer gone = engine.status(nor, APMBC, LocalDate.parse("2031-03-10"));
        assertThat(gone.code()).isEqualTo(StatusCode.WITHDRAWN);
        assertThat(gone.since()).isEqualTo("2031-03-10");
        assertThat(gone.rule().explanation()).contains("when the armed conflict that held it ended");
        assertThat(engine.parties(APMBC, LocalDate.parse("2031-03-10")).parties()).doesNotContain(nor);
        assertThat(engine.timeline(nor, APMBC)).extracting(Event::getClass).containsSubsequence(
                Event.WithdrawalReceived.class, Event.ConflictBegan.class, Event.WithdrawalPeriodEnded.class,
                Event.WithdrawalTookEffect.class);
    }

    @Test
    void withdrawalHeldByAnOngoingConflict_staysSuspendedWithNoDate() {
        ReferenceData data = constructed(
                new Participation("CCM", "NOR", LocalDate.parse("2008-12-03"), Instrument.RATIFICATION,
                        LocalDate.parse("2008-12-03"), LocalDate.parse("2030-01-15"), null, "constructed"),
                List.of(new ArmedConflict("NOR", LocalDate.parse("2029-01-01"), null, "constructed, ongoing")));
        StatusEngine engine = StatusEngine.of(data);
        StatusAnswer a = engine.status(state("NOR"), CCM, LocalDate.parse("2040-01-01"));
        assertThat(a.code()).isEqualTo(StatusCode.WITHDRAWAL_SUSPENDED);
        assertThat(a.since()).isEqualTo("2030-07-15");
        assertThat(a.next().on()).isNull();
        assertThat(a.next().to()).isEqualTo(StatusCode.WITHDRAWN);
        assertThat(a.next().condition()).contains("when the armed conflict ends");
    }

    @Test
    void conflictEndingBeforeTheSixMonths_doesNotHoldTheWithdrawal() {
        ReferenceData data = constructed(
                new Participation("APMBC", "NOR", LocalDate.parse("1997-12-03"), Instrument.RATIFICATION,
                        LocalDate.parse("1998-07-09"), LocalDate.parse("2030-01-15"), null, "constructed"),
                List.of(new ArmedConflict("NOR", LocalDate.parse("2030-02-01"), LocalDate.parse("2030-07-15"), "constructed")));
        StatusAnswer a = StatusEngine.of(data).status(state("NOR"), APMBC, LocalDate.parse("2030-07-15"));
        // The conflict ended on the day the six months ended: not engaged on that day.
        assertThat(a.code()).isEqualTo(StatusCode.WITHDRAWN);
        assertThat(a.since()).isEqualTo("2030-07-15");
    }

    @Test
    void backToBackConflicts_holdTheWithdrawalUntilTheLastOneEnds() {
        ReferenceData data = constructed(
                new Participation("APMBC", "NOR", LocalDate.parse("1997-12-03"), Instrument.RATIFICATION,
                        LocalDate.parse("1998-07-09"), LocalDate.parse("2030-01-15"), null, "constructed"),
                List.of(new ArmedConflict("NOR", LocalDate.parse("2030-06-01"), LocalDate.parse("2030-09-01"), "first"),
                        new ArmedConflict("NOR", LocalDate.parse("2030-08-15"), LocalDate.parse("2031-01-20"), "second")));
        StatusEngine engine = StatusEngine.of(data);
        StatusAnswer underFirst = engine.status(state("NOR"), APMBC, LocalDate.parse("2030-08-01"));
        assertThat(underFirst.status()).isInstanceOfSatisfying(TreatyStatus.WithdrawalSuspended.class,
                s -> assertThat(s.conflict().note()).isEqualTo("first"));
        // The hand-over from one conflict to the next is not a status change.
        assertThat(underFirst.next()).isEqualTo(new NextChange(LocalDate.parse("2031-01-20"), StatusCode.WITHDRAWN, ""));
        StatusAnswer underSecond = engine.status(state("NOR"), APMBC, LocalDate.parse("2031-01-19"));
        assertThat(underSecond.status()).isInstanceOfSatisfying(TreatyStatus.WithdrawalSuspended.class,
                s -> assertThat(s.conflict().note()).isEqualTo("second"));
        assertThat(underSecond.since()).isEqualTo("2030-07-15");
        assertThat(engine.status(state("NOR"), APMBC, LocalDate.parse("2031-01-20")).code()).isEqualTo(StatusCode.WITHDRAWN);
    }

    @Test
    void withdrawalReceivedOn31August_takesEffectOnTheLastDayOfFebruary() {
        // Constructed: six months after 31 Aug 2025 is a day February lacks; the period ends on
        // 28 Feb 2026 (WithdrawalRule explains the convention). In force from 1 Feb for a deposit
        // on 31 Aug: the day of the month does not matter for Art. 17(2).
        ReferenceData data = constructed(
                new Participation("CCM", "NOR", null, Instrument.ACCESSION, LocalDate.parse("2023-08-31"),
                        LocalDate.parse("2025-08-31"), null, "constructed"),
                List.of());
        StatusEngine engine = StatusEngine.of(data);
        State nor = state("NOR");
        assertThat(engine.status(nor, CCM, LocalDate.parse("2024-01-31")).code()).isEqualTo(StatusCode.JOINING);
        assertThat(engine.status(nor, CCM, LocalDate.parse("2024-02-01")).code()).isEqualTo(StatusCode.PARTY);
        assertThat(engine.status(nor, CCM, LocalDate.parse("2026-02-27")).code()).isEqualTo(StatusCode.WITHDRAWING);
        StatusAnswer gone = engine.status(nor, CCM, LocalDate.parse("2026-02-28"));
        assertThat(gone.code()).isEqualTo(StatusCode.WITHDRAWN);
        assertThat(gone.since()).isEqualTo("2026-02-28");
    }

    @Test
    void recordedEffectiveDate_winsOverTheRuleAndTheDisagreementIsReported() {
        // Constructed: an analyst records a conflict for Poland although its withdrawal was recorded
        // as effective on 20 Feb 2026. The recorded fact wins; the disagreement is listed.
        ReferenceData data = ReferenceData.defaults().withConflicts(List.of(
                new ArmedConflict("POL", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-05-01"), "constructed")));
        StatusEngine engine = StatusEngine.of(data);
        assertThat(engine.status(state("POL"), APMBC, LocalDate.parse("2026-02-20")).code()).isEqualTo(StatusCode.WITHDRAWN);
        assertThat(engine.withdrawalDisagreements()).containsExactly("APMBC POL: recorded 2026-02-20, rule gives 2026-05-01");
    }

    @Test
    void deadlines_countFromEntryIntoForceAndTakeTheLatestExtension() {
        // Afghanistan acceded to the APMBC on 11 Sep 2002: in force 1 Mar 2003 (the treaty's deadlines;
        // the shipped extensions move its clearance deadline, see ObligationExtensionsTest).
        List<Deadline> afg = ENGINE.deadlines(state("AFG"), APMBC);
        assertThat(afg).extracting(d -> d.obligation().id() + " " + d.computed() + " " + d.citation()).containsExactly(
                "stockpile 2007-03-01 APMBC Art. 4",
                "clearance 2013-03-01 APMBC Art. 5(1)",
                "initial_report 2003-08-28 APMBC Art. 7(1)");
        // Constructed extensions: the later decision wins.
        ReferenceData data = ReferenceData.defaults().withExtensions(List.of(
                new ObligationExtension("APMBC", "AFG", "clearance", LocalDate.parse("2023-03-01"), LocalDate.parse("2012-11-30"), "constructed"),
                new ObligationExtension("APMBC", "AFG", "clearance", LocalDate.parse("2025-03-01"), LocalDate.parse("2022-11-30"), "constructed")));
        Deadline clearance = StatusEngine.of(data).deadlines(state("AFG"), APMBC).get(1);
        assertThat(clearance.computed()).isEqualTo("2013-03-01");
        assertThat(clearance.due()).isEqualTo("2025-03-01");
        // CCM: eight years for stockpiles (Art. 3), ten for clearance (Art. 4), 180 days for the report.
        assertThat(ENGINE.deadlines(state("VUT"), CCM)).extracting(Deadline::due)
                .containsExactly(LocalDate.parse("2034-03-01"), LocalDate.parse("2036-03-01"), LocalDate.parse("2026-08-28"));
    }

    @Test
    void deadlines_afterAWithdrawalTookEffect_noLongerBind() {
        // Finland: in force 1 Jul 2012; clearance due 1 Jul 2022 (before the withdrawal), all bound;
        // constructed extension to 2030 is ended by the 10 Jan 2026 withdrawal.
        ReferenceData data = ReferenceData.defaults().withExtensions(List.of(
                new ObligationExtension("APMBC", "FIN", "clearance", LocalDate.parse("2030-07-01"), LocalDate.parse("2021-11-20"), "constructed")));
        StatusEngine engine = StatusEngine.of(data);
        assertThat(engine.deadlines(state("FIN"), APMBC)).extracting(d -> d.obligation().id() + " " + d.endedByWithdrawal())
                .containsExactly("stockpile false", "clearance true", "initial_report false");
        assertThat(engine.timeline(state("FIN"), APMBC)).filteredOn(e -> e instanceof Event.ObligationDue).hasSize(2);
    }

    @Test
    void answer_citesTheArticleAndListsTheEventsThatLedToIt() {
        StatusAnswer a = status("POL", APMBC, "2026-03-01");
        assertThat(a.rule().citation()).isEqualTo("APMBC Art. 20(3)");
        assertThat(a.rule().explanation()).contains("2025-08-20", "2026-02-20");
        assertThat(a.events()).extracting(Event::date).containsExactly(
                LocalDate.parse("1997-12-04"), LocalDate.parse("2012-12-27"), LocalDate.parse("2013-06-01"),
                LocalDate.parse("2025-08-20"), LocalDate.parse("2026-02-20"));
        StatusAnswer joining = status("MHL", APMBC, "2025-04-01");
        assertThat(joining.rule().citation()).isEqualTo("APMBC Art. 17(2)");
        assertThat(joining.next()).isEqualTo(new NextChange(LocalDate.parse("2025-09-01"), StatusCode.PARTY, ""));
        StatusAnswer withdrawing = status("POL", APMBC, "2025-09-01");
        assertThat(withdrawing.next()).isEqualTo(new NextChange(LocalDate.parse("2026-02-20"), StatusCode.WITHDRAWN,
                "unless the state is then engaged in an armed conflict"));
    }

    @Test
    void statusOfAll_coversEveryCurrentStateOnce() {
        List<StatusAnswer> all = ENGINE.statusOfAll(APMBC, LocalDate.parse("2026-11-26"));
        assertThat(all).hasSize(197);
        assertThat(all).filteredOn(a -> a.code().countedAsParty()).hasSize(161);
        assertThat(all).filteredOn(a -> a.code() == StatusCode.WITHDRAWN).hasSize(5);
    }

    private static ReferenceData constructed(Participation row, List<ArmedConflict> conflicts) {
        ReferenceData d = ReferenceData.defaults();
        List<Participation> rows = new java.util.ArrayList<>(d.participation().stream()
                .filter(p -> !(p.treaty().equals(row.treaty()) && p.state().equals(row.state()))).toList());
        rows.add(row);
        return d.withParticipation(rows).withConflicts(conflicts);
    }
}
