package org.treatywatch.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.treatywatch.store.reference.ConflictRow;
import org.treatywatch.web.TestServer;

/**
 * The status of every state on a date is sent from cached bytes: gzipped when the client accepts
 * it (as {@code curl --compressed} does), with an ETag that a conditional request turns into a 304,
 * and a new ETag once the treaty record changes. Every other JSON or HTML answer is gzipped too.
 */
class CachedStatusTest {
    static final String STATUS = "/api/v1/status?on=2026-01-15";
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    HttpResponse<byte[]> get(TestServer server, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] gunzip(byte[] bytes) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    @Test
    void status_isGzippedWithAnETag_andAConditionalRequestIs304() throws Exception {
        try (TestServer server = TestServer.start()) {
            HttpResponse<byte[]> plain = get(server, STATUS);
            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
            JsonNode table = json.readTree(plain.body());
            assertThat(table.get("items").size()).isGreaterThan(300);

            HttpResponse<byte[]> gz = get(server, STATUS, "Accept-Encoding", "gzip, deflate, br, zstd");
            assertThat(gz.statusCode()).isEqualTo(200);
            assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(gz.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(gz.headers().firstValue("Vary")).hasValue("Accept-Encoding");
            assertThat(gz.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
            assertThat(gz.body().length).isLessThan(plain.body().length / 5);
            assertThat(gunzip(gz.body())).isEqualTo(plain.body());
            String etag = gz.headers().firstValue("ETag").orElseThrow();
            assertThat(plain.headers().firstValue("ETag")).hasValue(etag);

            HttpResponse<byte[]> again = get(server, STATUS, "Accept-Encoding", "gzip", "If-None-Match", etag);
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).hasValue(etag);
            assertThat(get(server, STATUS, "If-None-Match", "W/\"other\", " + etag).statusCode()).isEqualTo(304);
            assertThat(get(server, STATUS, "If-None-Match", "W/\"other\"").statusCode()).isEqualTo(200);
            assertThat(get(server, "/api/v1/status?on=2026-01-16", "If-None-Match", etag).statusCode())
                    .as("another date is another table").isEqualTo(200);
            assertThat(get(server, STATUS, "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding")).isEmpty();
        }
    }

    @Test
    void aChangeToTheRecord_givesANewETagAndTheNewTable() throws Exception {
        try (TestServer server = TestServer.start()) {
            String path = "/api/v1/status?on=2026-01-15&states=LTU&treaty=APMBC";
            HttpResponse<byte[]> before = get(server, path);
            String etag = before.headers().firstValue("ETag").orElseThrow();
            server.store().saveConflict(new ConflictRow(0, "LTU", LocalDate.of(2025, 3, 1), null, "an invented conflict for the test"), "test");
            long deadline = System.nanoTime() + 5_000_000_000L; // the status service looks at the record's version every second
            HttpResponse<byte[]> after = get(server, path, "If-None-Match", etag);
            while (after.statusCode() == 304 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                after = get(server, path, "If-None-Match", etag);
            }
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
        }
    }

    @Test
    void otherJsonAndHtmlAnswers_areGzippedWhenTheClientAcceptsIt() throws Exception {
        try (TestServer server = TestServer.start()) {
            for (String path : java.util.List.of("/api/v1/states", "/", "/claims", "/states/LTU")) {
                HttpResponse<byte[]> r = get(server, path, "Accept-Encoding", "gzip");
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
                assertThat(gunzip(r.body()).length).as(path).isGreaterThan(r.body().length);
            }
        }
    }
}
