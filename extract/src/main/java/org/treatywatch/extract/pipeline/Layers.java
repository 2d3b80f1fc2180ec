package org.treatywatch.extract.pipeline;

import java.util.List;
import org.treatywatch.core.claim.Claim;

/** The layers of the standard pipeline, in the order its stages add them. */
public final class Layers {
    private Layers() {}

    public static final Layer<Sentence> SENTENCES = Layer.of("sentences", Sentence.class);
    public static final Layer<Token> TOKENS = Layer.of("tokens", Token.class);
    /** "VILNIUS (Reuters) -": names here never make a claim (CODEBOOK.md, capitals). */
    public static final Layer<Span> DATELINES = Layer.of("datelines", Span.class);
    public static final Layer<Mention> MENTIONS = Layer.of("mentions", Mention.class);
    public static final Layer<Quote> QUOTES = Layer.of("quotes", Quote.class);
    public static final Layer<ActorRef> ACTORS = Layer.of("actors", ActorRef.class);
    /** The article's main treaty and focal state: one element per document (the document layer). */
    public static final Layer<Focus> FOCUS = Layer.of("focus", Focus.class);
    public static final Layer<Measure> MEASURES = Layer.of("measures", Measure.class);
    public static final Layer<TimeExpression> TIMES = Layer.of("times", TimeExpression.class);
    /** Part of speech, lemma and dependencies of the sentences that may hold a claim (only with the syntax stage). */
    public static final Layer<ParsedSentence> SYNTAX = Layer.of("syntax", ParsedSentence.class);
    public static final Layer<Claim> CLAIMS = Layer.of("claims", Claim.class);

    static final List<Layer<?>> ALL = List.of(SENTENCES, TOKENS, DATELINES, MENTIONS, QUOTES, ACTORS, FOCUS, MEASURES, TIMES, SYNTAX, CLAIMS);
}
