package org.treatywatch.extract.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Focus;
import org.treatywatch.extract.pipeline.Layer;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Stage;

/**
 * The document layer's stage: finds the article's {@link Focus}.
 * <ul>
 *   <li>The main treaty is the codebook's treaty named most often by name, a name in the headline or first sentence
 *       counting twice (the lede says what the story is about); a tie goes to the one named first. "The treaty"
 *       far from any name stands for it, not for the last treaty named in passing ("The Ottawa Convention ... Like
 *       the Convention on Cluster Munitions, it ... Lithuania may leave the treaty").</li>
 *   <li>The focal state is the state named most often, when it is named at least {@value #MIN_FOCAL} times, in the
 *       headline or the first two sentences, and at least twice as often as any other state: an article about one
 *       state's programme. A story about several states has none.</li>
 * </ul>
 */
public final class FocusFinder implements Stage {
    /** The fewest mentions of a focal state. */
    static final int MIN_FOCAL = 3;
    private static final Set<String> CODEBOOK_TREATIES = Set.of("APMBC", "CCM");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.MENTIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.FOCUS);
    }

    @Override
    public AnnotatedText apply(AnnotatedText in) {
        return in.with(Layers.FOCUS, List.of(focusOf(in.get(Layers.SENTENCES), in.get(Layers.MENTIONS))));
    }

    static Focus focusOf(List<Sentence> sentences, List<Mention> mentions) {
        int ledeEnd = sentences.isEmpty() ? 0 : sentences.get(Math.min(1, sentences.size() - 1)).endToken();
        int firstEnd = sentences.isEmpty() ? 0 : sentences.getFirst().endToken();
        Map<String, Integer> treaties = new LinkedHashMap<>();
        Map<String, Integer> states = new LinkedHashMap<>();
        Set<String> inLede = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.TREATY && m.code() != null && CODEBOOK_TREATIES.contains(m.code())) {
                treaties.merge(m.code(), m.firstToken() < firstEnd ? 2 : 1, Integer::sum);
            } else if (m.kind() == Mention.Kind.STATE && m.states().size() == 1 && m.form() != Mention.Form.DATELINE) {
                String st = m.states().getFirst();
                states.merge(st, 1, Integer::sum);
                if (m.firstToken() < ledeEnd) {
                    inLede.add(st);
                }
            }
        }
        return new Focus(top(treaties), focal(states, inLede));
    }

    /** The key with the highest count, the first one on a tie; null for none. */
    private static String top(Map<String, Integer> counts) {
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static String focal(Map<String, Integer> counts, Set<String> inLede) {
        String best = top(counts);
        if (best == null || counts.get(best) < MIN_FOCAL || !inLede.contains(best)) {
            return null;
        }
        int n = counts.get(best);
        boolean standsOut = counts.entrySet().stream().allMatch(e -> e.getKey().equals(best) || 2 * e.getValue() <= n);
        return standsOut ? best : null;
    }
}
