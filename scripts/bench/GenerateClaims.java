import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.document.Document;
import org.treatywatch.store.Store;
import org.treatywatch.store.Stores;

/**
 * Fills a store with generated documents and claims for the API load benchmark (api-load.sh):
 * CLAIMS claims, ten per document, each with its own evidence sentence, about 40 states, dated over
 * three years. The text is invented filler; fixed seed, so every run builds the same store.
 *
 * <p>Run: {@code java -cp cli/target/treatywatch.jar scripts/bench/GenerateClaims.java DB CLAIMS}
 */
public class GenerateClaims {
    static final String[] STATES = {"LTU", "LVA", "EST", "FIN", "POL", "UKR", "RUS", "USA", "DEU", "FRA", "GBR", "NOR",
            "SWE", "DNK", "NLD", "BEL", "AUT", "CHE", "ITA", "ESP", "PRT", "GRC", "TUR", "ROU", "BGR", "HUN", "CZE",
            "SVK", "SVN", "HRV", "SRB", "BIH", "MKD", "ALB", "MNE", "MDA", "BLR", "GEO", "ARM", "AZE"};
    static final ClaimType[] TYPES = {ClaimType.PRODUCTION, ClaimType.PROCUREMENT, ClaimType.TRANSFER,
            ClaimType.STOCKPILE, ClaimType.DESTRUCTION, ClaimType.USE};

    public static void main(String[] args) {
        String db = args[0];
        int claims = Integer.parseInt(args[1]);
        int perDoc = 10;
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2023, 1, 1);
        long t0 = System.nanoTime();
        try (Store store = Stores.open(db)) {
            for (int d = 0; d < claims / perDoc; d++) {
                StringBuilder text = new StringBuilder("Generated report ").append(d).append(".\n");
                List<int[]> spans = new ArrayList<>();
                List<String> actors = new ArrayList<>();
                for (int i = 0; i < perDoc; i++) {
                    String actor = STATES[random.nextInt(STATES.length)];
                    int s = text.length();
                    text.append("Officials of ").append(actor).append(" said in statement ").append(d * perDoc + i)
                            .append(" that anti-personnel mines are part of their plans.");
                    spans.add(new int[] {s, text.length()});
                    actors.add(actor);
                    text.append('\n');
                }
                String id = "bench/" + d;
                String body = text.toString();
                List<Claim> list = new ArrayList<>();
                for (int i = 0; i < perDoc; i++) {
                    ClaimType type = TYPES[random.nextInt(TYPES.length)];
                    String recipient = type == ClaimType.TRANSFER ? "UKR" : null;
                    list.add(new Claim(id, type, actors.get(i), Modality.values()[random.nextInt(5)], null, null,
                            Weapon.AP_MINE, recipient, null, null, null, null, null,
                            Evidence.of(body, spans.get(i)[0], spans.get(i)[1])));
                }
                Document doc = new Document(id, body, "Generated report " + d, start.plusDays(d % 1000), null, "bench");
                store.addDocument(doc, list, "bench-1");
                if (d % 1000 == 999) {
                    System.err.printf("generate: %d claims%n", (d + 1) * perDoc);
                }
            }
            System.err.printf("generate: %d documents, %d claims in %.1f s%n", store.countDocuments(), store.countClaims(),
                    (System.nanoTime() - t0) / 1e9);
        }
    }
}
