package org.treatywatch.cli;

import java.util.Optional;
import org.treatywatch.extract.ClaimExtractor;

/**
 * The claim extractor the commands use. The standard pipeline ({@code Extractors.standard()}) is
 * built by the extraction module; until it is on the class path this answers empty and the
 * commands say so.
 */
final class Extraction {
    private Extraction() {}

    static Optional<ClaimExtractor> standard() {
        try {
            Class<?> type = Class.forName("org.treatywatch.extract.Extractors");
            return Optional.of((ClaimExtractor) type.getMethod("standard").invoke(null));
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }
}
