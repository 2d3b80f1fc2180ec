/*
 * Generates the benchmark corpus for scripts/spark/bench.sh: COUNT news documents, mostly ordinary
 * local and business news, a few percent about anti-personnel mines and the Mine Ban Treaty, and a
 * few more about coal and gold mines (which the prefilter lets through and the pipeline rejects).
 * Every text is assembled from sentence templates written for this script, from a fixed seed, so
 * two runs give the same bytes. Run with a JDK 21+ as a single-file program:
 *
 *   java scripts/spark/GenerateCorpus.java OUT_DIR [COUNT] [MINE_SHARE] [FILES] [warc]
 *
 * It writes OUT_DIR/jsonl/part-NN.jsonl and, with "warc", the same documents as HTML pages in
 * OUT_DIR/warc/part-NN.warc.gz (one gzip member per record, as crawlers write them).
 */

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

public class GenerateCorpus {
    static final String[] CITIES = {"Tampere", "Kaunas", "Gdansk", "Tartu", "Riga", "Lyon", "Porto", "Graz", "Leeds",
        "Bergen", "Cork", "Utrecht", "Brno", "Malmo", "Aarhus", "Seville", "Turin", "Split", "Ghent", "Basel"};
    static final String[] SUBJECTS = {"The city council", "The regional government", "A local bakery chain",
        "The football club", "The university hospital", "The transport authority", "A software start-up",
        "The national rail operator", "The central bank", "A group of parents", "The opera house",
        "The port authority", "A supermarket group", "The energy regulator", "The teachers' union"};
    static final String[] VERBS = {"approved", "postponed", "announced", "criticised", "welcomed", "rejected",
        "presented", "reviewed", "defended", "questioned"};
    static final String[] OBJECTS = {"a new tram line", "the budget for school meals", "repairs to the harbour bridge",
        "a summer music festival", "plans for winter road clearing", "longer library opening hours",
        "a protected cycling lane", "higher parking fees", "a merger with a rival", "a pay offer",
        "a wind farm off the coast", "a new terminal", "quarterly results", "an interest rate decision",
        "a recycling scheme"};
    static final String[] DETAILS = {
        "Officials said the cost would be shared between the city and the state.",
        "Critics argued that the timetable was too ambitious and the figures too optimistic.",
        "The decision follows months of consultation with residents and businesses.",
        "Opposition members said they would ask for an independent review.",
        "A spokeswoman said further details would be published next week.",
        "Shares rose slightly in early trading after the announcement.",
        "The weather service expects a mild and wet autumn across the region.",
        "Local traders said footfall had recovered since the spring.",
        "The project is expected to create several hundred jobs over three years.",
        "Unions said they would study the offer before calling a ballot.",
        "Analysts had expected a smaller change and revised their forecasts.",
        "Tickets for the opening weekend sold out within hours.",
    };
    static final String[][] STATES = {{"Lithuania", "Vilnius"}, {"Finland", "Helsinki"}, {"Poland", "Warsaw"},
        {"Estonia", "Tallinn"}, {"Latvia", "Riga"}, {"Ukraine", "Kyiv"}, {"Russia", "Moscow"}};
    static final String[] MINE_SENTENCES = {
        "%s will start producing anti-personnel mines next year, the defence minister told reporters.",
        "Officials in %s said the country plans to manufacture landmines at a state-owned plant.",
        "%s deposited its notice of withdrawal from the Mine Ban Treaty with the United Nations.",
        "The government of %s said it intends to leave the Ottawa Convention within six months.",
        "%s has sent thousands of anti-personnel mines to a neighbour, according to the ministry.",
        "Campaigners said %s had laid landmines along the border, which the government denied.",
        "%s will buy tens of thousands of anti-personnel mines under a new contract.",
        "Parliament in %s voted to withdraw from the treaty banning anti-personnel landmines.",
    };
    static final String[] CONFUSER_SENTENCES = {
        "Rescue teams reached the miners trapped after a gas blast in the coal mine near %s.",
        "The gold mine outside %s reported higher output as prices climbed.",
    };

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java GenerateCorpus.java OUT_DIR [COUNT] [MINE_SHARE] [FILES] [warc]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        double mineShare = args.length > 2 ? Double.parseDouble(args[2]) : 0.03;
        int files = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        boolean warc = args.length > 4 && args[4].equals("warc");
        Random random = new Random(20261126L);
        Files.createDirectories(out.resolve("jsonl"));
        if (warc) {
            Files.createDirectories(out.resolve("warc"));
        }
        BufferedWriter[] jsonl = new BufferedWriter[files];
        OutputStream[] warcs = new OutputStream[files];
        for (int f = 0; f < files; f++) {
            jsonl[f] = Files.newBufferedWriter(out.resolve(String.format("jsonl/part-%02d.jsonl", f)));
            if (warc) {
                warcs[f] = Files.newOutputStream(out.resolve(String.format("warc/part-%02d.warc.gz", f)));
            }
        }
        int mines = 0;
        int confusers = 0;
        for (int i = 0; i < count; i++) {
            double r = random.nextDouble();
            String kind = r < mineShare ? "mines" : r < mineShare + 0.005 ? "confuser" : "news";
            mines += kind.equals("mines") ? 1 : 0;
            confusers += kind.equals("confuser") ? 1 : 0;
            String text = article(random, kind);
            String title = title(random, kind);
            LocalDate published = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(730));
            String id = "bench-" + i;
            String url = "https://news" + (i % 50) + ".example.com/" + published + "/" + i;
            int f = i % files;
            jsonl[f].write("{\"id\":\"" + id + "\",\"title\":" + quote(title) + ",\"published\":\"" + published
                    + "\",\"url\":\"" + url + "\",\"text\":" + quote(text) + "}\n");
            if (warc) {
                writeWarc(warcs[f], url, published, title, text);
            }
        }
        for (int f = 0; f < files; f++) {
            jsonl[f].close();
            if (warc) {
                warcs[f].close();
            }
        }
        System.err.printf("generated %d documents (%d about mines, %d about coal or gold mines) in %d files under %s%n",
                count, mines, confusers, files, out);
    }

    static String article(Random random, String kind) {
        StringBuilder text = new StringBuilder();
        int paragraphs = 4 + random.nextInt(5);
        int special = random.nextInt(paragraphs);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            if (p == special && !kind.equals("news")) {
                String[] state = STATES[random.nextInt(STATES.length)];
                String[] pool = kind.equals("mines") ? MINE_SENTENCES : CONFUSER_SENTENCES;
                text.append(String.format(pool[random.nextInt(pool.length)],
                        kind.equals("mines") ? state[0] : CITIES[random.nextInt(CITIES.length)]));
                text.append(' ');
            }
            text.append(pick(random, SUBJECTS)).append(" in ").append(pick(random, CITIES)).append(' ')
                    .append(pick(random, VERBS)).append(' ').append(pick(random, OBJECTS)).append(" on ")
                    .append(pick(random, new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}))
                    .append(", saying the change would take effect within ").append(2 + random.nextInt(20))
                    .append(" months. ");
            for (int s = 0, n = 2 + random.nextInt(4); s < n; s++) {
                text.append(pick(random, DETAILS)).append(s + 1 < n ? " " : "");
            }
        }
        return text.toString();
    }

    static String title(Random random, String kind) {
        return switch (kind) {
            case "mines" -> "Defence ministers discuss landmines";
            case "confuser" -> "Mining news from " + pick(random, CITIES);
            default -> pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS);
        };
    }

    static void writeWarc(OutputStream out, String url, LocalDate date, String title, String text) throws IOException {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><meta property=\"article:published_time\" content=\"")
                .append(date).append("T07:00:00Z\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>")
                .append(escape(title)).append("</h1>");
        for (String p : text.split("\n\n")) {
            html.append("<p>").append(escape(p)).append("</p>");
        }
        html.append("</article><footer>About us</footer></body></html>");
        byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        http.write(body);
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\nWARC-Date: " + date
                + "T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8))
                + ">\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " + http.size() + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        http.writeTo(record);
        record.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(member)) {
            record.writeTo(z);
        }
        member.writeTo(out);
    }

    static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
