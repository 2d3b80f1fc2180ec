package org.treatywatch.extract.pipeline;

/**
 * One edge of a sentence's enhanced++ graph (de Marneffe and Schuster's enhanced++ Universal
 * Dependencies): relations carry their preposition or conjunction ("obl:by", "nmod:of", "conj:and"),
 * conjuncts share their dependents (both "Poland" and "Latvia" are {@code nsubj} of "produce"), a
 * relative pronoun's antecedent gets the pronoun's role ({@code ref}), and so on.
 *
 * @param governor  index in {@link ParsedSentence#words()} of the governor, -1 for the root
 * @param dependent index in {@link ParsedSentence#words()} of the dependent
 * @param governorCopy 0 for the word itself, k for its k-th copy node (enhanced++ makes copies for
 *        elided predicates: "Poland will destroy mines and Latvia cluster munitions")
 * @param dependentCopy the same for the dependent
 */
public record Dependency(int governor, int governorCopy, String relation, int dependent, int dependentCopy) {

    public boolean isRoot() {
        return governor < 0;
    }
}
