package org.treatywatch.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.extract.TestPipelines;
import org.treatywatch.extract.pipeline.Layers;

class TimeResolverTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 30);

    private static List<String> times(String text, LocalDate published) {
        return TestPipelines.analyze(text, published).get(Layers.TIMES).stream()
                .map(t -> t.span().of(text) + "=" + t.value() + (t.future() ? "+" : "")).toList();
    }

    @Test
    void relativeTimes_resolveAgainstThePublishedDate() {
        assertThat(times("Production starts next year; the exit takes effect in six months.", PUBLISHED))
                .containsExactly("next year=2026+", "in six months=2025-12+");
    }

    @Test
    void relativeTimes_withoutADate_stayUnresolvedButFuture() {
        assertThat(times("Production starts next year.", null)).containsExactly("next year=null+");
    }

    @Test
    void absoluteDates_andTreatyYearsAreNoTime() {
        assertThat(times("The 1997 Ottawa treaty; on 27 June 2025 and in March 2026, by 2027.", PUBLISHED))
                .containsExactly("27 June 2025=2025-06-27", "March 2026=2026-03+", "2027=2027+");
    }

    @Test
    void aMonthWithoutAYearAfterIn_isNoFutureByItself() {
        // "after the withdrawals of Estonia and Latvia in December" may be last December: only the verbs tell
        assertThat(times("The withdrawals were completed in December; production must start by December.", PUBLISHED))
                .containsExactly("December=2025-12", "December=2025-12+");
    }
}
