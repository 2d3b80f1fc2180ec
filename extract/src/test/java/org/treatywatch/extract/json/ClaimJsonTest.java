package org.treatywatch.extract.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.claim.Amount;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Quantity;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;

class ClaimJsonTest {
    private static final String TEXT = "\"We will buy mines,\" said Karolis Aleksa. Lithuania quits the \u201cOttawa\u201d treaty \uD83D\uDCA3.";

    private static Claim full() {
        return new Claim("news/lt.txt", ClaimType.PROCUREMENT, "LTU", Modality.PLANNED, null, null, Weapon.AP_MINE,
                null, null, new Quantity(10_000L, null, "mines"), new Amount(1.0E8, 1.0E9, "EUR"), "2026",
                new Speaker("Karolis Aleksa", "Deputy Defence Minister", "LTU"), Evidence.of(TEXT, 0, 41));
    }

    private static Claim treaty() {
        return new Claim("feed#2", ClaimType.WITHDRAWAL, "LTU", Modality.FACT, "APMBC", Stage.NOTIFIED, null,
                null, null, null, null, null, null, Evidence.of(TEXT, 42, TEXT.length()));
    }

    @Test
    void write_usesTheCodebookFieldNames_inOrder_withNullsWritten() {
        assertThat(ClaimJson.toJson(full())).isEqualTo(
                "{\"doc\":\"news/lt.txt\",\"type\":\"PROCUREMENT\",\"actor\":\"LTU\",\"modality\":\"PLANNED\","
                        + "\"treaty\":null,\"stage\":null,\"weapon\":\"AP_MINE\",\"recipient\":null,\"alleged_by\":null,"
                        + "\"quantity\":{\"min\":10000,\"max\":null,\"unit\":\"mines\"},"
                        + "\"amount\":{\"min\":1.0E8,\"max\":1.0E9,\"currency\":\"EUR\"},\"when\":\"2026\","
                        + "\"speaker\":{\"name\":\"Karolis Aleksa\",\"role\":\"Deputy Defence Minister\",\"actor\":\"LTU\"},"
                        + "\"evidence\":{\"start\":0,\"end\":41,\"text\":\"\\\"We will buy mines,\\\" said Karolis Aleksa.\"}}");
    }

    @Test
    void roundTrip_givesBackEqualClaims_includingSurrogatePairsAndCurlyQuotes() throws IOException {
        StringWriter out = new StringWriter();
        ClaimJson.writeLine(full(), out);
        ClaimJson.writeLine(treaty(), out);
        ClaimJson.writeLine(new Claim("x", ClaimType.TRANSFER, "POL", Modality.ALLEGED, null, null, Weapon.AP_MINE,
                "UKR", "RUS", null, null, "2025-03-18", new Speaker(null, "spokesman", null),
                Evidence.of(TEXT, 50, 70)), out);

        assertThat(out.toString()).hasLineCount(3);
        List<Claim> back = ClaimJson.readAll(new StringReader(out.toString()));
        assertThat(back).containsExactly(full(), treaty(), back.get(2));
        assertThat(back.get(2).recipient()).isEqualTo("UKR");
        assertThat(back.get(2).allegedBy()).isEqualTo("RUS");
        assertThat(back.get(1).evidence().text()).endsWith("treaty \uD83D\uDCA3.");
    }

    @Test
    void read_acceptsAbsentOptionalFields_andIgnoresUnknownOnes() {
        Claim c = ClaimJson.fromJson("{\"doc\":\"d\",\"type\":\"USE\",\"actor\":\"RUS\",\"modality\":\"ALLEGED\","
                + "\"weapon\":\"AP_MINE\",\"optional\":true,\"evidence\":{\"start\":3,\"end\":5,\"text\":\"ab\"}}");

        assertThat(c).isEqualTo(new Claim("d", ClaimType.USE, "RUS", Modality.ALLEGED, null, null, Weapon.AP_MINE,
                null, null, null, null, null, null, new Evidence(3, 5, "ab")));
    }

    @Test
    void read_rejectsLinesThatBreakTheCodebook_namingTheField() {
        String base = "{\"doc\":\"d\",\"type\":\"%s\",\"actor\":\"%s\",\"modality\":\"FACT\",%s"
                + "\"evidence\":{\"start\":0,\"end\":2,\"text\":\"ab\"}}";
        assertThatThrownBy(() -> ClaimJson.fromJson(base.formatted("BUILD", "LTU", "")))
                .isInstanceOf(ClaimJsonException.class)
                .hasMessage("\"type\" is \"BUILD\"; expected one of [WITHDRAWAL, ACCESSION, PRODUCTION, PROCUREMENT,"
                        + " TRANSFER, STOCKPILE, DESTRUCTION, USE]");
        assertThatThrownBy(() -> ClaimJson.fromJson(base.formatted("USE", "Lithuania", "\"weapon\":\"AP_MINE\",")))
                .isInstanceOf(ClaimJsonException.class).hasMessage("actor must be ISO alpha-3, got Lithuania");
        assertThatThrownBy(() -> ClaimJson.fromJson(base.formatted("WITHDRAWAL", "LTU", "")))
                .isInstanceOf(ClaimJsonException.class).hasMessage("WITHDRAWAL needs a treaty");
        assertThatThrownBy(() -> ClaimJson.fromJson("{\"doc\":\"d\""))
                .isInstanceOf(ClaimJsonException.class).hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> ClaimJson.readAll(new StringReader(ClaimJson.toJson(full()) + "\n\n[1]\n")))
                .isInstanceOf(ClaimJsonException.class).hasMessage("line 3: a claim must be a JSON object");
    }
}
