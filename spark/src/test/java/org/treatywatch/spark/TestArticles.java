package org.treatywatch.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.treatywatch.core.document.Document;

/**
 * Documents for the batch tests: the development corpus ({@code corpus/dev/*.txt} at the repository
 * root, read in place, and the shared seed article when {@code ../shared/corpus} is present), a few
 * short articles about mines written for these tests, and ordinary-news fillers generated from a
 * fixed seed. Fillers never mention mines or treaties, so the prefilter should drop them.
 */
final class TestArticles {
    /** Short texts of our own about mines; enough claims even when the corpus is absent. */
    private static final String[] OWN = {
        "Lithuania's defence ministry said on Tuesday it will start producing anti-personnel mines next year.\n\n"
                + "Officials in Vilnius said the plant would be run by a state company.",
        "Finland plans to manufacture landmines at a state-owned plant, officials said.\n\n"
                + "Finland is withdrawing from the Mine Ban Treaty after a vote in parliament.",
        "Poland will leave the Ottawa Convention in February, the defence minister said.\n\n"
                + "Warsaw has made no decision yet about production.",
        "Estonia \uD83C\uDDEA\uD83C\uDDEA said it will quit the mine ban convention\u00a0this summer.\n\n"
                + "Latvia's parliament voted to withdraw from the treaty banning landmines.",
        "Russia has produced mines in large numbers since 2022, the monitor said.\n\n"
                + "Ukraine accuses Russia of laying them near front-line villages.",
        "The old coal mine near the river closed in 1998 and is now a museum.",
    };

    private static final String[] CITIES = {"Tampere", "Kaunas", "Gdansk", "Tartu", "Riga", "Lyon", "Porto", "Graz"};
    private static final String[] TOPICS = {"a new tram line", "school meals", "the harbour bridge", "a music festival",
        "winter road clearing", "the public library", "a cycling lane", "hospital parking"};
    private static final String[] SAYERS = {"the mayor", "a spokeswoman for the council", "local traders",
        "the transport authority", "residents"};

    private TestArticles() {}

    /** The mine-related documents: our own texts plus the development corpus where present. */
    static List<Document> aboutMines(Path repoRoot) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < OWN.length; i++) {
            docs.add(new Document("own-" + i, OWN[i], "Own test article " + i, LocalDate.of(2024 + i % 2, 3 + i, 10),
                    "https://news.example.org/own/" + i, "news.example.org"));
        }
        List<Path> files = new ArrayList<>(textFiles(repoRoot.resolve("corpus/dev")));
        files.addAll(textFiles(repoRoot.resolve("../shared/corpus")));
        for (Path file : files) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String name = file.getFileName().toString().replace(".txt", "");
                docs.add(new Document("corpus-" + name, text, name, LocalDate.of(2025, 6, 27),
                        "https://corpus.example.org/" + name, "corpus.example.org"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs;
    }

    /** {@code count} ordinary-news documents, the same ones on every run. */
    static List<Document> fillers(int count, long seed) {
        Random random = new Random(seed);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String city = CITIES[random.nextInt(CITIES.length)];
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String sayer = SAYERS[random.nextInt(SAYERS.length)];
            String text = "The city council of " + city + " approved money for " + topic + " on Monday.\n\n"
                    + "The plan was welcomed by " + sayer + ", who said work could begin within " + (2 + random.nextInt(9))
                    + " months.\n\nA final vote is expected after the summer break.";
            LocalDate published = i % 7 == 6 ? null : LocalDate.of(2024 + i % 2, 1 + i % 12, 1 + i % 28);
            docs.add(new Document("filler-" + seed + "-" + i, text, topic + " in " + city, published,
                    "https://local.example.net/" + seed + "/" + i, "local.example.net"));
        }
        return docs;
    }

    private static List<Path> textFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
