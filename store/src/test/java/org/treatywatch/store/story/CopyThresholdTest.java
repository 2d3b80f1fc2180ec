package org.treatywatch.store.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The copy threshold measured on the project's corpora: {@code corpus/dev} and {@code corpus/news}
 * hold many distinct articles about the same events (the Baltic and Finnish withdrawals, Ukraine's
 * "suspension", Russia's use), and edited copies of each (retitled, words changed, cut, a footer
 * added) are made here with a fixed seed. Every distinct pair must fall below
 * {@link Stories#COPY_SIMILARITY} and every copy above it.
 */
class CopyThresholdTest {

    @Test
    void distinctArticlesOnTheSameEvents_fallBelowTheThreshold_andEditedCopiesAbove() throws IOException {
        List<String> texts = corpus();
        assertThat(texts).as("corpus/dev and corpus/news texts").hasSizeGreaterThan(100);
        List<long[]> sigs = texts.stream().map(MinHash::signature).toList();
        double maxDistinct = 0;
        String worst = "";
        for (int i = 0; i < sigs.size(); i++) {
            for (int j = i + 1; j < sigs.size(); j++) {
                double s = MinHash.similarity(sigs.get(i), sigs.get(j));
                if (s > maxDistinct) {
                    maxDistinct = s;
                    worst = i + "/" + j;
                }
            }
        }
        Random random = new Random(11);
        double minCopy = 1;
        double[] copies = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            String copy = EditedCopies.edit(texts.get(i), random);
            copies[i] = MinHash.similarity(sigs.get(i), MinHash.signature(copy));
            minCopy = Math.min(minCopy, copies[i]);
        }
        Arrays.sort(copies);
        System.out.printf("distinct pairs: max %.3f (%s); edited copies: min %.3f, p5 %.3f, median %.3f%n",
                maxDistinct, worst, minCopy, copies[copies.length / 20], copies[copies.length / 2]);
        assertThat(maxDistinct).isLessThan(Stories.COPY_SIMILARITY);
        assertThat(minCopy).isGreaterThanOrEqualTo(Stories.COPY_SIMILARITY);
    }

    /** The texts of corpus/dev and corpus/news, read in place (never corpus/blind or heldout). */
    static List<String> corpus() throws IOException {
        Path root = Path.of("..", "corpus");
        List<String> out = new ArrayList<>();
        for (String dir : List.of("dev", "news")) {
            try (Stream<Path> files = Files.list(root.resolve(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(Files.readString(p));
                }
            }
        }
        return out;
    }
}
