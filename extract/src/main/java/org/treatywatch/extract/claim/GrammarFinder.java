package org.treatywatch.extract.claim;

import java.util.ArrayList;
import java.util.List;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.Dependency;
import org.treatywatch.extract.pipeline.ParsedSentence;
import org.treatywatch.extract.syntax.GrammarMatch;
import org.treatywatch.extract.syntax.GrammarRule;
import org.treatywatch.extract.syntax.GrammarRules;

/**
 * What the dependency patterns of {@code rules/grammar-rules.txt} ({@link GrammarRules}) say about an
 * act word, on the sentences the syntactic layer parsed: who acts (subject, passive agent, possessor or
 * adjective of an act noun, spread over conjuncts, appositions and "including"), which states a
 * group's act excepts, the modality the governing word gives, and whether the word reports any act of
 * a state. Without the layer, or for a sentence it did not parse, every answer is empty, so the
 * token rules alone decide (issue 15).
 */
final class GrammarFinder extends DocRules {
    private final GrammarRules rules;
    private final List<List<GrammarMatch>> bySentence;

    GrammarFinder(DocLayers d, GrammarRules rules) {
        super(d);
        this.rules = rules;
        this.bySentence = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.add(null);
        }
    }

    /** The matches in sentence {@code si}, computed on first use. */
    private List<GrammarMatch> matches(int si) {
        List<GrammarMatch> m = bySentence.get(si);
        if (m == null) {
            ParsedSentence p = d.parseOf(si);
            m = p == null ? List.of() : rules.matches(p);
            bySentence.set(si, m);
        }
        return m;
    }

    private List<GrammarMatch> at(int t, GrammarRule.Kind kind) {
        return matches(tokens.get(t).sentence()).stream()
                .filter(m -> m.actToken() == t && m.rule().kind() == kind).toList();
    }

    /** A rule says the act word at {@code t} is no act of a state ("a treaty which prohibits the use"). */
    boolean noAct(int t) {
        return !at(t, GrammarRule.Kind.NO_ACT).isEmpty();
    }

    /** The modality the governing word gives the act at {@code t} (the strongest, NEGATED first), else null. */
    Modality governed(int t) {
        for (GrammarRule.Kind k : List.of(GrammarRule.Kind.NEGATED, GrammarRule.Kind.POSSIBLE, GrammarRule.Kind.PLANNED)) {
            if (!at(t, k).isEmpty()) {
                return Modality.valueOf(k.name());
            }
        }
        return null;
    }

    /** The states the grammar names as the actor of the act at {@code t}, in the order named; the mention of the first. */
    List<ActorRef> actors(int t) {
        return refsOf(at(t, GrammarRule.Kind.ACTOR));
    }

    /** The states a group's act at {@code t} excepts ("except the United States and Turkey"). */
    List<ActorRef> excepted(int t) {
        return refsOf(at(t, GrammarRule.Kind.EXCEPTED));
    }

    private List<ActorRef> refsOf(List<GrammarMatch> found) {
        List<ActorRef> out = new ArrayList<>();
        for (GrammarMatch m : found) {
            ActorRef r = refAtWord(m.actorToken());
            if (r != null && !out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The mention at the actor's word; for an agent noun ("forces", "government") the state of its adjective,
     * possessive or compound ("Russian forces", "Russia's army", "the Myanmar military").
     */
    private ActorRef refAtWord(int k) {
        ActorRef r = refAt[k];
        if (named(r)) {
            return r;
        }
        // a generic noun ("the army", "forces") names no state by itself: only its modifiers do
        boolean generic = r != null && r.kind() == ActorRef.Kind.GENERIC;
        if (r != null && !generic || r == null && !AGENT_NOUNS.contains(tokens.get(k).norm())) {
            return null;
        }
        ParsedSentence p = d.parseOf(tokens.get(k).sentence());
        for (int w : p.wordsOf(k)) {
            for (Dependency dep : p.dependentsOf(w)) {
                String rel = dep.relation();
                ActorRef mod = refAt[p.words().get(dep.dependent()).token()];
                if ((rel.equals("amod") || rel.equals("nmod:poss") || rel.equals("compound")) && named(mod)) {
                    return mod;
                }
            }
        }
        return null;
    }

    /**
     * A mention that names states itself: not "each other", nor a generic noun whose state the resolver took from
     * the context ("the army", "forces"); a generic noun with a name in it counts ("the Baltic defence ministers").
     */
    private boolean named(ActorRef r) {
        if (r == null || r.states().isEmpty() || r.kind() == ActorRef.Kind.RECIPROCAL) {
            return false;
        }
        if (r.kind() != ActorRef.Kind.GENERIC) {
            return true;
        }
        for (int k = r.firstToken(); k < r.endToken(); k++) {
            if (!DETERMINERS.contains(tokens.get(k).norm()) && Character.isUpperCase(text.charAt(tokens.get(k).start()))) {
                return true;
            }
        }
        return false;
    }
}
