package org.treatywatch.cli.extract;

import org.treatywatch.cli.UsageException;
import org.treatywatch.extract.ClaimExtractor;

/** Where the command gets Treatywatch's own extractor. */
final class StandardExtractor {
    private StandardExtractor() {}

    static ClaimExtractor get() {
        // Replaced by Extractors.standard() when the extraction pipeline lands (issue 3).
        throw new UsageException("this build has no claim extractor yet");
    }
}
