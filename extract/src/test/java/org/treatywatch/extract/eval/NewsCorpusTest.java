package org.treatywatch.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the corpus in the shapes of real news ({@code corpus/news}, tuned on, and
 * {@code corpus/blind}, never tuned on) against the promises of its README and of issue 10: at
 * least 150 articles of 150 to 1,500 words, 40 of them blind, at least 12 genres with at least 8
 * articles each, every year from 1997 to 2026 in reach, at least 25 confusers, and two independent
 * annotations beside every gold file. Reads only the files' metadata and counts (a test is no
 * reader who could tune on the blind set).
 */
class NewsCorpusTest {
    static final Set<String> GENRES = Set.of("wire", "analysis", "ngo-release", "monitor-report", "un-summary",
            "explainer", "op-ed", "interview", "gov-release", "regional", "defence-trade", "live-blog", "historical");
    static final ObjectMapper JSON = new ObjectMapper();
    static List<Article> articles;

    record Article(String corpus, EvalDocument doc, JsonNode meta) {
        String name() {
            return corpus + "/" + doc.basename();
        }
    }

    @BeforeAll
    static void load() throws IOException {
        articles = new ArrayList<>();
        for (String corpus : List.of("news", "blind")) {
            for (EvalDocument d : EvalCorpus.load(CorpusFilesTest.dir(corpus))) {
                Path meta = Path.of(d.document().id().replaceFirst("\\.txt$", ".meta.json"));
                articles.add(new Article(corpus, d, JSON.readTree(Files.readString(meta))));
            }
        }
    }

    @Test
    void atLeast150Articles_of150To1500Words_40OfThemBlind() {
        assertThat(articles).hasSizeGreaterThanOrEqualTo(150);
        assertThat(articles.stream().filter(a -> a.corpus().equals("blind"))).hasSize(40);
        for (Article a : articles) {
            int words = a.doc().document().text().strip().split("\\s+").length;
            assertThat(words).as(a.name()).isBetween(150, 1500);
        }
    }

    @Test
    void everyArticle_hasItsGenreDateAndWriter_andTwelveGenresHaveEightArticlesEach() {
        Map<String, Integer> byGenre = new TreeMap<>();
        for (Article a : articles) {
            assertThat(a.meta().path("genre").asText()).as(a.name()).isIn(GENRES);
            assertThat(a.meta().path("writer").asText()).as(a.name()).isNotBlank();
            assertThat(a.meta().path("outlet").asText()).as(a.name()).isNotBlank();
            assertThat(a.doc().document().published()).as(a.name()).isNotNull();
            byGenre.merge(a.meta().path("genre").asText(), 1, Integer::sum);
        }
        assertThat(byGenre.values().stream().filter(n -> n >= 8)).as(byGenre.toString()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void publishedDates_spanTheTreatiesHistory_1997To2026() {
        List<Integer> years = articles.stream().map(a -> a.doc().document().published().getYear()).sorted().toList();
        assertThat(years.get(0)).isBetween(1997, 1999);
        assertThat(years.get(years.size() - 1)).isEqualTo(2026);
        assertThat(years.stream().filter(y -> y <= 2010)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(years.stream().filter(y -> y >= 2011 && y <= 2023)).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void atLeast25Confusers() {
        assertThat(articles.stream().filter(a -> a.meta().path("confuser").asBoolean())).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void everyGoldFile_hasTwoIndependentAnnotationsBesideIt() {
        for (Article a : articles) {
            Path dir = CorpusFilesTest.dir(a.corpus()).resolve("annotations");
            for (String side : List.of("a", "b")) {
                Path annotation = dir.resolve(side).resolve(a.doc().basename().replaceFirst("\\.txt$", ".gold.jsonl"));
                assertThat(annotation).as(a.name()).isRegularFile();
                // The raw annotations parse as gold too: the agreement the README reports is computed on them.
                try {
                    GoldReader.parse(annotation.toString(), Files.readString(annotation));
                } catch (IOException e) {
                    throw new AssertionError(annotation + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
