package org.treatywatch.extract.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.extract.pipeline.Token;

/**
 * The words that report each kind of act (CODEBOOK.md, "Types": pull out of, quit, withdraw; sign,
 * ratify, accede, join; produce, manufacture, make; buy, order, procure; supply, send, deliver;
 * stockpile, retain; destroy; use, lay, plant, deploy), by inflected form, since no lemmatiser runs.
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

    private static final Map<String, Act> FORMS = new HashMap<>();

    private static void put(ClaimType type, boolean nominal, boolean near, String... forms) {
        for (String f : forms) {
            FORMS.put(f, new Act(type, nominal, near, false));
        }
    }

    static {
        put(ClaimType.WITHDRAWAL, false, false, "withdraw", "withdraws", "withdrawing", "withdrew", "withdrawn", "quit",
                "quits", "quitting", "leave", "leaves", "leaving", "left", "exit", "exits", "exiting", "exited",
                "denounce", "denounces", "denounced", "denouncing", "abandon", "abandons", "abandoning", "abandoned",
                "pull", "pulls", "pulling", "pulled", "renounce",
                "renounced", "renounces");
        put(ClaimType.WITHDRAWAL, true, false, "withdrawal", "withdrawals", "departure", "denunciation");
        put(ClaimType.ACCESSION, false, false, "join", "joins", "joined", "joining", "sign", "signs", "signed", "signing",
                "ratify", "ratifies", "ratified", "ratifying", "accede", "accedes", "acceded", "acceding", "rejoin",
                "rejoined", "rejoining");
        put(ClaimType.ACCESSION, true, false, "accession", "ratification", "party", "parties", "signatory", "signatories");
        put(ClaimType.ACCESSION, false, false, "belong", "belongs", "belonged");
        put(ClaimType.PRODUCTION, false, false, "produce", "produces", "produced", "producing", "manufacture",
                "manufactures", "manufactured", "manufacturing");
        put(ClaimType.PRODUCTION, true, false, "production", "producer", "producers", "manufacturer", "manufacturers");
        put(ClaimType.PRODUCTION, false, true, "make", "makes", "made", "making", "build", "builds", "building", "built",
                "develop", "develops", "developing", "developed");
        put(ClaimType.PROCUREMENT, false, false, "procure", "procures", "procured", "procuring", "purchase", "purchases",
                "purchased", "purchasing", "acquire", "acquires", "acquired", "acquiring");
        put(ClaimType.PROCUREMENT, true, false, "procurement", "acquisition", "acquisitions");
        put(ClaimType.PROCUREMENT, false, true, "buy", "buys", "buying", "bought", "order", "orders", "ordered", "ordering",
                "spend", "spends", "spending", "spent", "import", "imports", "imported", "importing");
        put(ClaimType.TRANSFER, false, false, "supply", "supplies", "supplied", "supplying", "transfer", "transfers",
                "transferred", "transferring", "export", "exports", "exported", "exporting", "deliver", "delivers",
                "delivered", "delivering");
        put(ClaimType.TRANSFER, true, false, "delivery", "deliveries", "shipment", "shipments", "exporter", "exporters",
                "supplier", "suppliers");
        put(ClaimType.TRANSFER, false, true, "send", "sends", "sending", "sent", "provide", "provides", "provided",
                "providing", "give", "gives", "gave", "giving", "given", "ship", "ships", "shipped", "shipping", "hand",
                "handed", "handing", "donate", "donated", "donating", "sell", "sells", "selling", "sold");
        put(ClaimType.TRANSFER, false, false, "smuggle", "smuggles", "smuggled", "smuggling");
        put(ClaimType.TRANSFER, false, true, "help", "helps", "helped", "helping", "assist", "assists", "assisted",
                "assisting", "equip", "equips", "equipped", "equipping", "arm", "arms", "armed", "arming");
        put(ClaimType.STOCKPILE, false, false, "stockpile", "stockpiles", "stockpiled", "stockpiling");
        put(ClaimType.STOCKPILE, true, false, "stocks", "stockpiles", "arsenal", "arsenals", "inventory", "inventories");
        put(ClaimType.STOCKPILE, false, true, "retain", "retains", "retained", "retaining", "hold", "holds", "holding",
                "held", "keep", "keeps", "kept", "keeping", "possess", "possesses", "possessed", "possessing", "store",
                "stores", "stored", "storing", "inherited", "inherits", "inherit");
        put(ClaimType.DESTRUCTION, false, false, "destroy", "destroys", "destroyed", "destroying", "eliminate", "eliminates",
                "eliminated", "eliminating");
        put(ClaimType.DESTRUCTION, true, false, "destruction", "elimination");
        put(ClaimType.DESTRUCTION, false, false, "dispose", "disposed", "disposes", "disposing");
        // CODEBOOK.md "Types", DESTRUCTION: the verbs of getting rid of a stock beyond "destroy"
        put(ClaimType.DESTRUCTION, false, false, "scrap", "scraps", "scrapped", "scrapping", "dismantle", "dismantles",
                "dismantled", "dismantling", "demolish", "demolishes", "demolished", "demolishing");
        put(ClaimType.USE, false, true, "use", "uses", "used", "using", "lay", "lays", "laid", "laying", "plant", "plants",
                "planted", "planting", "deploy", "deploys", "deployed", "deploying", "emplace", "emplaces", "emplaced",
                "emplacing", "scatter", "scattered", "scattering", "sow", "sowed", "sown", "sowing", "employ", "employed",
                "employing", "fired", "firing"); // "fired rocket-delivered mines": scattered by artillery or rockets
        put(ClaimType.USE, true, true, "use", "deployment", "emplacement");
        for (String f : List.of("receive", "receives", "received", "receiving", "obtain", "obtained", "obtaining", "got",
                "gets", "get", "getting")) {
            FORMS.put(f, new Act(ClaimType.TRANSFER, false, true, true));
        }
    }

    private static final Set<String> WORDS_1 = Set.of("deposit", "deposited", "deposits", "depositing", "lodge", "lodged", "lodges", "lodging", "submit", "submitted", "submits", "file", "filed", "files", "hand", "handed", "send", "sent", "serve", "served", "give", "gave", "given");
    private static final Set<String> WORDS_2 = Set.of("from", "by", "with", "to", "for", "among", "other", "foreign", "private");
    private static final Set<String> WORDS_3 = Set.of("areas", "area", "fields", "the", "roads", "border", "land", "villages", "territory", "approaches", "farmland", "bridges", "routes", "positions", "paths");
    private static final Set<String> WORDS_4 = Set.of("to", "will", "would", "could", "can", "may", "might", "not", "never", "also", "still", "they", "we", "and", "or", "nor");
    private static final Set<String> WORDS_5 = Set.of("such", "any", "possible", "future", "further", "new", "these", "those", "the", "planned", "its", "their");
    private static final Set<String> WORDS_6 = Set.of("place", "placed", "places", "placing");
    private static final Set<String> WORDS_7 = Set.of("it", "which", "that", "also", "still", "and", "country", "army", "military", "who");
    private static final Set<String> WORDS_8 = Set.of("a", "state", "states", "become", "became", "becoming", "becomes", "remain", "remains", "remained", "are", "is", "were", "was", "been", "be", "not", "never", "no", "longer");

    private static final Set<String> TAKE = Set.of("take", "takes", "took", "taken", "taking", "accept", "accepted",
            "accepts", "accepting", "awaiting", "awaits", "await");
    private static final Set<String> HAVE_BE = Set.of("has", "have", "had", "having", "is", "are", "was", "were", "be",
            "been", "being", "and", "or", "not", "never", "also", "reportedly", "allegedly", "still", "already");
    /** Words that open a weapon noun phrase right after a participle: "stockpiled anti-personnel mines". */
    private static final Set<String> WEAPON_HEADS = Set.of("anti-personnel", "antipersonnel", "mines", "landmines",
            "cluster", "munitions", "weapons", "pfm-1", "pfm");

    /** Words that open another clause: what follows them is not the object of the verb before. */
    private static final Set<String> CLAUSE_WORDS = Set.of("who", "which", "that", "after", "when", "while", "because",
            "and", "but", "as", "for", "over", "since");

    private static final Set<String> DETERMINERS_OF_NOUNS = Set.of("a", "an", "no", "any", "the", "its", "their", "this",
            "that", "such", "further", "final", "formal");
    /** What "make" takes when it is a light verb: "made a decision", "make an announcement", "made progress". */
    private static final Set<String> LIGHT_OBJECTS = Set.of("decision", "decisions", "choice", "announcement", "statement",
            "offer", "commitment", "commitments", "move", "step", "progress", "request", "case", "point", "effort",
            "efforts", "clear", "sure", "plans", "preparations", "comment", "comments", "promise", "pledge");

    /** Words that report an act only in context, so are not in {@link #FORMS}: see the cases of {@link #at}. */
    private static final Set<String> CONTEXT_ONLY = Set.of("out", "remain", "remains", "remained", "remaining", "stay",
            "stays", "stayed", "staying", "outside", "bound", "notice", "notices", "pass", "passed", "passes", "passing",
            "stock", "rid", "mining", "mined", "rebuild", "rebuilding");

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
                // "take the country out of the treaty", "following Poland out of the Mine Ban Treaty"
                return next.equals("of") && !prev.equals("pull") && !prev.equals("pulls") && !prev.equals("pulling")
                        && !prev.equals("pulled") ? OUT_OF : null;
            }
            case "remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying" -> {
                return STAY;
            }
            case "outside" -> {
                return OUTSIDE;
            }
            case "bound" -> {
                // "Seoul, which is not bound by the Ottawa treaty"
                return next.equals("by") ? new Act(ClaimType.ACCESSION, false, false, false) : null;
            }
            case "notice", "notices" -> {
                // "deposit its own notice", "lodged notices of withdrawal" (the latter also via "withdrawal")
                for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                    if (WORDS_1.contains(tokens.get(k).norm())) {
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
                if (WORDS_2.contains(prev)
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
                return WORDS_3.contains(next)
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
                return WORDS_4.contains(prev) ? FORMS.get("stockpile")
                        : new Act(ClaimType.STOCKPILE, true, false, false);
            }
            default -> { }
        }
        Act act = FORMS.get(t.norm());
        if (act == null) {
            return null;
        }
        if (!act.nominal() && (prev.equals("a") || prev.equals("an") || prev.equals("its") || prev.equals("their")
                || prev.equals("this") || prev.equals("such") || prev.equals("own") || i > 0 && tokens.get(i - 1).sentence() == t.sentence()
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
                && WORDS_5.contains(prev)) {
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
                    if (WORDS_6.contains(tokens.get(k).norm())) {
                        return new Act(ClaimType.PROCUREMENT, true, false, false);
                    }
                }
                return act;
            }
            case "use" -> {
                // "the use of mines": a noun; "use mines": a verb. Both need the weapon next to them.
                return prev.equals("the") || prev.equals("its") || prev.equals("their") || prev.equals("of")
                        ? new Act(ClaimType.USE, true, true, false) : act;
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
                return WORDS_7
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
                Set<String> predicate = WORDS_8;
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
