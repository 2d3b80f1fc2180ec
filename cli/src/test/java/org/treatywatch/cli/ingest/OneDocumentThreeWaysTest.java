package org.treatywatch.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.cli.testing.CliRun;
import org.treatywatch.extract.Extractors;
import org.treatywatch.store.Analyst;
import org.treatywatch.store.ClaimQuery;
import org.treatywatch.store.ContentHash;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoredClaim;
import org.treatywatch.store.StoredDocument;
import org.treatywatch.store.Stores;
import org.treatywatch.web.WebServer;

/**
 * One way in for documents (issue 13, point 5): one file, ingested on the command line, posted to
 * the API and uploaded on the ingest page, is one document with one text and one set of evidence
 * offsets. The file has what made the three differ: a byte-order mark, CRLF line ends and text
 * outside ASCII. Real CLI, real HTTP server, real SQLite file.
 */
class OneDocumentThreeWaysTest {
    static final String TOKEN = "three-ways-token-0123456789";

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static byte[] file() {
        String text = "VILNIUS, May 2 \u2013 Lithuania will produce anti-personnel mines at a new plant in R\u016bdi\u0161k\u0117s,"
                + " its defence minister said.\r\nFinland is weighing whether to produce them as well.\r\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        return withBom;
    }

    @Test
    void theSameFileSentThreeWaysIsOneDocumentWithTheSameOffsets() throws Exception {
        Path article = Files.write(dir.resolve("rudiskes.txt"), file());
        String db = dir.resolve("three.db").toString();

        // 1. the command line
        CliRun cli = CliRun.of("ingest", "--quiet", "--db", db, article.toString());
        assertThat(cli.exit()).as(cli.err()).isZero();

        try (Store store = Stores.open(db)) {
            Analyst ana = store.addAnalyst("ana", "not-a-real-hash");
            store.addApiToken(ana.id(), ContentHash.sha256Hex(TOKEN));
            StoredDocument first = store.document(1).orElseThrow();
            List<StoredClaim> claims = store.claims(ClaimQuery.all().withDocument(1L)).items();
            assertThat(first.text()).startsWith("VILNIUS").contains("\r\n");
            assertThat(claims).isNotEmpty();

            Javalin app = WebServer.builder(store).extractor(Extractors.standard()).discoverExtensions().build().start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                // 2. the API, the file's bytes as the body
                HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents"))
                        .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file())).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
                JsonNode answer = new ObjectMapper().readTree(api.body());
                assertThat(answer.get("status").asText()).isEqualTo("unchanged");
                assertThat(answer.get("document_id").asLong()).isEqualTo(1);

                // 3. the ingest page, the file uploaded
                String boundary = "----treatywatch-test-boundary";
                ByteArrayOutputStream form = new ByteArrayOutputStream();
                form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rudiskes.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                form.write(file());
                form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/ingest"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).as(page.body()).isEqualTo(303);
                assertThat(page.headers().firstValue("Location")).contains("/documents/1");
            } finally {
                app.stop();
            }
            assertThat(store.countDocuments()).isEqualTo(1);
            assertThat(store.document(1).orElseThrow().text()).isEqualTo(first.text());
            assertThat(store.claims(ClaimQuery.all().withDocument(1L)).items()).extracting(c -> c.claim().evidence())
                    .isEqualTo(claims.stream().map(c -> c.claim().evidence()).toList());
        }
    }
}
