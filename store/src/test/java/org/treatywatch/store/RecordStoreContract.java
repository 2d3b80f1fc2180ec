package org.treatywatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.notice.Notice;
import org.treatywatch.core.notice.NoticeAction;
import org.treatywatch.core.participation.Participation;
import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.core.record.RecordHistory;
import org.treatywatch.core.record.RecordKind;
import org.treatywatch.core.status.StatusCode;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.store.reference.ParticipationRow;
import org.treatywatch.store.reference.RecordChanges;
import org.treatywatch.store.reference.StoredReferenceData;

/**
 * The record's history and notices proposed, then confirmed (issue 12), on each database:
 * {@link SqliteRecordStoreTest} on an SQLite file, {@link PostgresRecordStoreTest} on a real
 * PostgreSQL server.
 */
abstract class RecordStoreContract {
    static final Notice LTU_WITHDRAWAL = new Notice("C.N.301.2025.TREATIES-XXVI.5", LocalDate.of(2025, 6, 27), "APMBC", "LTU",
            NoticeAction.WITHDRAWAL, LocalDate.of(2025, 6, 27), LocalDate.of(2025, 12, 27), "", "ltu.txt");

    Store store;

    abstract String newLocation();

    @BeforeEach
    void open() {
        store = Stores.open(newLocation());
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The shipped data as they stood before Lithuania's APMBC withdrawal. */
    static ReferenceData beforeLithuaniaLeft() {
        ReferenceData d = ReferenceData.defaults();
        List<Participation> rows = new ArrayList<>(d.participation());
        Participation ltu = d.participation("APMBC", "LTU").orElseThrow();
        rows.remove(ltu);
        rows.add(new Participation("APMBC", "LTU", ltu.signed(), ltu.instrument(), ltu.deposited(), null, null, ""));
        return d.withParticipation(rows);
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    static StatusCode status(ReferenceData data, String state, String treaty, LocalDate on) {
        StatusEngine e = StatusEngine.of(data);
        return e.status(data.states().byAlpha3(state).orElseThrow(), data.treaties().byCode(treaty).orElseThrow(), on).code();
    }

    @Test
    void shippedData_areTheFirstVersion_recordedOnTheDaysOfTheirSources() {
        assertThat(StoredReferenceData.sync(store)).isTrue();
        ReferenceData shipped = ReferenceData.defaults();
        ReferenceData latest = StoredReferenceData.asKnownOn(store, LocalDate.of(2200, 1, 1));
        assertThat(new HashSet<>(latest.participation())).isEqualTo(new HashSet<>(shipped.participation()));
        assertThat(latest.conflicts()).isEqualTo(shipped.conflicts());
        assertThat(latest.declarations()).isEqualTo(shipped.declarations());
        // Lithuania's instrument of withdrawal was received on 2025-06-27: known from that day
        LocalDate july = LocalDate.of(2025, 7, 1);
        assertThat(status(StoredReferenceData.asKnownOn(store, LocalDate.of(2025, 6, 26)), "LTU", "APMBC", july))
                .isEqualTo(StatusCode.PARTY);
        assertThat(status(StoredReferenceData.asKnownOn(store, LocalDate.of(2025, 6, 27)), "LTU", "APMBC", july))
                .isEqualTo(StatusCode.WITHDRAWING);
        // Ukraine's "suspension" is known from 2025-07-18, and never a withdrawal
        assertThat(StoredReferenceData.asKnownOn(store, LocalDate.of(2025, 7, 17)).declarations()).isEmpty();
        assertThat(StoredReferenceData.asKnownOn(store, LocalDate.of(2025, 7, 18)).declarations()).hasSize(1);
        // a second sync of the same release changes nothing
        int versions = store.records().history().versions().size();
        assertThat(StoredReferenceData.sync(store)).isFalse();
        assertThat(store.records().history().versions()).hasSize(versions);
        assertThat(store.records().history().versions()).allMatch(v -> v.recordedBy().equals(RecordHistory.SEED));
    }

    @Test
    void withdrawalNotifiedOneDay_recordedTwoDaysLater_isKnownFromTheDayItWasRecorded() {
        StoredReferenceData.sync(store, beforeLithuaniaLeft());
        long version = store.referenceDataVersion();
        RecordChanges.Outcome o = RecordChanges.propose(store, LTU_WITHDRAWAL, "ana", at("2025-06-28T09:00:00Z"));
        assertThat(o.proposed()).isTrue();
        assertThat(o.change().summary()).isEqualTo("Lithuania: PARTY -> WITHDRAWING from 2025-06-27, WITHDRAWN on 2025-12-27");
        // proposing changes nothing in the record
        assertThat(StoredReferenceData.load(store).participation("APMBC", "LTU").orElseThrow().withdrawalDeposited()).isNull();

        StoredChange done = RecordChanges.confirm(store, o.change().id(), "bo", at("2025-06-29T15:30:00Z"), "checked on the UNTC page");
        assertThat(done.status()).isEqualTo(StoredChange.Status.CONFIRMED);
        assertThat(done.decidedBy()).isEqualTo("bo");
        assertThat(store.referenceDataVersion()).isGreaterThan(version);
        LocalDate july = LocalDate.of(2025, 7, 1);
        assertThat(status(StoredReferenceData.load(store), "LTU", "APMBC", july)).isEqualTo(StatusCode.WITHDRAWING);
        assertThat(store.participation().stream().filter(r -> r.state().equals("LTU") && r.treaty().equals("APMBC"))
                .findFirst().orElseThrow().withdrawalDeposited()).isEqualTo(LocalDate.of(2025, 6, 27));
        assertThat(status(StoredReferenceData.asKnownOn(store, LocalDate.of(2025, 6, 28)), "LTU", "APMBC", july))
                .isEqualTo(StatusCode.PARTY);
        assertThat(status(StoredReferenceData.asKnownOn(store, LocalDate.of(2025, 6, 29)), "LTU", "APMBC", july))
                .isEqualTo(StatusCode.WITHDRAWING);
        assertThat(store.records().audit(done.id())).extracting(AuditEntry::action, AuditEntry::analyst)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReviewAction.ADD, "ana"),
                        org.assertj.core.groups.Tuple.tuple(ReviewAction.ACCEPT, "bo"));
        assertThat(store.records().audit(done.id()).getLast().reason()).isEqualTo("checked on the UNTC page");
        assertThat(store.records().history().versions()).filteredOn(v -> v.source().equals(LTU_WITHDRAWAL.reference()))
                .singleElement().satisfies(v -> {
                    assertThat(v.recordedBy()).isEqualTo("bo");
                    assertThat(v.recordedAt()).isEqualTo(at("2025-06-29T15:30:00Z"));
                });

        RecordChanges.Outcome again = RecordChanges.propose(store, LTU_WITHDRAWAL, "ana", Instant.now());
        assertThat(again.proposed()).isFalse();
        assertThat(again.message()).contains("seen before").contains("confirmed");
        assertThatThrownBy(() -> RecordChanges.confirm(store, done.id(), "bo", Instant.now(), null))
                .isInstanceOf(StoreException.class).hasMessageContaining("already confirmed");
    }

    @Test
    void declarationAndObjection_goToTheDeclarations_neverToWithdrawal() {
        StoredReferenceData.sync(store);
        Notice objection = new Notice("C.N.410.2025.TREATIES-XXVI.5", LocalDate.of(2025, 9, 3), "APMBC", "NOR",
                NoticeAction.OBJECTION, LocalDate.of(2025, 9, 2), null,
                "The Government of Norway objects to the declaration of suspension made by Ukraine.", "nor.txt");
        RecordChanges.Outcome o = RecordChanges.propose(store, objection, "ana", at("2025-09-04T08:00:00Z"));
        assertThat(o.change().kind()).isEqualTo(RecordKind.DECLARATION);
        assertThat(o.change().summary()).startsWith("Norway: PARTY -> PARTY").contains("declared objection 2025-09-02");
        RecordChanges.confirm(store, o.change().id(), "bo", at("2025-09-05T08:00:00Z"), null);
        ReferenceData now = StoredReferenceData.load(store);
        assertThat(now.declarations()).extracting(d -> d.state() + " " + d.kind()).contains("NOR objection", "UKR suspension");
        assertThat(status(now, "NOR", "APMBC", LocalDate.of(2025, 10, 1))).isEqualTo(StatusCode.PARTY);
        assertThat(StoredReferenceData.asKnownOn(store, LocalDate.of(2025, 9, 4)).declarations())
                .extracting(d -> d.state()).containsExactly("UKR");

        Notice suspension = new Notice("C.N.325.2025.TREATIES-XXVI.5", LocalDate.of(2025, 7, 18), "APMBC", "UKR",
                NoticeAction.DECLARATION, LocalDate.of(2025, 7, 18), null,
                "Ukraine suspends the operation of the Convention.", "ukr.txt");
        RecordChanges.Outcome u = RecordChanges.propose(store, suspension, "ana", Instant.now());
        assertThat(u.proposed()).isFalse();
        assertThat(u.message()).contains("already says this").contains("PARTY -> PARTY");
        assertThat(status(StoredReferenceData.load(store), "UKR", "APMBC", LocalDate.of(2025, 8, 1))).isEqualTo(StatusCode.PARTY);
    }

    @Test
    void rejectedChange_leavesTheRecord_andSaysWhoAndWhy() {
        StoredReferenceData.sync(store, beforeLithuaniaLeft());
        StoredChange c = RecordChanges.propose(store, LTU_WITHDRAWAL, "ana", Instant.now()).change();
        int versions = store.records().history().versions().size();
        StoredChange r = RecordChanges.reject(store, c.id(), "bo", Instant.now(), "a draft, not the notice");
        assertThat(r.status()).isEqualTo(StoredChange.Status.REJECTED);
        assertThat(store.records().history().versions()).hasSize(versions);
        assertThat(StoredReferenceData.load(store).participation("APMBC", "LTU").orElseThrow().withdrawalDeposited()).isNull();
        assertThat(store.records().audit(c.id()).getLast().reason()).isEqualTo("a draft, not the notice");
        assertThat(RecordChanges.propose(store, LTU_WITHDRAWAL, "ana", Instant.now()).message()).contains("rejected");
    }

    @Test
    void noticesThatCannotApply_proposeNothing_withAReason() {
        StoredReferenceData.sync(store);
        Notice byNonParty = new Notice("C.N.9.2026.TREATIES-XXVI.5", LocalDate.of(2026, 1, 9), "APMBC", "RUS",
                NoticeAction.WITHDRAWAL, LocalDate.of(2026, 1, 8), null, "", "rus.txt");
        RecordChanges.Outcome o = RecordChanges.propose(store, byNonParty, "ana", Instant.now());
        assertThat(o.proposed()).isFalse();
        assertThat(o.message()).contains("Russia has no instrument deposited").contains("nothing proposed");
        assertThat(store.records().changes(StoredChange.Status.PROPOSED, 10)).isEmpty();
    }

    @Test
    void analystsEdits_areVersionsRecordedByThem() {
        StoredReferenceData.sync(store);
        Instant before = Instant.now();
        ParticipationRow est = store.participation().stream().filter(r -> r.state().equals("EST") && r.treaty().equals("APMBC"))
                .findFirst().orElseThrow();
        store.saveParticipation(new ParticipationRow(est.treaty(), est.state(), est.stateName(), est.signed(), est.instrument(),
                est.deposited(), est.withdrawalDeposited(), est.withdrawalEffective(), "an analyst's note"), "ana");
        var last = store.records().history().versions().getLast();
        assertThat(last.recordedBy()).isEqualTo("ana");
        assertThat(last.key()).isEqualTo("APMBC/EST");
        assertThat(last.recordedAt()).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(((Participation) last.row()).note()).isEqualTo("an analyst's note");
        store.deleteParticipation("APMBC", "EST", "bo");
        assertThat(store.records().history().versions().getLast().removed()).isTrue();
        assertThat(store.records().history().versions().getLast().recordedBy()).isEqualTo("bo");
    }

    @Test
    void deletingAConflict_isARemovalRecordedByTheAnalyst() {
        StoredReferenceData.sync(store);
        var conflict = store.saveConflict(new org.treatywatch.store.reference.ConflictRow(0, "LTU",
                LocalDate.of(2025, 3, 1), null, "an invented conflict for the test"), "ana");
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        store.deleteConflict(conflict.id(), "bo");
        assertThat(store.conflicts()).noneMatch(c -> c.id() == conflict.id());
        var last = store.records().history().versions().getLast();
        assertThat(last.kind()).isEqualTo(RecordKind.ARMED_CONFLICT);
        assertThat(last.removed()).isTrue();
        assertThat(last.recordedBy()).isEqualTo("bo");
        assertThat(last.recordedAt()).isAfterOrEqualTo(before);
    }
}
