package org.treatywatch.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StateRegistryTest {
    private final StateRegistry states = StateRegistry.standard();

    @Test
    void standard_holdsUnMembersObserversCookIslandsNiueAndFourFormerStates() {
        // 193 UN members + Holy See + State of Palestine + Cook Islands + Niue
        assertThat(states.current()).hasSize(197);
        assertThat(states.all()).filteredOn(State::former).extracting(State::alpha3)
                .containsExactly("CSK", "DDR", "SUN", "YUG");
        assertThat(states.byAlpha3("VAT")).get().extracting(State::name).isEqualTo("Holy See");
        assertThat(states.byAlpha3("PSE")).get().extracting(State::name).isEqualTo("State of Palestine");
        assertThat(states.byAlpha3("COK")).isPresent();
        assertThat(states.byAlpha3("NIU")).isPresent();
        assertThat(states.byAlpha3("ATA")).as("Antarctica is no state").isEmpty();
    }

    @Test
    void standard_loadsOnce() {
        assertThat(StateRegistry.standard()).isSameAs(StateRegistry.standard());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "lt;LTU", "LTU;LTU", "Lithuania;LTU", "lithuanian;LTU", "  LITHUANIA  ;LTU", "440;LTU", "Vilnius;LTU",
        "Türkiye;TUR", "Turkiye;TUR", "turkey;TUR", "Turkish;TUR",
        "Czech Republic;CZE", "czechia;CZE", "Ivory Coast;CIV", "Cote d’Ivoire;CIV", "Côte d'Ivoire;CIV",
        "Burma;MMR", "North Korea;PRK", "South Korea;KOR", "Russia;RUS", "Britain;GBR", "UK;GBR",
        "U.S.;USA", "US;USA", "United States of America;USA", "America;USA", "Americans;USA",
        "Finnish;FIN", "Finns;FIN", "Polish;POL", "Ukrainian;UKR", "Kyiv;UKR", "Belarusian;BLR",
        "British;GBR", "Dutch;NLD", "Swiss;CHE", "The Netherlands;NLD", "Guinea Bissau;GNB",
        "Holy See;VAT", "Vatican;VAT", "Palestine;PSE", "Cook Islands;COK", "Niue;NIU",
        "Soviet Union;SUN", "USSR;SUN", "Yugoslavia;YUG", "Czechoslovakia;CSK", "East Germany;DDR",
        "GDR;DDR", "East German;DDR", "German;DEU",
    })
    void find_resolvesCodesNamesAliasesAdjectivesAndCapitals(String text, String alpha3) {
        assertThat(states.find(text)).get().extracting(State::alpha3).isEqualTo(alpha3);
    }

    @Test
    void find_prefersCurrentStateWhenAFormerOneSharesTheName() {
        // Moscow was the Soviet Union's capital too; Prague Czechoslovakia's.
        assertThat(states.find("Moscow")).get().extracting(State::alpha3).isEqualTo("RUS");
        assertThat(states.find("Prague")).get().extracting(State::alpha3).isEqualTo("CZE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Congolese", "Dominican", "", "   ", "Atlantis", "NATO"})
    void find_givesNothingForAmbiguousOrUnknownNames(String text) {
        assertThat(states.find(text)).isEmpty();
    }

    @Test
    void closest_suggestsTheNearestNameForTypos() {
        assertThat(states.closest("Lithunia")).contains("Lithuania");
        assertThat(states.closest("finlnd")).contains("Finland");
        assertThat(states.closest("xyzzy-qwerty")).isEmpty();
    }

    @Test
    void everyState_hasNameAdjectiveAndCapital() {
        for (State s : states.current()) {
            assertThat(s.adjectives()).as(s + " adjectives").isNotEmpty();
            assertThat(s.capitals()).as(s + " capitals").isNotEmpty();
        }
    }

    @Test
    void everyParticipantOfBothTreaties_resolvesByCodeAndByTheNameTheDataUses() throws IOException {
        for (String file : List.of("apmbc-participants.csv", "ccm-participants.csv")) {
            for (String[] row : csvRows("/org/treatywatch/core/participation/" + file)) {
                String alpha3 = row[0];
                String name = row[1];
                assertThat(states.byAlpha3(alpha3)).as(file + " " + alpha3).isPresent();
                assertThat(states.find(name)).as(file + " " + name).get()
                        .extracting(State::alpha3).isEqualTo(alpha3);
            }
        }
    }

    private static List<String[]> csvRows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = StateRegistryTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
        }
        return rows;
    }
}
