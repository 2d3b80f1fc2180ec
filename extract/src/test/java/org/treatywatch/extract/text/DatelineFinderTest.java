package org.treatywatch.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineFinderTest {

    @Test
    void find_agencyDatelineWithSeveralCities() {
        String text = "VILNIUS/HELSINKI (Agency) -Lithuania and Finland will act.";
        assertThat(DatelineFinder.find(text)).singleElement()
                .satisfies(s -> assertThat(s.of(text)).isEqualTo("VILNIUS/HELSINKI (Agency) -"));
    }

    @Test
    void find_datelineWithDateAndDash() {
        String text = "Intro line.\nKYIV, June 30 \u2014 Ukraine said.";
        assertThat(DatelineFinder.find(text)).singleElement()
                .satisfies(s -> assertThat(s.of(text)).isEqualTo("KYIV, June 30 \u2014"));
    }

    @Test
    void find_ignoresOrdinaryCapitalisedStarts() {
        assertThat(DatelineFinder.find("Vilnius - the capital - said no.")).isEmpty();
        assertThat(DatelineFinder.find("NATO-led forces arrived.")).isEmpty();
    }
}
