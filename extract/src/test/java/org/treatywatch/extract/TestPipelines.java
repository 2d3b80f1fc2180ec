package org.treatywatch.extract;

import java.time.LocalDate;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.pipeline.AnnotatedText;

/** The standard, validating pipeline for stage tests in other packages (real registries, no mocks). */
public final class TestPipelines {
    private static final org.treatywatch.extract.pipeline.Pipeline PIPELINE = Extractors.pipeline(true);

    private static final org.treatywatch.extract.pipeline.Pipeline WITH_SYNTAX = Extractors.pipeline(true, true);

    private static final org.treatywatch.extract.pipeline.Pipeline WITH_SYNTAX_UNCHECKED = Extractors.pipeline(false, true);

    private TestPipelines() {}

    /** The validating pipeline with the syntax stage ({@link Extractors#withSyntax()}). */
    public static AnnotatedText analyzeWithSyntax(String text) {
        return WITH_SYNTAX.apply(AnnotatedText.of(Document.of("test", text)));
    }

    /**
     * {@link Extractors#withSyntax()}'s pipeline as it runs, without validation (which reads, and so
     * parses, every gated sentence): the syntactic layer parses only what the rules read.
     */
    public static AnnotatedText analyzeWithSyntaxAsRun(Document document) {
        return WITH_SYNTAX_UNCHECKED.apply(AnnotatedText.of(document));
    }

    public static AnnotatedText analyze(String text) {
        return analyze(text, null);
    }

    public static AnnotatedText analyze(String text, LocalDate published) {
        return PIPELINE.apply(AnnotatedText.of(Document.of("test", text).withPublished(published)));
    }
}
