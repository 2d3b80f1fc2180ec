package org.treatywatch.extract.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.extract.pipeline.Token;
import org.treatywatch.extract.rules.RuleFile;

/**
 * The words that report each kind of act (CODEBOOK.md, "Types": pull out of, quit, withdraw; sign,
 * ratify, accede, join; produce, manufacture, make; buy, order, procure; supply, send, deliver;
 * stockpile, retain; destroy; use, lay, plant, deploy), by inflected form, since no lemmatiser runs:
 * the forms are data ({@code rules/act-words.txt}), the cases that depend on the words around are code.
 *
 * <p>Each form says whether it is a noun ("production", "withdrawal"), whose modal often follows it
 * ("production could be launched"), and whether it is too general to count without a weapon named
 * right by it ("make", "use", "hold", "order" need "mines" or "these" next to them; "produce" and
 * "stockpile" only need mines in the sentence).
 */
final class ActLexicon {

    /** How a word reports an act. {@code receive} marks "received ... from X": X is the giver. */
    record Act(ClaimType type, boolean nominal, boolean needsNearWeapon, boolean receive, boolean inverted) {
        Act(ClaimType type, boolean nominal, boolean needsNearWeapon, boolean receive) {
            this(type, nominal, needsNearWeapon, receive, false);
        }
    }

    /** "remain in the treaty", "stay", "remains outside the treaty": the act is denied. */
    private static final Act STAY = new Act(ClaimType.WITHDRAWAL, false, false, false, true);
    private static final Act OUTSIDE = new Act(ClaimType.ACCESSION, false, false, false, true);
    private static final Act OUT_OF = new Act(ClaimType.WITHDRAWAL, false, false, false, false);
    /** Verbs before "out of" that keep a state outside rather than take it out: "stayed out of the treaty". */
    private static final java.util.Set<String> STAY_OUT = ClaimWords.get("stay-out-verbs");

    /** Every form of {@code rules/act-words.txt}: a form appears once in the file, so no entry hides another. */
    private static final Map<String, Act> FORMS = load(RuleFile.load("act-words.txt"));

    static Map<String, Act> load(RuleFile file) {
        Set<String> types = new java.util.TreeSet<>();
        for (ClaimType t : ClaimType.values()) {
            types.add(t.name());
        }
        Map<String, Act> forms = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (RuleFile.Section section : file.sections(types).values()) {
            ClaimType type = ClaimType.valueOf(section.name());
            for (RuleFile.Row row : section.rows()) {
                forms.put(row.first(), act(file, type, row));
                Integer first = lines.putIfAbsent(row.first(), row.line());
                if (first != null) {
                    throw file.error(row.line(), "'" + row.first() + "' again (first at line " + first
                            + "): a form reports one kind of act, one way");
                }
            }
        }
        return Map.copyOf(forms);
    }

    private static Act act(RuleFile file, ClaimType type, RuleFile.Row row) {
        List<String> c = row.columns();
        if (c.size() < 2 || !c.get(1).equals("verb") && !c.get(1).equals("noun")) {
            throw file.error(row.line(), "'" + String.join(" ", c) + "': the form, then verb or noun, then near or receive if they apply");
        }
        boolean near = false;
        boolean receive = false;
        for (String flag : c.subList(2, c.size())) {
            switch (flag) {
                case "near" -> near = true;
                case "receive" -> receive = true;
                default -> throw file.error(row.line(), "unknown flag '" + flag + "': near or receive");
            }
        }
        return new Act(type, c.get(1).equals("noun"), near, receive);
    }

    private static final Set<String> NOTICE_VERBS = ClaimWords.get("notice-verbs");
    private static final Set<String> NOT_THE_MAKER_BEFORE = ClaimWords.get("not-the-maker-before");
    private static final Set<String> MINED_PLACES = ClaimWords.get("mined-places");
    private static final Set<String> BEFORE_VERB_STOCKPILE = ClaimWords.get("before-verb-stockpile");
    private static final Set<String> BEFORE_TRANSFER_NOUN = ClaimWords.get("before-transfer-noun");
    private static final Set<String> PLACE_VERBS = ClaimWords.get("place-verbs");
    private static final Set<String> BEFORE_VERB_STOCKS = ClaimWords.get("before-verb-stocks");
    private static final Set<String> PARTY_PREDICATE = ClaimWords.get("party-predicate");

    private static final Set<String> TAKE = ClaimWords.get("take-delivery");
    private static final Set<String> HAVE_BE = ClaimWords.get("before-verb-stockpiled");
    /** Words that open a weapon noun phrase right after a participle: "stockpiled anti-personnel mines". */
    private static final Set<String> WEAPON_HEADS = ClaimWords.get("weapon-heads");

    /** Words that open another clause: what follows them is not the object of the verb before. */
    private static final Set<String> CLAUSE_WORDS = ClaimWords.get("clause-words-after-fired");
    /** Words after which "use" is a verb; elsewhere it is the act named as a noun. */
    private static final Set<String> USE_AS_VERB_AFTER = ClaimWords.get("use-as-verb-after");

    private static final Set<String> DETERMINERS_OF_NOUNS = ClaimWords.get("light-object-determiners");
    /** "any purchase would be made jointly", "no transfer had been decided": a determiner only a noun follows. */
    private static final Set<String> QUANTIFYING = ClaimWords.get("quantifying-determiners");
    /** What "make" takes when it is a light verb: "made a decision", "make an announcement", "made progress". */
    private static final Set<String> LIGHT_OBJECTS = ClaimWords.get("light-objects");

    /** Words that report an act only in context, so are not in {@link #FORMS}: see the cases of {@link #at}. */
    private static final Set<String> CONTEXT_ONLY = ClaimWords.get("context-only-act-words");

    private ActLexicon() {}

    /** True when {@link #at} may find an act at a token of this norm (the cheap test of the syntax gate). */
    static boolean mayReport(String norm) {
        return FORMS.containsKey(norm) || CONTEXT_ONLY.contains(norm);
    }

    /** "Romanian", "Finnish": a demonym-like adjective (ends like one), not a name. */
    private static boolean isCapitalisedAdjective(Token t) {
        String n = t.norm();
        return t.isWord() && (n.endsWith("ian") || n.endsWith("ish") || n.endsWith("ese") || n.endsWith("ean")
                || n.endsWith("ic") || n.endsWith("an")) && n.length() > 4;
    }

    /** The act {@code tokens[i]} reports, or null; looks at neighbours for "pull out", "party to". */
    /** Punctuation (not a bracket or dash) or the sentence's end at {@code k}: "stayed out, as did Finland". */
    private static boolean endsClause(List<Token> tokens, int k, int sentenceEnd) {
        return k >= sentenceEnd || !tokens.get(k).isWord() && !tokens.get(k).is("(") && !tokens.get(k).is("-")
                && tokens.get(k).kind() != Token.Kind.NUMBER;
    }

    static Act at(List<Token> tokens, int i, int sentenceEnd) {
        Token t = tokens.get(i);
        String next = i + 1 < sentenceEnd ? tokens.get(i + 1).norm() : "";
        String prev = i > 0 && tokens.get(i - 1).sentence() == t.sentence() ? tokens.get(i - 1).norm() : "";
        switch (t.norm()) {
            case "make", "makes", "made", "making" -> {
                // "has not made a decision", "make no commitment": a light verb, no act of production
                int k = i + 1;
                if (k < sentenceEnd && DETERMINERS_OF_NOUNS.contains(tokens.get(k).norm())) {
                    k++;
                }
                if (k < sentenceEnd && LIGHT_OBJECTS.contains(tokens.get(k).norm())) {
                    return null;
                }
            }
            case "build", "builds", "building", "built", "rebuild", "rebuilding" -> {
                if (next.equals("up") || t.norm().startsWith("re")) {
                    return new Act(ClaimType.STOCKPILE, false, false, false); // "build up a reserve of the mines"
                }
            }
            case "out" -> {
                // "take the country out of the treaty", "following Poland out of the Mine Ban Treaty"; but "stayed out
                // of the treaty" is never having joined it
                if ((next.equals("of") || endsClause(tokens, i + 1, sentenceEnd)) && STAY_OUT.contains(prev)) {
                    return OUTSIDE; // "also stayed out, as did Finland": the treaty is the one named before
                }
                return next.equals("of") && !prev.equals("pull") && !prev.equals("pulls") && !prev.equals("pulling")
                        && !prev.equals("pulled") ? OUT_OF : null;
            }
            case "remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying" -> {
                return next.equals("out") ? null : STAY; // "stayed out of": the "out" is the act
            }
            case "outside" -> {
                return OUTSIDE;
            }
            case "away" -> {
                // "some states stayed away.": away from the treaty named before, not "stayed away from the talks"
                return STAY_OUT.contains(prev) && endsClause(tokens, i + 1, sentenceEnd) ? OUTSIDE : null;
            }
            case "bound" -> {
                // "Seoul, which is not bound by the Ottawa treaty"
                return next.equals("by") ? new Act(ClaimType.ACCESSION, false, false, false) : null;
            }
            case "notice", "notices" -> {
                // "deposit its own notice", "lodged notices of withdrawal" (the latter also via "withdrawal")
                for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                    if (NOTICE_VERBS.contains(tokens.get(k).norm())) {
                        return next.equals("of") ? null : new Act(ClaimType.WITHDRAWAL, true, false, false);
                    }
                }
                return null;
            }
            case "pass", "passed", "passes", "passing" -> {
                return next.equals("on") || next.equals("along") ? new Act(ClaimType.TRANSFER, false, true, false) : null;
            }
            case "stock" -> {
                return next.equals("of") ? new Act(ClaimType.STOCKPILE, true, false, false) : null;
            }
            case "producer", "producers", "manufacturer", "manufacturers", "exporter", "exporters", "supplier", "suppliers" -> {
                // "buy them from European producers": not an act of the buyer
                if (NOT_THE_MAKER_BEFORE.contains(prev)
                        || i > 1 && tokens.get(i - 2).is("from")) {
                    return null;
                }
            }
            case "rid" -> {
                return prev.equals("got") || prev.equals("get") || prev.equals("gets") || prev.equals("getting")
                        ? new Act(ClaimType.DESTRUCTION, false, false, false) : null;
            }
            case "fired", "firing" -> {
                // "fired thousands of rocket-delivered mines": only with the mines as its object, not "fired the head
                // of the mine action centre" or "fired shells near a minefield"
                for (int k = i + 1; k < Math.min(sentenceEnd, i + 8); k++) {
                    String w = tokens.get(k).norm();
                    if (w.equals("mines") || w.equals("landmines") || w.equals("munitions")) {
                        return FORMS.get(t.norm());
                    }
                    if (!tokens.get(k).isWord() && !w.equals("-") || CLAUSE_WORDS.contains(w)) {
                        return null; // "fired the officers who had laid the mines": another verb's object
                    }
                }
                return null;
            }
            case "mining", "mined" -> {
                // "accused the army of mining areas close to villages"; coal mining has no such object
                return MINED_PLACES.contains(next)
                        ? new Act(ClaimType.USE, false, false, false) : null;
            }
            case "delivery", "deliveries" -> {
                // "will take delivery of the mines it bought": the buyer's side of a purchase
                if (TAKE.contains(prev)) {
                    return new Act(ClaimType.PROCUREMENT, false, false, false);
                }
            }
            case "stockpiled" -> {
                // "its last stockpiled anti-personnel mines", "55 million stockpiled mines": a participle modifying
                // the object of another act; "Russia has stockpiled mines" keeps its auxiliary
                if (!HAVE_BE.contains(prev) && WEAPON_HEADS.contains(next)) {
                    return null;
                }
            }
            case "stockpile" -> {
                return BEFORE_VERB_STOCKPILE.contains(prev) ? FORMS.get("stockpile")
                        : new Act(ClaimType.STOCKPILE, true, false, false);
            }
            default -> { }
        }
        Act act = FORMS.get(t.norm());
        if (act == null) {
            return null;
        }
        if (!act.nominal() && (prev.equals("a") || prev.equals("an") || prev.equals("its") || prev.equals("their")
                || prev.equals("this") || prev.equals("such") || prev.equals("own") || QUANTIFYING.contains(prev) || i > 0 && tokens.get(i - 1).sentence() == t.sentence()
                && isCapitalisedAdjective(tokens.get(i - 1))) && !act.receive()) {
            act = new Act(act.type(), true, act.needsNearWeapon(), false); // "a Romanian exit", "its exit", "its own exit"
        }
        if (act.type() == ClaimType.TRANSFER && !act.nominal() && !act.receive()
                && (t.norm().equals("transfer") || t.norm().equals("transfers") || t.norm().equals("supply")) && next.equals("of")) {
            act = new Act(ClaimType.TRANSFER, true, act.needsNearWeapon(), false); // "the first known transfer of such weapons"
        }
        if (t.norm().equals("arms") || t.norm().equals("armed")) {
            // "arms deals", "the armed forces": nouns and adjectives, not "to arm"
            return null;
        }
        if ((t.norm().equals("help") || t.norm().equals("helps") || t.norm().equals("helped") || t.norm().equals("helping"))
                && !(i + 2 < sentenceEnd && (tokens.get(i + 2).is("with") || i + 3 < sentenceEnd && tokens.get(i + 3).is("with")))) {
            return null; // "help Ukraine with mines" only
        }
        if (act.type() == ClaimType.TRANSFER && !act.nominal() && !act.receive() && t.norm().endsWith("s")
                && BEFORE_TRANSFER_NOUN.contains(prev)) {
            act = new Act(ClaimType.TRANSFER, true, act.needsNearWeapon(), false); // "no decision on such transfers"
        }
        switch (t.norm()) {
            case "pull", "pulls", "pulling", "pulled" -> {
                return next.equals("out") ? act : null;
            }
            case "hand", "handed", "handing" -> {
                return next.equals("over") ? act : null;
            }
            case "order", "orders" -> {
                if (prev.equals("in") || prev.equals("executive") || prev.equals("court") || prev.equals("presidential")) {
                    return null;
                }
                // "placed an order for", "may place joint orders": a purchase whatever follows
                for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                    if (PLACE_VERBS.contains(tokens.get(k).norm())) {
                        return new Act(ClaimType.PROCUREMENT, true, false, false);
                    }
                }
                return act;
            }
            case "use" -> {
                // "will use mines", "to use them": a verb; "Russia's use of mines", "Ukrainian use", "the
                // use of mines": a noun. Both need the weapon next to them. (Until rules-2026.12.01 a
                // second entry made every "use" a noun; rules-2026.12.01-1 made it a verb but after
                // the/its/their/of/for, which lost the possessive and adjective nouns.)
                return USE_AS_VERB_AFTER.contains(prev) ? act : new Act(ClaimType.USE, true, true, false);
            }
            case "supply", "supplies" -> {
                // "security of supply", "supply chains", "the supply of mines to Ukraine" (kept)
                if (prev.equals("of") || prev.equals("security") || next.equals("chain") || next.equals("chains")
                        || next.equals("lines") || next.equals("line") || next.equals("routes") || prev.equals("energy")
                        || prev.equals("water") || prev.equals("power")) {
                    return null;
                }
                return prev.equals("the") || prev.equals("a") || prev.equals("its") || prev.equals("their")
                        ? new Act(ClaimType.TRANSFER, true, false, false) : act;
            }
            case "stocks", "stockpiles" -> {
                return BEFORE_VERB_STOCKS
                        .contains(prev) ? FORMS.get("stockpile") : new Act(ClaimType.STOCKPILE, true, false, false);
            }
            case "transfer" -> {
                return prev.equals("the") || prev.equals("a") || prev.equals("its") || prev.equals("their")
                        ? new Act(ClaimType.TRANSFER, true, false, false) : act;
            }
            case "party", "parties", "signatory", "signatories" -> {
                if (next.equals("'s") || next.equals("of") && !prev.equals("state") || prev.equals("political")
                        || prev.equals("ruling") || prev.equals("opposition")) {
                    return null;
                }
                // a predicate ("is not a party", "became the 112th State Party"), not "the other parties to the convention"
                Set<String> predicate = PARTY_PREDICATE;
                String prev2 = i > 1 && tokens.get(i - 2).sentence() == t.sentence() ? tokens.get(i - 2).norm() : "";
                return predicate.contains(prev) || predicate.contains(prev2) ? act : null;
            }
            case "left" -> {
                return prev.equals("the") || prev.equals("far") || next.equals("wing") ? null : act;
            }
            default -> {
                return act;
            }
        }
    }
}
