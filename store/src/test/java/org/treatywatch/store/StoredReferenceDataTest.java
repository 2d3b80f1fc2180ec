package org.treatywatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.core.status.StatusCode;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.store.reference.ConflictRow;
import org.treatywatch.store.reference.ParticipationRow;
import org.treatywatch.store.reference.StoredReferenceData;

/** The engine's reference data from the store: synced to each release, edited by analysts, checked row by row. */
class StoredReferenceDataTest {
    @TempDir
    Path dir;

    @Test
    void seededStore_givesTheDefaults_andAnEditChangesTheStatusAfterReopen() {
        String db = dir.resolve("ref.db").toString();
        try (Store store = Stores.open(db)) {
            assertThat(StoredReferenceData.sync(store)).isTrue();
            ReferenceData loaded = StoredReferenceData.load(store);
            assertThat(loaded.participation()).containsExactlyInAnyOrderElementsOf(ReferenceData.defaults().participation());
            assertThat(loaded.conflicts()).containsExactlyElementsOf(ReferenceData.defaults().conflicts());

            // an analyst records that Ukraine's conflict ended (an invented edit, for the test)
            ConflictRow ukr = store.conflicts().stream().filter(c -> c.state().equals("UKR")).findFirst().orElseThrow();
            store.saveConflict(new ConflictRow(ukr.id(), "UKR", ukr.started(), LocalDate.of(2030, 1, 1), "test edit"), "ana");
        }
        try (Store store = Stores.open(db)) {
            assertThat(StoredReferenceData.sync(store)).isFalse();
            ReferenceData loaded = StoredReferenceData.load(store);
            assertThat(loaded.conflicts()).singleElement().satisfies(c -> assertThat(c.end()).isEqualTo(LocalDate.of(2030, 1, 1)));
            StatusEngine engine = StatusEngine.of(loaded);
            var ltu = loaded.states().byAlpha3("LTU").orElseThrow();
            var apmbc = loaded.treaties().byCode("APMBC").orElseThrow();
            assertThat(engine.status(ltu, apmbc, LocalDate.of(2026, 6, 1)).code()).isEqualTo(StatusCode.WITHDRAWN);
        }
    }

    @Test
    void aStoreSyncedToAnOlderRelease_seesTheNewReleasesRows_andKeepsTheAnalystsOwn() {
        String db = dir.resolve("upgrade.db").toString();
        ReferenceData current = ReferenceData.defaults();
        // the older release: Poland's withdrawal from the APMBC not yet recorded
        var older = current.withParticipation(current.participation().stream()
                .map(p -> p.treaty().equals("APMBC") && p.state().equals("POL")
                        ? new org.treatywatch.core.participation.Participation(p.treaty(), p.state(), p.signed(), p.instrument(),
                                p.deposited(), null, null, p.note())
                        : p).toList());
        var apmbc = current.treaties().byCode("APMBC").orElseThrow();
        var pol = current.states().byAlpha3("POL").orElseThrow();
        LocalDate day = LocalDate.of(2026, 3, 1);
        try (Store store = Stores.open(db)) {
            assertThat(StoredReferenceData.sync(store, older)).isTrue();
            assertThat(StatusEngine.of(StoredReferenceData.load(store)).status(pol, apmbc, day).code()).isEqualTo(StatusCode.PARTY);
            // an analyst's own correction of another row
            ParticipationRow est = store.participation().stream()
                    .filter(r -> r.treaty().equals("APMBC") && r.state().equals("EST")).findFirst().orElseThrow();
            store.saveParticipation(new ParticipationRow(est.treaty(), est.state(), est.stateName(), est.signed(), est.instrument(),
                    est.deposited(), est.withdrawalDeposited(), est.withdrawalEffective(), "checked against the C.N. by ana"), "ana");
        }
        try (Store store = Stores.open(db)) {
            // what serve and export status do on opening the store: the new release reaches it
            assertThat(StoredReferenceData.sync(store)).isTrue();
            ReferenceData loaded = StoredReferenceData.load(store);
            assertThat(StatusEngine.of(loaded).status(pol, apmbc, day).code()).isEqualTo(StatusCode.WITHDRAWN);
            assertThat(loaded.participation()).anySatisfy(p -> {
                assertThat(p.state()).isEqualTo("EST");
                assertThat(p.treaty()).isEqualTo("APMBC");
                assertThat(p.note()).isEqualTo("checked against the C.N. by ana");
            });
            assertThat(StoredReferenceData.sync(store)).as("once per release").isFalse();
        }
    }

    @Test
    void aRowEditedByHandIntoNonsense_isAClearErrorNamingIt() throws Exception {
        String db = dir.resolve("bad.db").toString();
        try (Store store = Stores.open(db)) {
            StoredReferenceData.sync(store);
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.executeUpdate("UPDATE participation SET withdrawal_effective = '1990-01-01' WHERE treaty = 'APMBC' AND state = 'FIN'");
        }
        try (Store store = Stores.open(db)) {
            assertThatThrownBy(() -> StoredReferenceData.load(store))
                    .isInstanceOf(org.treatywatch.store.reference.ReferenceDataException.class)
                    .hasMessageStartingWith("the store's participation row APMBC/FIN is not usable: ")
                    .hasMessageContaining("correct the row in the participation table, or delete it");
        }
    }

    @Test
    void participationRow_thatTheEngineWouldRefuse_cannotBeBuilt() {
        assertThatThrownBy(() -> new ParticipationRow("APMBC", "FIN", null, null, "accession", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
