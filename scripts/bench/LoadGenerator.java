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
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator for api-load.sh: CLIENTS clients, each sending its next
 * request as soon as the last one answered, against URL templates on loopback. {@code {id}} in a
 * template is replaced by a random number from 1 to MAX_ID for each request, or by one of the ids
 * in IDS_FILE (whitespace-separated) when given, for ids with gaps (events joined, flags gone with them).
 *
 * <p>The first template is the reference (a static asset): the templates take turns, ROUNDS
 * times, for SECONDS/ROUNDS seconds each, so that every endpoint and the reference are measured
 * under the same conditions on a shared machine, and each endpoint's p95 is printed as a ratio to
 * the reference's. Each template first gets WARMUP seconds unmeasured. Prints requests/s,
 * p50/p95/p99/max latency of successful (2xx) requests, the mean body size as sent, and counts
 * the others. With {@code --gzip} every request says {@code Accept-Encoding: gzip}, as browsers
 * and curl --compressed do (bodies are counted as sent, not unpacked). Bounded in time.
 *
 * <p>Run: {@code java scripts/bench/LoadGenerator.java [--clients 50] [--seconds 20] [--rounds 4]
 * [--warmup 3] [--max-id 1 | --ids IDS_FILE] [--gzip] [--label TEXT] REFERENCE_URL URL...}
 */
public class LoadGenerator {
    record Result(long[] latencies, long errors, long bytes) {}

    public static void main(String[] args) throws Exception {
        int clients = 50;
        int seconds = 20;
        int rounds = 4;
        int warmup = 3;
        long maxId = 1;
        String[] ids = null;
        boolean gzip = false;
        String label = "";
        List<String> templates = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--max-id" -> maxId = Long.parseLong(args[++i]);
                case "--ids" -> ids = java.nio.file.Files.readString(java.nio.file.Path.of(args[++i])).strip().split("\\s+");
                case "--gzip" -> gzip = true;
                case "--label" -> label = args[++i];
                default -> templates.add(args[i]);
            }
        }
        for (String t : templates) {
            if (!URI.create(t.replace("{id}", "1")).getHost().matches("127\\.0\\.0\\.1|localhost")) {
                throw new IllegalArgumentException("load goes to loopback only: " + t);
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String t : templates) {
            if (warmup > 0) {
                run(http, t, clients, warmup * 1000L, maxId, ids, gzip); // JIT, connection pool, page cache
            }
        }
        List<List<Result>> results = new ArrayList<>();
        templates.forEach(t -> results.add(new ArrayList<>()));
        long slice = seconds * 1000L / rounds;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < templates.size(); i++) {
                results.get(i).add(run(http, templates.get(i), clients, slice, maxId, ids, gzip));
            }
        }
        double reference = 0;
        System.out.printf("%-44s %8s %7s %7s %7s %7s %8s %8s %7s %s%n", "endpoint" + (label.isEmpty() ? "" : " (" + label + ")"),
                "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "bytes", "non-2xx", "p95/ref", "");
        for (int i = 0; i < templates.size(); i++) {
            long[] all = results.get(i).stream().flatMapToLong(x -> Arrays.stream(x.latencies())).sorted().toArray();
            long errors = results.get(i).stream().mapToLong(Result::errors).sum();
            long bytes = results.get(i).stream().mapToLong(Result::bytes).sum();
            double p95 = pct(all, 95);
            if (i == 0) {
                reference = p95;
            }
            System.out.printf("%-44s %8.0f %7.1f %7.1f %7.1f %7.1f %8d %8d %7.2f%n",
                    templates.get(i).replaceFirst("http://[^/]+", ""), all.length / (slice * rounds / 1000.0),
                    pct(all, 50), p95, pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                    all.length == 0 ? 0 : bytes / all.length, errors, reference == 0 ? 0 : p95 / reference);
        }
    }

    static Result run(HttpClient http, String template, int clients, long millis, long maxId, String[] ids, boolean gzip) throws Exception {
        long end = System.nanoTime() + millis * 1_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int seed = c;
                futures.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    long[] lat = new long[1 << 12];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        String url = template.replace("{id}", ids != null ? ids[random.nextInt(ids.length)]
                                : Long.toString(1 + (long) (random.nextDouble() * maxId)));
                        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
                        if (gzip) {
                            b.header("Accept-Encoding", "gzip");
                        }
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                            long t = System.nanoTime() - t0;
                            if (r.statusCode() / 100 == 2) {
                                if (n == lat.length) {
                                    lat = Arrays.copyOf(lat, n * 2);
                                }
                                lat[n++] = t;
                                bytes.addAndGet(r.body().length);
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
        }
        return new Result(perClient.stream().flatMapToLong(Arrays::stream).toArray(), errors.get(), bytes.get());
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
