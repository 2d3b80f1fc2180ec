package org.treatywatch.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.ExtractionException;
import org.treatywatch.store.Analyst;
import org.treatywatch.store.ContentHash;
import org.treatywatch.store.Store;
import org.treatywatch.store.Stores;
import org.treatywatch.web.WebServer;

/** POST /api/v1/documents when a stage of the extractor fails: an error, and nothing stored. */
class ApiExtractionFailureTest {
    private static final String TOKEN = "test-token-0123456789abcdef";

    @TempDir
    Path dir;

    /** An extractor whose last stage has a bug. */
    private static final class Failing implements ClaimExtractor {
        @Override
        public List<Claim> extract(Document document) {
            throw new ExtractionException(document.id(), "ClaimAssembler", new NullPointerException("subject"));
        }

        @Override
        public boolean mightHoldClaims(CharSequence text) {
            return true;
        }

        @Override
        public String version() {
            return "failing-1";
        }
    }

    @Test
    void aFailedExtraction_answers500_andStoresNothing() throws Exception {
        try (Store store = Stores.open(dir.resolve("api.db").toString())) {
            Analyst ana = store.addAnalyst("ana", "not-a-real-hash");
            store.addApiToken(ana.id(), ContentHash.sha256Hex(TOKEN));
            Javalin app = WebServer.builder(store).extractor(new Failing()).build().start("127.0.0.1", 0);
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/documents"))
                                .header("Content-Type", "text/plain")
                                .header("Authorization", "Bearer " + TOKEN)
                                .POST(HttpRequest.BodyPublishers.ofString("Lithuania will produce anti-personnel mines."))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(r.statusCode()).isEqualTo(500);
                JsonNode body = new ObjectMapper().readTree(r.body());
                assertThat(body.get("error").asText()).isEqualTo("extraction_failed");
                assertThat(body.get("message").asText()).contains("extraction failed in stage ClaimAssembler");
                assertThat(store.countDocuments()).isZero();
            } finally {
                app.stop();
            }
        }
    }
}
