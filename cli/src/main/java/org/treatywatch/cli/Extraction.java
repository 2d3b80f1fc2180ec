package org.treatywatch.cli;

import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.Extractors;
import org.treatywatch.extract.syntax.SyntaxModels;

/** The claim extractor the store commands (ingest, serve) use: the standard pipeline. */
public final class Extraction {
    private Extraction() {}

    /**
     * The extractor with the syntactic layer ({@code --syntax}), its models loaded now so that a
     * failure (too small a heap, the models jar missing) is one clear line before any input is read.
     */
    public static ClaimExtractor withSyntax() {
        try {
            SyntaxModels.shared();
        } catch (IllegalStateException e) {
            throw new UsageException("--syntax: " + e.getMessage(), e);
        }
        return Extractors.withSyntax();
    }

    public static ClaimExtractor standard() {
        return Extractors.standard();
    }
}
