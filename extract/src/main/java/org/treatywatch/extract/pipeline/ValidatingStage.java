package org.treatywatch.extract.pipeline;

import java.util.List;
import org.treatywatch.core.claim.Claim;

/**
 * Checks the invariants every layer must keep, after each stage (Lucene's
 * {@code ValidatingTokenFilter}): every {@link Spanned} lies inside the text, and every claim's
 * evidence is exactly its slice of the text. Errors name the stage and the document, e.g.
 * {@code corpus/x.txt: evidence 120..283 does not match the text (stage ClaimAssembler)}.
 */
public final class ValidatingStage {
    private ValidatingStage() {}

    public static void check(String stageName, AnnotatedText text) {
        String id = text.document().id();
        int length = text.text().length();
        for (Layer<?> layer : Layers.ALL) {
            if (!text.has(layer)) {
                continue;
            }
            List<?> elements = text.get(layer);
            for (Object element : elements) {
                if (element instanceof Span sp && sp.end() > length) {
                    throw new IllegalStateException(id + ": " + layer + " span " + sp.start() + ".." + sp.end()
                            + " lies outside the text of length " + length + " (stage " + stageName + ")");
                }
                if (element instanceof Spanned s && s.end() > length) {
                    throw new IllegalStateException(id + ": " + layer + " span " + s.start() + ".." + s.end()
                            + " lies outside the text of length " + length + " (stage " + stageName + ")");
                }
                if (element instanceof ParsedSentence p) {
                    SyntaxCheck.check(id, stageName, text, p);
                }
                if (element instanceof Claim c && !c.evidence().matches(text.text())) {
                    throw new IllegalStateException(id + ": evidence " + c.evidence().start() + ".."
                            + c.evidence().end() + " does not match the text (stage " + stageName + ")");
                }
            }
        }
    }
}
