package org.treatywatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.store.Store;
import org.treatywatch.store.Stores;

/** A bounded pool of request threads queues what it cannot serve at once; it drops nothing. */
class RequestThreadsTest {
    @TempDir
    Path dir;

    @Test
    void smallestPool_answersFarMoreConcurrentRequestsThanItHasThreads() throws Exception {
        try (Store store = Stores.open(dir.resolve("t.db").toString())) {
            Javalin app = WebServer.builder(store).threads(WebServer.MIN_THREADS).build().start("127.0.0.1", 0);
            try (HttpClient http = HttpClient.newHttpClient()) {
                List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    String path = i % 2 == 0 ? "/api/v1/status?on=2026-01-15&treaty=APMBC" : "/api/v1/claims?limit=5";
                    answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                            .build(), HttpResponse.BodyHandlers.ofString()));
                }
                for (var answer : answers) {
                    HttpResponse<String> r = answer.join();
                    assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(200);
                    assertThat(r.body()).startsWith("{");
                }
                assertThat(answers.getFirst().join().body()).contains("\"LTU\"");
                long poolThreads = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("treatywatch-http")).count();
                assertThat(poolThreads).isBetween(1L, (long) WebServer.MIN_THREADS);
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void poolOutsideItsBounds_isRefusedWithTheBounds() {
        try (Store store = Stores.open(dir.resolve("t.db").toString())) {
            assertThatThrownBy(() -> WebServer.builder(store).threads(WebServer.MIN_THREADS - 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("between 8 and 1000");
            assertThatThrownBy(() -> WebServer.builder(store).threads(WebServer.MAX_THREADS + 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
