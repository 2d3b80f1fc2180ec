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

/** The engine's reference data from the store: seeded from the defaults, then edited. */
class StoredReferenceDataTest {
    @TempDir
    Path dir;

    @Test
    void seededStore_givesTheDefaults_andAnEditChangesTheStatusAfterReopen() {
        String db = dir.resolve("ref.db").toString();
        try (Store store = Stores.open(db)) {
            assertThat(StoredReferenceData.seedDefaults(store)).isTrue();
            ReferenceData loaded = StoredReferenceData.load(store);
            assertThat(loaded.participation()).containsExactlyInAnyOrderElementsOf(ReferenceData.defaults().participation());
            assertThat(loaded.conflicts()).containsExactlyElementsOf(ReferenceData.defaults().conflicts());

            // an analyst records that Ukraine's conflict ended (an invented edit, for the test)
            ConflictRow ukr = store.conflicts().stream().filter(c -> c.state().equals("UKR")).findFirst().orElseThrow();
            store.saveConflict(new ConflictRow(ukr.id(), "UKR", ukr.started(), LocalDate.of(2030, 1, 1), "test edit"), "ana");
        }
        try (Store store = Stores.open(db)) {
            assertThat(StoredReferenceData.seedDefaults(store)).isFalse();
            ReferenceData loaded = StoredReferenceData.load(store);
            assertThat(loaded.conflicts()).singleElement().satisfies(c -> assertThat(c.end()).isEqualTo(LocalDate.of(2030, 1, 1)));
            StatusEngine engine = StatusEngine.of(loaded);
            var ltu = loaded.states().byAlpha3("LTU").orElseThrow();
            var apmbc = loaded.treaties().byCode("APMBC").orElseThrow();
            assertThat(engine.status(ltu, apmbc, LocalDate.of(2026, 6, 1)).code()).isEqualTo(StatusCode.WITHDRAWN);
        }
    }

    @Test
    void participationRow_thatTheEngineWouldRefuse_cannotBeBuilt() {
        assertThatThrownBy(() -> new ParticipationRow("APMBC", "FIN", null, null, "accession", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
