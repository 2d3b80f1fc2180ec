package org.treatywatch.extract.syntax;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layer;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.ParsedSentence;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Stage;

/**
 * The syntax stage: part of speech, lemma and Universal Dependencies parse (basic tree and
 * enhanced++ graph) from CoreNLP's tagger and neural dependency parser, for the sentences
 * {@link SyntaxGate} says may hold a claim, on the project's own tokens ({@link SentenceParser}).
 * A sentence of more than {@link #MAX_WORDS} words is not parsed and appears as
 * {@link ParsedSentence.Status#TOO_LONG}: in news such a "sentence" is nearly always a table, a
 * list or text without full stops, whose parse would be noise, and the parser's time grows with it.
 *
 * <p>Thread-safe: the models ({@link SyntaxModels}) are shared and read-only, and everything else is
 * local to a call. They load on the first sentence that needs them, not when the stage is built.
 */
public final class SyntaxParser implements Stage {
    /** Words in the longest sentence parsed (a news sentence seldom has more than 60). */
    public static final int MAX_WORDS = 150;

    private final Supplier<SyntaxModels> models;
    private final int maxWords;

    public SyntaxParser() {
        this(SyntaxModels::shared, MAX_WORDS);
    }

    SyntaxParser(Supplier<SyntaxModels> models, int maxWords) {
        this.models = models;
        this.maxWords = maxWords;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.SYNTAX);
    }

    @Override
    public AnnotatedText apply(AnnotatedText in) {
        BitSet gated = SyntaxGate.sentencesToParse(in);
        List<ParsedSentence> out = new ArrayList<>(gated.cardinality());
        if (!gated.isEmpty()) {
            SentenceParser parser = new SentenceParser(models.get(), maxWords);
            List<Sentence> sentences = in.get(Layers.SENTENCES);
            for (int s = gated.nextSetBit(0); s >= 0; s = gated.nextSetBit(s + 1)) {
                out.add(parser.parse(in.text(), in.get(Layers.TOKENS), s, sentences.get(s)));
            }
        }
        return in.with(Layers.SYNTAX, out);
    }
}
