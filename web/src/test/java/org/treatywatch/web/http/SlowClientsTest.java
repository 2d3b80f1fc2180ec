package org.treatywatch.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatywatch.store.Analyst;
import org.treatywatch.store.ContentHash;
import org.treatywatch.web.TestServer;

/**
 * Slow clients cannot take the server: a request body is read without a request thread
 * ({@link BodyLoader}), so eight uploads trickling in a byte every 2 s (more connections than the
 * server has request threads) leave it answering everyone else at once, and each of them is cut
 * with a 408 once it has come slower than the minimum rate. Real server, raw sockets.
 */
class SlowClientsTest {
    static final String TOKEN = "slow-test-token-0123456789";
    TestServer server;
    final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
        Analyst a = server.store().addAnalyst("uploader", "not-a-real-hash");
        server.store().addApiToken(a.id(), ContentHash.sha256Hex(TOKEN));
    }

    @AfterEach
    void stop() throws Exception {
        for (Socket s : sockets) {
            s.close();
        }
        server.close();
    }

    private Socket slowUpload(String path, String contentType, String... headers) throws IOException {
        URI uri = URI.create(server.url(path));
        Socket s = new Socket(uri.getHost(), uri.getPort());
        sockets.add(s);
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                .append("Content-Type: ").append(contentType).append("\r\nContent-Length: 100000\r\n");
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        s.getOutputStream().write(head.append("\r\nx").toString().getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    @Test
    void eightSlowUploads_leaveTheServerAnsweringOthers_andAreCutWith408() throws Exception {
        // Eight is the whole request pool on a small machine (WebServer.DEFAULT_THREADS), of which
        // Jetty's acceptor and selector take two: before BodyLoader, six slow bodies stopped the server.
        for (int i = 0; i < 4; i++) {
            slowUpload("/signin", "application/x-www-form-urlencoded");
            slowUpload("/api/v1/documents", "text/plain", "Authorization: Bearer " + TOKEN);
        }
        Thread.sleep(500); // all eight are open and have started their bodies

        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            for (String path : List.of("/api/v1/claims?limit=5", "/", "/signin", "/api/v1/status?on=2026-01-15&states=LTU")) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat((System.nanoTime() - t0) / 1_000_000).as(path + " answered at once").isLessThan(3000);
            }
        }

        // Go on trickling: a byte every 2 s is far below the minimum rate, so each is cut.
        long deadline = System.nanoTime() + 20_000_000_000L;
        List<String> answers = new ArrayList<>();
        for (Socket s : sockets) {
            s.setSoTimeout(200);
        }
        List<Socket> open = new ArrayList<>(sockets);
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            for (Socket s : List.copyOf(open)) {
                String answer = readSome(s);
                if (answer != null) {
                    answers.add(answer);
                    open.remove(s);
                } else {
                    try {
                        s.getOutputStream().write('x');
                        s.getOutputStream().flush();
                    } catch (IOException closed) {
                        answers.add("closed");
                        open.remove(s);
                    }
                }
            }
        }
        assertThat(open).as("slow uploads still open after 20 s").isEmpty();
        assertThat(answers).hasSize(8).allSatisfy(a -> assertThat(a).startsWith("HTTP/1.1 408"));
        assertThat(server.store().countDocuments()).isZero();
    }

    @Test
    void anAbortedUpload_logsOneLine_withoutAStackTrace() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Socket s = slowUpload("/api/v1/documents", "text/plain", "Authorization: Bearer " + TOKEN);
            s.getOutputStream().write("Lithuania will produce mines.".repeat(100).getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            Thread.sleep(300);
            s.close();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!captured.toString(StandardCharsets.UTF_8).contains("went away") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        err.print(log);
        List<String> lines = log.lines().filter(l -> l.contains("/api/v1/documents")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("the client went away while sending the body");
        assertThat(log).doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(server.store().countDocuments()).isZero();
    }

    /** What the server has sent on {@code s} so far, or null when nothing yet. */
    private static String readSome(Socket s) throws IOException {
        try {
            InputStream in = s.getInputStream();
            byte[] buf = new byte[256];
            int n = in.read(buf);
            return n < 0 ? "closed" : new String(buf, 0, n, StandardCharsets.US_ASCII);
        } catch (SocketTimeoutException nothingYet) {
            return null;
        }
    }
}
