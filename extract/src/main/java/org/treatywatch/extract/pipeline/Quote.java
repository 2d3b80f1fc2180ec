package org.treatywatch.extract.pipeline;

/**
 * Speech attributed to someone: a quotation between quote marks, or a sentence of reported speech
 * ("..., he said"). The speaker fields may each be null (a quote nobody is named for).
 *
 * @param span         the quoted words with their quote marks, or the whole reported sentence
 * @param attribution  the sentence span that names the speaker (used to extend evidence)
 * @param speakerActor alpha-3 of the speaker's state, when the text says it ("Lithuanian ... minister")
 */
public record Quote(Span span, Span attribution, Kind kind, String speakerName, String speakerRole, String speakerActor)
        implements Spanned {

    public enum Kind {
        QUOTED,
        REPORTED
    }

    public boolean hasSpeaker() {
        return speakerName != null || speakerRole != null;
    }
}
