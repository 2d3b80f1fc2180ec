package org.treatywatch.extract.pipeline;

/**
 * One word of a parsed sentence (the {@link Layers#SYNTAX} layer): the project's own token, or a
 * part of it where the parser wants two words ("didn't" is "did" + "n't", "they'll" is "they" +
 * "'ll"), so its span always lies inside the token's.
 *
 * @param token    index of the token (in {@link Layers#TOKENS}) the word is, or is part of
 * @param form     the word as the tagger and parser saw it (typographic quotes and apostrophes folded)
 * @param pos      Penn Treebank part of speech ("VBZ", "NNS", "MD")
 * @param lemma    base form, lower case unless a proper noun ("produce" for "produced", "Russia")
 * @param head     index in {@link ParsedSentence#words()} of the basic-tree head, -1 for the root
 * @param relation Universal Dependencies relation to the head ("nsubj", "obj", "root")
 */
public record SyntaxWord(Span span, int token, String form, String pos, String lemma, int head, String relation)
        implements Spanned {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }
}
