package org.treatywatch.store.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Edited copies of an article as republishers make them: a new headline, a dateline or byline
 * changed, a few words replaced, a paragraph dropped, the end cut off, a footer added.
 */
public final class EditedCopies {
    private static final String[] SWAPS = {"said", "stated", "told reporters", "according to", "announced", "on Monday"};

    private EditedCopies() {}

    /** One copy with every kind of edit, each sized at random within what wire republishers do. */
    public static String edit(String text, Random random) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("\n")));
        paragraphs.removeIf(String::isBlank);
        if (paragraphs.size() > 4) {
            int keep = Math.max(3, (int) Math.ceil(paragraphs.size() * (0.75 + 0.25 * random.nextDouble())));
            paragraphs = new ArrayList<>(paragraphs.subList(0, keep)); // cut at the end
            paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1)); // and one paragraph dropped
        }
        StringBuilder out = new StringBuilder("Republished: ").append(random.nextInt(1000)).append(" update\n");
        for (String p : paragraphs) {
            String[] words = p.split(" ");
            for (int w = 0; w < words.length; w++) {
                if (random.nextDouble() < 0.03) {
                    words[w] = SWAPS[random.nextInt(SWAPS.length)];
                }
            }
            out.append(String.join(" ", words)).append('\n');
        }
        return out.append("(c) Example Syndication ").append(2020 + random.nextInt(7)).append(". All rights reserved.\n").toString();
    }
}
