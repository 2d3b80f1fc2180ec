package org.treatywatch.extract;

/**
 * A stage of the extraction pipeline failed on a document: a bug in the stage (or an input it
 * cannot handle), never a document without claims. Callers count the document as failed and go
 * on with the next one; the message names the document and the stage.
 */
public final class ExtractionException extends RuntimeException {
    private final String documentId;
    private final String stage;

    public ExtractionException(String documentId, String stage, Throwable cause) {
        super(documentId + ": extraction failed" + (stage == null ? "" : " in stage " + stage) + ": " + cause, cause);
        this.documentId = documentId;
        this.stage = stage;
    }

    /**
     * {@code e} as the failure of document {@code documentId}: itself when it already is one,
     * else wrapped without a stage (an extractor that is not a pipeline).
     */
    public static ExtractionException of(String documentId, Throwable e) {
        return e instanceof ExtractionException x ? x : new ExtractionException(documentId, null, e);
    }

    /** The id of the document the stage failed on. */
    public String documentId() {
        return documentId;
    }

    /** The failing stage's {@link org.treatywatch.extract.pipeline.Stage#name() name}, or null when unknown. */
    public String stage() {
        return stage;
    }
}
