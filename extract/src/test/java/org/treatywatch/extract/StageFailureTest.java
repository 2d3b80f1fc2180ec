package org.treatywatch.extract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layer;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.Pipeline;
import org.treatywatch.extract.pipeline.Stage;

/** A bug in a stage is a failed document, named with the stage, never a document without claims. */
class StageFailureTest {
    /** A stage with a bug: it throws on every document. */
    private static final class Broken implements Stage {
        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> adds() {
            return Set.of(Layers.CLAIMS);
        }

        @Override
        public AnnotatedText apply(AnnotatedText text) {
            throw new IndexOutOfBoundsException("index 7 out of bounds for length 3");
        }
    }

    private final Document lithuania = Document.of("lt.txt", "Lithuania will produce anti-personnel mines next year.");

    @Test
    void extract_throwsNamingTheDocumentAndTheStage() {
        ClaimExtractor extractor = new RuleBasedExtractor(Pipeline.builder().add(new Broken()).build());

        assertThatThrownBy(() -> extractor.extract(lithuania))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.documentId()).isEqualTo("lt.txt");
                    org.assertj.core.api.Assertions.assertThat(e.stage()).isEqualTo("Broken");
                })
                .hasMessage("lt.txt: extraction failed in stage Broken:"
                        + " java.lang.IndexOutOfBoundsException: index 7 out of bounds for length 3");
    }

    @Test
    void theValidatingPipeline_reportsTheSameWay() {
        Pipeline validating = Pipeline.builder().add(new Broken()).validating().build();

        assertThatThrownBy(() -> validating.apply(AnnotatedText.of(lithuania)))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("stage Broken");
    }

    @Test
    void aDocumentThatNamesNoMine_neverReachesTheStages() {
        ClaimExtractor extractor = new RuleBasedExtractor(Pipeline.builder().add(new Broken()).build());

        org.assertj.core.api.Assertions.assertThat(extractor.extract(Document.of("coal.txt", "The coal price fell.")))
                .isEmpty();
    }
}
