package org.treatywatch.extract;

import java.util.List;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;

/** An extractor whose {@link #version()} names what it adds to the rules' ({@code +syntax-...}). */
final class VersionedExtractor implements ClaimExtractor {
    private final RuleBasedExtractor delegate;
    private final String suffix;

    VersionedExtractor(RuleBasedExtractor delegate, String suffix) {
        this.delegate = delegate;
        this.suffix = suffix;
    }

    @Override
    public List<Claim> extract(Document document) {
        return delegate.extract(document);
    }

    @Override
    public boolean mightHoldClaims(CharSequence text) {
        return delegate.mightHoldClaims(text);
    }

    @Override
    public String version() {
        return delegate.version() + suffix;
    }

    /** The annotated text with every layer, for tests. */
    org.treatywatch.extract.pipeline.AnnotatedText analyze(Document document) {
        return delegate.analyze(document);
    }
}
