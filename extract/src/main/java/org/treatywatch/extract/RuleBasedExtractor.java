package org.treatywatch.extract;

import java.util.List;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.Pipeline;
import org.treatywatch.extract.rules.RuleFiles;

/**
 * The standard {@link ClaimExtractor}: a {@link TriggerScan} that skips documents naming no mine,
 * landmine or treaty, then the rule pipeline. Any exception from a stage on a pathological input is
 * contained here (the document yields no claims) so that a batch never dies on one document; the
 * validating pipeline used in tests lets it surface instead.
 */
final class RuleBasedExtractor implements ClaimExtractor {
    /** The rules' code; {@link #version()} adds the hash of their data files ({@link RuleFiles}). */
    static final String VERSION = "rules-2026.12.01-1";

    private final Pipeline pipeline;
    private final boolean rethrow;

    RuleBasedExtractor(Pipeline pipeline, boolean rethrow) {
        this.pipeline = pipeline;
        this.rethrow = rethrow;
    }

    @Override
    public List<Claim> extract(Document document) {
        if (document == null || !TriggerScan.mightHoldClaims(document.text())) {
            return List.of();
        }
        try {
            return pipeline.apply(AnnotatedText.of(document)).get(Layers.CLAIMS);
        } catch (RuntimeException | StackOverflowError e) {
            if (rethrow) {
                throw e;
            }
            return List.of();
        }
    }

    /** The annotated text with every layer, for tests and debugging. */
    AnnotatedText analyze(Document document) {
        return pipeline.apply(AnnotatedText.of(document));
    }

    @Override
    public boolean mightHoldClaims(CharSequence text) {
        return TriggerScan.mightHoldClaims(text);
    }

    @Override
    public String version() {
        return VERSION + "+" + RuleFiles.hash();
    }
}
