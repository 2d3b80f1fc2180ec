package org.treatywatch.extract.syntax;

import java.util.Set;
import java.util.function.Supplier;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layer;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.ParsedSentence;
import org.treatywatch.extract.pipeline.SentenceParses;
import org.treatywatch.extract.pipeline.Stage;

/**
 * The syntax stage: part of speech, lemma and Universal Dependencies parse (basic tree and
 * enhanced++ graph) from CoreNLP's tagger and neural dependency parser, for the sentences
 * {@link SyntaxGate} says may hold a claim, on the project's own tokens ({@link SentenceParser}).
 * A sentence of more than {@link #MAX_WORDS} words is not parsed and appears as
 * {@link ParsedSentence.Status#TOO_LONG}: in news such a "sentence" is nearly always a table, a
 * list or text without full stops, whose parse would be noise, and the parser's time grows with it.
 *
 * <p>A gated sentence is parsed only when it is first read ({@link SentenceParses}): the claim rules
 * ask about the sentences of the acts that would give claims, about three in five of those the gate
 * lets through in text about mines, and never pay for the others.
 *
 * <p>Thread-safe: the models ({@link SyntaxModels}) are shared and read-only, and everything else is
 * local to a document. They load on the first sentence parsed, not when the stage is built.
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
        return in.with(Layers.SYNTAX, new ParsesOnDemand(in.text(), in.get(Layers.TOKENS), in.get(Layers.SENTENCES),
                SyntaxGate.sentencesToParse(in), models, maxWords));
    }
}
