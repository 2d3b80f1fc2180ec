import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator for api-load.sh: CLIENTS clients, each sending its next
 * request as soon as the last one answered, for SECONDS seconds (after a short warm-up), against
 * one URL template on loopback. {@code {id}} in the template is replaced by a random number from 1
 * to MAXID for each request. Prints requests/s and the p50/p95/p99/max latency of successful (2xx)
 * requests, and counts the others. Bounded in time; stops by itself.
 *
 * <p>Run: {@code java scripts/bench/LoadGenerator.java URL CLIENTS SECONDS [MAXID]}
 */
public class LoadGenerator {
    public static void main(String[] args) throws Exception {
        String template = args[0];
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        long maxId = args.length > 3 ? Long.parseLong(args[3]) : 1;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        if (!URI.create(template.replace("{id}", "1")).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalArgumentException("load goes to loopback only");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        if (warmup > 0) {
            run(http, template, clients, warmup, maxId, false); // JIT, connection pool, page cache
        }
        run(http, template, clients, seconds, maxId, true);
    }

    static void run(HttpClient http, String template, int clients, int seconds, long maxId, boolean report) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        List<java.util.concurrent.Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int seed = c;
            futures.add(pool.submit(() -> {
                Random random = new Random(seed);
                long[] lat = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    String url = template.replace("{id}", Long.toString(1 + (long) (random.nextDouble() * maxId)));
                    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        long t = System.nanoTime() - t0;
                        if (r.statusCode() / 100 == 2) {
                            if (n == lat.length) {
                                lat = Arrays.copyOf(lat, n * 2);
                            }
                            lat[n++] = t;
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        for (var f : futures) {
            perClient.add(f.get());
        }
        pool.shutdown();
        if (!report) {
            return;
        }
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%-60s %6d req %8.0f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %7.1f ms  non-2xx %d%n",
                template.replaceFirst("http://[^/]+", ""), all.length, all.length / (double) seconds,
                pct(all, 50), pct(all, 95), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors.get());
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
