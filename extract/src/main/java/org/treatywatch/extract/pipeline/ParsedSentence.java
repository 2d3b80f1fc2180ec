package org.treatywatch.extract.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntax of one sentence that may hold a claim ({@link Layers#SYNTAX}): its words with part of
 * speech, lemma and basic dependency tree, and the enhanced++ graph. Only the sentences the
 * syntax stage's gate lets through have one; a gated sentence longer than the parse limit is here
 * with status {@link Status#TOO_LONG} and no words, so that a rule can fall back on the tokens.
 *
 * @param sentence index of the sentence in {@link Layers#SENTENCES}
 */
public record ParsedSentence(Span span, int sentence, Status status, List<SyntaxWord> words, List<Dependency> enhanced)
        implements Spanned {

    public enum Status {
        PARSED,
        /** more words than the limit: not parsed */
        TOO_LONG
    }

    public ParsedSentence {
        words = List.copyOf(words);
        enhanced = List.copyOf(enhanced);
    }

    public boolean parsed() {
        return status == Status.PARSED;
    }

    /** Indexes in {@link #words()} of the words that make up {@code token} (usually one; none when not parsed). */
    public List<Integer> wordsOf(int token) {
        List<Integer> out = new ArrayList<>(1);
        for (int w = 0; w < words.size(); w++) {
            if (words.get(w).token() == token) {
                out.add(w);
            }
        }
        return out;
    }

    /** The enhanced++ edges whose governor is word {@code w} (any copy). */
    public List<Dependency> dependentsOf(int w) {
        return enhanced.stream().filter(d -> d.governor() == w).toList();
    }

    /** The enhanced++ edges whose dependent is word {@code w} (any copy). */
    public List<Dependency> governorsOf(int w) {
        return enhanced.stream().filter(d -> d.dependent() == w).toList();
    }
}
