package org.treatywatch.spark;

import java.util.Locale;

/**
 * Why an input file, record or document was skipped. A batch job over years of news meets every
 * kind of damage (truncated downloads, pages in encodings no JVM knows, half-written exports); it
 * counts each one under its reason and carries on, so that one bad record never fails a job that
 * ran for hours. The run report lists the counts under {@link #code()}.
 */
public enum FailureReason {
    /** A file of zero bytes: nothing to read, usually an interrupted copy. */
    EMPTY_FILE,
    /** A file whose name ends in no format the job reads (.warc[.gz], .jsonl[.gz], .parquet). */
    UNKNOWN_FORMAT,
    /** A file that could not be opened or read to its end. */
    UNREADABLE_FILE,
    /** A WARC record whose header cannot be parsed; the rest of that file is skipped. */
    CORRUPT_WARC_RECORD,
    /** A WARC response whose HTTP message cannot be parsed. */
    BAD_HTTP_RESPONSE,
    /** An HTML page declaring a character encoding this JVM does not know. */
    UNKNOWN_ENCODING,
    /** An HTML page larger than the job's size limit (it is not news text). */
    PAGE_TOO_LARGE,
    /** An HTML page from which no main text could be taken. */
    NO_MAIN_TEXT,
    /** A JSON Lines line that is not a JSON object with a string {@code text}, or is over the size limit. */
    BAD_JSON_LINE,
    /** A Parquet row without its required {@code id} or {@code text}. */
    MISSING_ID_OR_TEXT,
    /** The extractor threw on a document: a bug to report, with the document named in the example. */
    EXTRACTION_ERROR;

    /** The name used in the run report: {@code corrupt-warc-record}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
