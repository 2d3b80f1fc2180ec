package org.treatywatch.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.extract.Extractors;
import org.treatywatch.store.Analyst;
import org.treatywatch.store.ContentHash;
import org.treatywatch.store.Store;
import org.treatywatch.store.Stores;
import org.treatywatch.web.WebServer;

/**
 * Issue 4's done-when: the seed article, posted twice with the standard extractor, is one document,
 * and {@code GET /api/v1/claims?state=LTU} lists its Lithuanian claims with evidence that is exactly
 * the article's text at the claimed offsets. The article is read in place from
 * {@code ../shared/corpus} (never copied into the repository); skipped where it is absent.
 */
class SeedArticleApiTest {
    static final String NAME = "seed-reuters-lithuania-finland.txt";

    @TempDir
    Path dir;

    static Path sharedCorpus() {
        Path d = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && d != null; up++, d = d.getParent()) {
            Path candidate = d.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("..", "shared", "corpus");
    }

    @Test
    void seedPostedTwice_isOneDocument_andItsLithuanianClaimsHaveExactEvidence() throws Exception {
        Path seed = sharedCorpus().resolve(NAME);
        assumeTrue(Files.exists(seed), "../shared/corpus is absent");
        String text = Files.readString(seed);
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        try (Store store = Stores.open(dir.resolve("seed.db").toString())) {
            Analyst ana = store.addAnalyst("ana", "x");
            store.addApiToken(ana.id(), ContentHash.sha256Hex("seed-token"));
            Javalin app = WebServer.builder(store).extractor(Extractors.standard()).build().start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                int[] statuses = new int[2];
                for (int i = 0; i < 2; i++) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents?id=" + NAME))
                            .header("Authorization", "Bearer seed-token").header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
                    statuses[i] = r.statusCode();
                }
                assertThat(statuses).containsExactly(201, 200);
                assertThat(store.countDocuments()).isEqualTo(1);

                JsonNode items = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/claims?state=LTU&limit=200"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body()).get("items");
                assertThat(items.size()).isGreaterThanOrEqualTo(3);
                for (JsonNode c : items) {
                    assertThat(c.get("actor").asText()).isEqualTo("LTU");
                    JsonNode ev = c.get("evidence");
                    assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
                }
                // the gold file's Lithuanian keys include PRODUCTION, TRANSFER to UKR and PROCUREMENT
                assertThat(items.findValuesAsText("type")).contains("PRODUCTION", "TRANSFER", "PROCUREMENT");
            } finally {
                app.stop();
            }
        }
    }
}
