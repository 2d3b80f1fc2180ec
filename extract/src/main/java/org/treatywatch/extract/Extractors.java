package org.treatywatch.extract;

import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.core.treaty.TreatyRegistry;
import org.treatywatch.extract.actor.ActorResolver;
import org.treatywatch.extract.claim.ClaimAssembler;
import org.treatywatch.extract.document.FocusFinder;
import org.treatywatch.extract.mention.MentionFinder;
import org.treatywatch.extract.mention.ReferenceLexicons;
import org.treatywatch.extract.pipeline.Pipeline;
import org.treatywatch.extract.quantity.QuantityParser;
import org.treatywatch.extract.quote.QuoteAttributor;
import org.treatywatch.extract.syntax.SyntaxModels;
import org.treatywatch.extract.syntax.SyntaxParser;
import org.treatywatch.extract.text.TextSegmenter;
import org.treatywatch.extract.time.TimeResolver;

/**
 * Builds the standard {@link ClaimExtractor}. The pipeline (STYLE.md, "Text pipeline") is:
 * <ol>
 *   <li>{@link TextSegmenter}: sentences, tokens, datelines;</li>
 *   <li>{@link MentionFinder}: states, closed groups, treaties, weapons (gazetteer from core's
 *       {@code StateRegistry} and {@code TreatyRegistry});</li>
 *   <li>{@link FocusFinder}: the document layer, the article's main treaty and focal state;</li>
 *   <li>{@link QuoteAttributor}: quotations, reported speech and their speakers;</li>
 *   <li>{@link ActorResolver}: lists, "the two countries", "each side", pronouns;</li>
 *   <li>{@link QuantityParser}, {@link TimeResolver}: counts, money, dates;</li>
 *   <li>only in {@link #withSyntax()}: {@link SyntaxParser}, part of speech, lemma and dependencies;</li>
 *   <li>{@link ClaimAssembler}: act words to claims.</li>
 * </ol>
 * Documents that name no mine, landmine or treaty skip the pipeline ({@link ClaimExtractor#mightHoldClaims}).
 * The instance is immutable and thread-safe; build it once per process.
 */
public final class Extractors {
    private Extractors() {}

    private static final class Standard {
        static final ClaimExtractor INSTANCE = new RuleBasedExtractor(pipeline(false, false));
    }

    private static final class WithSyntax {
        static final ClaimExtractor INSTANCE = new VersionedExtractor(
                new RuleBasedExtractor(pipeline(false, true)), "+syntax-" + SyntaxModels.ID);
    }

    /** The shared standard extractor (built on first use: gazetteers compiled once). */
    public static ClaimExtractor standard() {
        return Standard.INSTANCE;
    }

    /**
     * An extractor that also checks every layer after every stage (tests, {@code --check}); slower.
     * Both report a failing stage as an {@link ExtractionException}.
     */
    public static ClaimExtractor checking() {
        return new RuleBasedExtractor(pipeline(true, false));
    }

    /**
     * The standard extractor with the syntactic layer ({@link SyntaxParser}: part of speech, lemma
     * and dependency parse of the sentences that may hold a claim) computed before the claim rules,
     * for rules that use it; shared like {@link #standard()}. The models load on the first document
     * that needs them. Its claims are the standard extractor's until rules read the layer.
     */
    public static ClaimExtractor withSyntax() {
        return WithSyntax.INSTANCE;
    }

    /** {@link #withSyntax()} checking every layer after every stage, as {@link #checking()}. */
    public static ClaimExtractor checkingWithSyntax() {
        return new VersionedExtractor(new RuleBasedExtractor(pipeline(true, true)), "+syntax-" + SyntaxModels.ID);
    }

    static Pipeline pipeline(boolean validating) {
        return pipeline(validating, false);
    }

    static Pipeline pipeline(boolean validating, boolean syntax) {
        StateRegistry states = StateRegistry.standard();
        Pipeline.Builder b = Pipeline.builder()
                .add(new TextSegmenter())
                .add(new MentionFinder(ReferenceLexicons.states(states),
                        ReferenceLexicons.treaties(TreatyRegistry.standard(), states)))
                .add(new FocusFinder())
                .add(new QuoteAttributor())
                .add(new ActorResolver())
                .add(new QuantityParser())
                .add(new TimeResolver());
        if (syntax) {
            b.add(new SyntaxParser());
        }
        b.add(new ClaimAssembler());
        if (validating) {
            b.validating();
        }
        return b.build();
    }
}
