package org.treatywatch.cli.extract;

import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.Extractors;

/** Where the command gets Treatywatch's own extractor: the shared, thread-safe standard one. */
final class StandardExtractor {
    private StandardExtractor() {}

    static ClaimExtractor get() {
        return Extractors.standard();
    }
}
