package org.treatywatch.cli;

import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.Extractors;

/** The claim extractor the store commands (ingest, serve) use: the standard pipeline. */
public final class Extraction {
    private Extraction() {}

    public static ClaimExtractor standard() {
        return Extractors.standard();
    }
}
