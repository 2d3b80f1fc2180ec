package org.treatywatch.extract.syntax;

/**
 * Where a {@link GrammarRule} matched one parsed sentence: the tokens (in the tokens layer) of the act
 * word and, for rules that bind one, of the actor's word ({@code -1} otherwise).
 */
public record GrammarMatch(GrammarRule rule, int actToken, int actorToken) {}
