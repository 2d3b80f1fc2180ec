package org.treatywatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.store.alerts.ChangeKind;
import org.treatywatch.store.alerts.SubscriptionFilter;

/** Alerts on a real SQLite file. */
class SqliteAlertsTest extends AlertsContract {
    @TempDir
    Path dir;

    @Override
    String newLocation() {
        return dir.resolve("alerts.db").toString();
    }

    @Test
    void claimsStoredBeforeAlertsBecomeChanges() throws Exception {
        assertClaimsStoredBeforeAlertsBecomeChanges(dir.resolve("made-by-v4.db").toString());
    }

    @Test
    void aWebhookRoundWithNothingToDoTakesNoWriteLock() throws Exception {
        alerts.subscribe(analyst, "all", SubscriptionFilter.ANYTHING, HOOK, T0);
        alerts.append(ChangeKind.CLAIM, "LTU", org.treatywatch.core.claim.ClaimType.USE, null, 1, "x", T0.plusSeconds(1));
        alerts.queueWebhooks(T0.plusSeconds(2), 100);
        alerts.recordAttempt(alerts.leaseDue(T0.plusSeconds(2), Duration.ofMinutes(1), 10).get(0).id(), T0.plusSeconds(2),
                204, null, 1, true, null);
        // Another process (an ingest) holds the file's write lock meanwhile: an idle round only reads, so it
        // neither waits for the lock nor fails with StoreLockedException after 15 s.
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + location)) {
            other.createStatement().execute("BEGIN IMMEDIATE");
            assertThat(alerts.queueWebhooks(T0.plusSeconds(3), 100)).isZero();
            assertThat(alerts.leaseDue(T0.plusSeconds(3), Duration.ofMinutes(1), 10)).isEmpty();
            other.createStatement().execute("ROLLBACK");
        }
    }
}
