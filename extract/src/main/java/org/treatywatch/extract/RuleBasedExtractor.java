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
 * landmine or treaty, then the rule pipeline. A stage that throws makes {@link #extract} throw an
 * {@link ExtractionException} naming the document and the stage: the caller counts a failed
 * document and goes on, rather than storing it as one without claims.
 */
final class RuleBasedExtractor implements ClaimExtractor {
    /** The rules' code; {@link #version()} adds the hash of their data files ({@link RuleFiles}). */
    static final String VERSION = "rules-2026.12.02-10";

    private final Pipeline pipeline;

    RuleBasedExtractor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** @throws ExtractionException when a stage fails on the document */
    @Override
    public List<Claim> extract(Document document) {
        if (document == null || !TriggerScan.mightHoldClaims(document.text())) {
            return List.of();
        }
        return pipeline.apply(AnnotatedText.of(document)).get(Layers.CLAIMS);
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
