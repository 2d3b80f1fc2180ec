package org.treatywatch.core.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The participation tables in core's resources are copies of the shared dataset
 * ({@code ../shared/data/treaties/} beside the repository). When the shared copy is present, the
 * two must be identical, so an update there is not silently missed here. Skipped without it.
 */
class SharedDataCopyTest {
    private static final Path SHARED = Path.of("..", "..", "shared", "data", "treaties");

    @ParameterizedTest
    @ValueSource(strings = {"apmbc-participants.csv", "ccm-participants.csv", "README.md"})
    void resourceCopy_isIdenticalToTheSharedDataset(String file) throws IOException {
        Path shared = SHARED.resolve(file);
        assumeTrue(Files.isRegularFile(shared), "no shared dataset at " + SHARED.toAbsolutePath());
        try (InputStream in = SharedDataCopyTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            assertThat(in.readAllBytes()).as(file + " differs from " + shared + ": copy it again and review the diff")
                    .isEqualTo(Files.readAllBytes(shared));
        }
    }
}
