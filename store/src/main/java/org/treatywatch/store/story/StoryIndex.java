package org.treatywatch.store.story;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.treatywatch.store.ContentHash;
import org.treatywatch.store.Times;

/**
 * Puts a new document into a story, in the caller's transaction (the document's own): the story of
 * a stored document with the same words (an exact copy: case, punctuation and spacing aside), else
 * of the most similar stored document whose MinHash similarity is at least
 * {@link Stories#COPY_SIMILARITY} among those that share a band of its signature (at most
 * {@link #CANDIDATES} of them, those sharing most bands first), else a new story. A copy joins the
 * story of what it copies; two stories are never merged, so a document that resembles two joins the
 * one it resembles most.
 */
public final class StoryIndex {
    /** Candidates whose signatures are compared, those sharing most bands first. */
    static final int CANDIDATES = 40;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private StoryIndex() {}

    /** What {@link #add} decided. */
    public record Placement(long storyId, Long copyOf, Double similarity) {}

    /** Whether the document already has its story (a rerun after a crash finds out here). */
    public static boolean indexed(Handle h, long documentId) {
        return h.createQuery("SELECT COUNT(*) FROM document_stories WHERE document_id = :d")
                .bind("d", documentId).mapTo(Long.class).one() > 0;
    }

    public static Placement add(Handle h, long documentId, String text) {
        String words = wordsHash(text);
        long[] signature = MinHash.signature(text);
        Placement p = exactCopy(h, words).orElseGet(() -> nearCopy(h, signature).orElse(null));
        if (p == null) {
            long story = h.createUpdate("INSERT INTO stories (first_document_id, created_at) VALUES (:d, :at)")
                    .bind("d", documentId).bind("at", Times.format(Instant.now()))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            p = new Placement(story, null, null);
        }
        h.createUpdate("""
                        INSERT INTO document_stories (document_id, story_id, copy_of, similarity, words_hash, signature)
                        VALUES (:d, :s, :copyOf, :similarity, :words, :signature)""")
                .bind("d", documentId).bind("s", p.storyId()).bind("copyOf", p.copyOf())
                .bind("similarity", p.similarity()).bind("words", words).bind("signature", MinHash.encode(signature))
                .execute();
        long[] bands = MinHash.bands(signature);
        if (bands.length > 0) {
            PreparedBatch batch = h.prepareBatch("INSERT INTO minhash_bands (hash, document_id) VALUES (:h, :d)");
            for (long band : bands) {
                batch.bind("h", band).bind("d", documentId).add();
            }
            batch.execute();
        }
        return p;
    }

    private static Optional<Placement> exactCopy(Handle h, String words) {
        return h.createQuery("SELECT document_id, story_id FROM document_stories WHERE words_hash = :w ORDER BY document_id LIMIT 1")
                .bind("w", words)
                .map((rs, ctx) -> new Placement(rs.getLong("story_id"), rs.getLong("document_id"), 1.0))
                .findOne();
    }

    private static Optional<Placement> nearCopy(Handle h, long[] signature) {
        long[] bands = MinHash.bands(signature);
        if (bands.length == 0) {
            return Optional.empty();
        }
        List<Long> candidates = h.createQuery("""
                        SELECT document_id FROM minhash_bands WHERE hash IN (<bands>)
                        GROUP BY document_id ORDER BY COUNT(*) DESC, document_id LIMIT :limit""")
                .bindList("bands", java.util.Arrays.stream(bands).boxed().toList())
                .bind("limit", CANDIDATES)
                .mapTo(Long.class).list();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Placement best = null;
        for (var row : h.createQuery("SELECT document_id, story_id, signature FROM document_stories WHERE document_id IN (<ids>)")
                .bindList("ids", candidates)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}).list()) {
            double s = MinHash.similarity(signature, MinHash.decode((String) row[2]));
            if (s >= Stories.COPY_SIMILARITY && (best == null || s > best.similarity()
                    || s == best.similarity() && (Long) row[0] < best.copyOf())) {
                best = new Placement((Long) row[1], (Long) row[0], s);
            }
        }
        return Optional.ofNullable(best);
    }

    /** SHA-256 of the text's words alone, lower case and without diacritics. */
    static String wordsHash(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return ContentHash.sha256Hex(NOT_WORD.matcher(folded).replaceAll(" ").strip());
    }
}
