package org.treatywatch.extract.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.treatywatch.extract.ExtractionException;

/**
 * An ordered list of {@link Stage}s, checked when it is built (like spaCy's
 * {@code analyze_pipes}): every layer a stage requires must have been added by an earlier stage,
 * and no two stages add the same layer. A pipeline built with {@link Builder#validating()} runs
 * {@link ValidatingStage} after every stage, which is what tests and {@code --check} use.
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final boolean validating;

    private Pipeline(List<Stage> stages, boolean validating) {
        this.stages = List.copyOf(stages);
        this.validating = validating;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Runs every stage in order.
     *
     * @throws ExtractionException naming the document and the stage when a stage throws (or, when
     *     validating, breaks an invariant): a failed document, never one without claims
     */
    public AnnotatedText apply(AnnotatedText text) {
        AnnotatedText current = text;
        for (Stage stage : stages) {
            try {
                current = stage.apply(current);
                if (validating) {
                    ValidatingStage.check(stage.name(), current);
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new ExtractionException(text.document().id(), stage.name(), e);
            }
        }
        return current;
    }

    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private boolean validating;

        public Builder add(Stage stage) {
            stages.add(stage);
            return this;
        }

        public Builder validating() {
            this.validating = true;
            return this;
        }

        /** Checks the stages' declarations; throws naming the first stage whose needs are unmet. */
        public Pipeline build() {
            Set<Layer<?>> available = new HashSet<>();
            for (Stage stage : stages) {
                for (Layer<?> needed : stage.requires()) {
                    if (!available.contains(needed)) {
                        throw new IllegalStateException("stage " + stage.name() + " requires layer " + needed
                                + ", which no earlier stage adds; add the stage that computes it before "
                                + stage.name());
                    }
                }
                for (Layer<?> added : stage.adds()) {
                    if (!available.add(added)) {
                        throw new IllegalStateException("stage " + stage.name() + " adds layer " + added
                                + ", which an earlier stage already added");
                    }
                }
            }
            return new Pipeline(stages, validating);
        }
    }
}
