package org.treatywatch.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.document.Document;

class PipelineTest {

    private record FakeStage(String name, Set<Layer<?>> requires, Set<Layer<?>> adds) implements Stage {
        @Override
        public AnnotatedText apply(AnnotatedText text) {
            AnnotatedText out = text;
            for (Layer<?> l : adds) {
                out = out.with(l, java.util.List.of());
            }
            return out;
        }
    }

    @Test
    void build_rejectsAStageWhoseInputNoEarlierStageAdds() {
        Pipeline.Builder b = Pipeline.builder()
                .add(new FakeStage("Mentions", Set.of(Layers.TOKENS), Set.of(Layers.MENTIONS)));
        assertThatThrownBy(b::build).hasMessageContaining("stage Mentions requires layer tokens");
    }

    @Test
    void build_rejectsTwoStagesAddingTheSameLayer() {
        Pipeline.Builder b = Pipeline.builder()
                .add(new FakeStage("A", Set.of(), Set.of(Layers.TOKENS)))
                .add(new FakeStage("B", Set.of(), Set.of(Layers.TOKENS)));
        assertThatThrownBy(b::build).hasMessageContaining("already added");
    }

    @Test
    void validating_namesTheStageThatBrokeAnOffset() {
        Stage broken = new Stage() {
            @Override
            public Set<Layer<?>> requires() {
                return Set.of();
            }

            @Override
            public Set<Layer<?>> adds() {
                return Set.of(Layers.DATELINES);
            }

            @Override
            public AnnotatedText apply(AnnotatedText text) {
                return text.with(Layers.DATELINES, java.util.List.of(new Span(0, 99)));
            }
        };
        Pipeline p = Pipeline.builder().add(broken).validating().build();
        assertThatThrownBy(() -> p.apply(AnnotatedText.of(Document.of("x.txt", "short"))))
                .hasMessageContaining("x.txt").hasMessageContaining("outside the text");
    }

    @Test
    void annotatedText_isImmutable_withReturnsACopy() {
        AnnotatedText a = AnnotatedText.of(Document.of("d", "text"));
        AnnotatedText b = a.with(Layers.DATELINES, java.util.List.of());
        assertThat(a.has(Layers.DATELINES)).isFalse();
        assertThat(b.has(Layers.DATELINES)).isTrue();
    }
}
