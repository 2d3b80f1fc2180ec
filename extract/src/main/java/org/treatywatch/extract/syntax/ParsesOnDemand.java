package org.treatywatch.extract.syntax;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.treatywatch.extract.pipeline.ParsedSentence;
import org.treatywatch.extract.pipeline.SentenceParses;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Token;

/** One document's gated sentences, parsed on first read by {@link SentenceParser} ({@link SentenceParses}). */
final class ParsesOnDemand extends SentenceParses {
    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    /** The gated sentences' indexes, ascending. */
    private final int[] gated;
    private final Supplier<SyntaxModels> models;
    private final int maxWords;
    private final AtomicReferenceArray<ParsedSentence> parses;

    ParsesOnDemand(String text, List<Token> tokens, List<Sentence> sentences, BitSet gated, Supplier<SyntaxModels> models,
            int maxWords) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.gated = gated.stream().toArray();
        this.models = models;
        this.maxWords = maxWords;
        this.parses = new AtomicReferenceArray<>(this.gated.length);
    }

    @Override
    public ParsedSentence get(int index) {
        ParsedSentence p = parses.get(index);
        if (p == null) {
            int s = gated[index];
            p = new SentenceParser(models.get(), maxWords).parse(text, tokens, s, sentences.get(s));
            if (!parses.compareAndSet(index, null, p)) {
                p = parses.get(index);
            }
        }
        return p;
    }

    @Override
    public int size() {
        return gated.length;
    }

    @Override
    public ParsedSentence ofSentence(int sentence) {
        int index = Arrays.binarySearch(gated, sentence);
        return index < 0 ? null : get(index);
    }

    @Override
    public int parsedSoFar() {
        int n = 0;
        for (int i = 0; i < parses.length(); i++) {
            n += parses.get(i) == null ? 0 : 1;
        }
        return n;
    }
}
