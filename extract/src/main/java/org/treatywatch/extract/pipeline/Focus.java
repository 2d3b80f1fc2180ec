package org.treatywatch.extract.pipeline;

/**
 * What a whole article is about, for the references that lean on it (the document layer, issue 15 point 4):
 * {@code mainTreaty}, the treaty "the treaty" and "the convention" stand for when no treaty is named in their own
 * sentence (APMBC or CCM, null when the article names neither); {@code focalState}, the one state an article about
 * one state's programme is about, the actor of an agentless passive ("The stockpile was destroyed in 2015."),
 * null when no state stands out.
 */
public record Focus(String mainTreaty, String focalState) {
    /** An article with no main treaty and no focal state. */
    public static final Focus NONE = new Focus(null, null);
}
