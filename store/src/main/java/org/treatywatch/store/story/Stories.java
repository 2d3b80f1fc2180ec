package org.treatywatch.store.story;

/**
 * What counts as a copy. Two documents are one story when the estimated Jaccard similarity of
 * their 3-word shingle sets ({@link MinHash}) is at least {@link #COPY_SIMILARITY}, or when their
 * words are the same. Measured on {@code corpus/dev} and {@code corpus/news} ({@code
 * CopyThresholdTest}): distinct articles about the same events share at most 0.094 of their
 * shingles, while copies retitled, cut by up to a quarter, a paragraph dropped, 3% of words
 * changed and a footer added share 0.37 or more (median 0.70). 0.3 sits in that gap, nearer the
 * distinct side, because a copy cut to a third of its length (Jaccard about 0.33) is still a copy.
 */
public final class Stories {
    public static final double COPY_SIMILARITY = 0.3;

    private Stories() {}
}
