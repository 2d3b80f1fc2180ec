package org.treatywatch.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parties chart's axis: year labels never overlap, whatever the last year is. */
class PartiesChartTest {
    @Test
    void yearTicksAreFarEnoughApartForTheirLabels() {
        for (int last = 2024; last <= 2030; last++) {
            PartiesChart c = PartiesChart.of(List.of("APMBC"), List.of("APMBC"),
                    List.of(List.of(new PartiesChart.Step(LocalDate.of(1998, 9, 16), 40))),
                    LocalDate.of(1997, 1, 1), LocalDate.of(last, 12, 1), LocalDate.of(2020, 1, 1));
            List<PartiesChart.Tick> ticks = c.xTicks();
            assertThat(ticks.getLast().label()).isEqualTo(Integer.toString(last));
            for (int i = 1; i < ticks.size(); i++) {
                // a four-digit label at 11px is about 28px wide
                assertThat(ticks.get(i).position() - ticks.get(i - 1).position()).as("ticks " + ticks.get(i - 1).label()
                        + " and " + ticks.get(i).label() + " with the axis ending in " + last).isGreaterThanOrEqualTo(34);
            }
        }
    }
}
