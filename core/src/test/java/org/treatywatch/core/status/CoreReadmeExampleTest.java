package org.treatywatch.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.state.State;
import org.treatywatch.core.treaty.Treaty;

/** The worked example of core/README.md, line for line, so the README cannot drift from the API. */
class CoreReadmeExampleTest {
    @Test
    void readmeExample_polandWithdrawnFromTheOttawaConvention() {
        StatusEngine engine = StatusEngine.defaults();
        State poland = engine.data().states().find("Polish").orElseThrow();
        Treaty apmbc = engine.data().treaties().find("Ottawa Convention").orElseThrow();
        StatusAnswer a = engine.status(poland, apmbc, LocalDate.parse("2026-03-01"));

        assertThat(a.code()).isEqualTo(StatusCode.WITHDRAWN);
        assertThat(a.since()).isEqualTo("2026-02-20");
        assertThat(a.rule().citation()).isEqualTo("APMBC Art. 20(3)");
    }
}
