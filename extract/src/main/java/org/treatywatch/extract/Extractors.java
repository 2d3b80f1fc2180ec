package org.treatywatch.extract;

import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.core.treaty.TreatyRegistry;
import org.treatywatch.extract.actor.ActorResolver;
import org.treatywatch.extract.claim.ClaimAssembler;
import org.treatywatch.extract.mention.MentionFinder;
import org.treatywatch.extract.mention.ReferenceLexicons;
import org.treatywatch.extract.pipeline.Pipeline;
import org.treatywatch.extract.quantity.QuantityParser;
import org.treatywatch.extract.quote.QuoteAttributor;
import org.treatywatch.extract.text.TextSegmenter;
import org.treatywatch.extract.time.TimeResolver;

/**
 * Builds the standard {@link ClaimExtractor}. The pipeline (STYLE.md, "Text pipeline") is:
 * <ol>
 *   <li>{@link TextSegmenter}: sentences, tokens, datelines;</li>
 *   <li>{@link MentionFinder}: states, closed groups, treaties, weapons (gazetteer from core's
 *       {@code StateRegistry} and {@code TreatyRegistry});</li>
 *   <li>{@link QuoteAttributor}: quotations, reported speech and their speakers;</li>
 *   <li>{@link ActorResolver}: lists, "the two countries", "each side", pronouns;</li>
 *   <li>{@link QuantityParser}, {@link TimeResolver}: counts, money, dates;</li>
 *   <li>{@link ClaimAssembler}: act words to claims.</li>
 * </ol>
 * Documents that name no mine, landmine or treaty skip the pipeline ({@link ClaimExtractor#mightHoldClaims}).
 * The instance is immutable and thread-safe; build it once per process.
 */
public final class Extractors {
    private Extractors() {}

    private static final class Standard {
        static final ClaimExtractor INSTANCE = new RuleBasedExtractor(pipeline(false));
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
        return new RuleBasedExtractor(pipeline(true));
    }

    static Pipeline pipeline(boolean validating) {
        StateRegistry states = StateRegistry.standard();
        Pipeline.Builder b = Pipeline.builder()
                .add(new TextSegmenter())
                .add(new MentionFinder(ReferenceLexicons.states(states),
                        ReferenceLexicons.treaties(TreatyRegistry.standard(), states)))
                .add(new QuoteAttributor())
                .add(new ActorResolver())
                .add(new QuantityParser())
                .add(new TimeResolver())
                .add(new ClaimAssembler());
        if (validating) {
            b.validating();
        }
        return b.build();
    }
}
