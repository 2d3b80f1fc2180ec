package org.treatywatch.extract.mention;

import java.util.List;
import java.util.Set;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Mention.Form;
import org.treatywatch.extract.pipeline.Mention.Kind;
import org.treatywatch.extract.pipeline.Mention.WeaponSense;
import org.treatywatch.extract.pipeline.Token;

/**
 * Decides what each "mine" means (CODEBOOK.md: plain "mines" count as anti-personnel where the text
 * is about anti-personnel mines or the Mine Ban Treaty, unless said to be anti-tank, anti-vehicle or
 * naval; coal, gold, crypto and data mining and the pronoun "mine" are no weapon at all).
 *
 * <p>First the words right before the noun ("anti-tank", "naval", "coal", "land"), across a
 * coordination ("anti-tank and anti-personnel mines" names two weapons); then the words right after
 * ("mine workers", "Ministry of Mines"); then, for a bare "mines", what the document as a whole is
 * about, judged once per document from cue words.
 */
final class WeaponSenses {
    private static final Set<String> AP = Set.of("anti-personnel", "antipersonnel", "ap", "land", "butterfly", "pfm-1",
            "pfm-1s", "personnel", "anti-person", "victim-activated");
    private static final Set<String> AT = Set.of("anti-tank", "antitank", "anti-vehicle", "antivehicle", "anti-armour",
            "anti-armor", "tank", "vehicle", "anti-tanks", "tm-62", "at");
    private static final Set<String> NAVAL = Set.of("naval", "sea", "underwater", "maritime", "limpet", "drifting", "ship",
            "anti-ship", "marine", "floating", "river");
    private static final Set<String> NOT_WEAPON = Set.of("coal", "gold", "copper", "diamond", "iron", "lithium", "salt",
            "silver", "uranium", "tin", "zinc", "nickel", "cobalt", "open-pit", "opencast", "underground", "bitcoin",
            "crypto", "cryptocurrency", "phosphate", "emerald", "ruby", "jade", "tungsten", "bauxite", "potash",
            "manganese", "platinum", "mineral", "ore", "quarry", "data", "text", "gold-mining", "coal-mining", "abandoned",
            "disused", "strip", "mountaintop", "artisanal", "tantalum", "coltan", "cobalt-mining");
    private static final Set<String> DETERMINERS_FOR_MINE = Set.of("a", "an", "the", "one", "each", "every", "this", "that",
            "any", "no", "single", "another", "its", "their", "such", "first", "last", "anti-personnel", "anti-tank",
            "land", "naval", "sea");
    private static final Set<String> AFTER_NOT_WEAPON = Set.of("workers", "worker", "shaft", "shafts", "owner", "owners",
            "operator", "operators", "company", "companies", "collapse", "tailings", "ministry", "minister", "ministers",
            "output", "pit", "site", "sites", "production" /* "mine production" of ore */, "employees", "closure",
            "closures", "strike", "royalties", "concession", "concessions", "manager", "managers");

    private final WeaponSense bareDefault;

    private WeaponSenses(WeaponSense bareDefault) {
        this.bareDefault = bareDefault;
    }

    static WeaponSenses forDocument(List<Token> tokens) {
        boolean ap = false, at = false, naval = false, mining = false;
        for (int k = 0; k < tokens.size(); k++) {
            String n = tokens.get(k).norm();
            switch (n) {
                case "anti-personnel", "antipersonnel", "landmine", "landmines", "land-mine", "land-mines", "ottawa", "apmbc" -> ap = true;
                case "anti-tank", "antitank", "anti-vehicle" -> at = true;
                case "naval", "navy", "sea", "ship", "ships", "vessel", "vessels", "maritime", "minesweeper", "minesweepers",
                        "minehunter", "minehunters", "port", "ports", "harbour", "harbor", "shipping", "warship", "warships" -> naval = true;
                case "mining", "miner", "miners", "coal", "gold", "copper", "ore", "bitcoin", "crypto", "cryptocurrency",
                        "mineral", "minerals", "lithium" -> mining = true;
                case "ban" -> ap |= k > 0 && tokens.get(k - 1).is("mine");
                default -> { }
            }
        }
        WeaponSense d = ap ? WeaponSense.AP_MINE
                : at && !naval ? WeaponSense.AT_MINE
                : naval ? WeaponSense.NAVAL_MINE
                : mining ? WeaponSense.NOT_A_WEAPON
                : WeaponSense.AP_MINE;
        return new WeaponSenses(d);
    }

    /** Adds weapon mentions for {@code tokens[i]} if it names a mine or cluster munition. */
    void classify(String text, List<Token> tokens, int i, int sentenceStart, int sentenceEnd, List<Mention> out) {
        Token t = tokens.get(i);
        String n = t.norm();
        boolean plural;
        boolean landmine = false;
        if (n.equals("mines") || n.equals("mine")) {
            plural = n.equals("mines");
        } else if (n.endsWith("landmines") || n.endsWith("landmine") || n.equals("land-mines") || n.equals("land-mine")
                || n.endsWith("-mines") || n.endsWith("-mine")) {
            plural = n.endsWith("s");
            landmine = n.contains("land");
            if (n.startsWith("anti-tank") || n.startsWith("anti-vehicle")) {
                add(out, t, i, WeaponSense.AT_MINE);
                return;
            }
            if (!landmine && !n.startsWith("anti-personnel")) {
                return;
            }
        } else if ((n.equals("munitions") || n.equals("munition") || n.equals("bombs") || n.equals("bomb")
                || n.equals("bomblets") || n.equals("submunitions")) && i > sentenceStart && tokens.get(i - 1).is("cluster")) {
            out.add(new Mention(new org.treatywatch.extract.pipeline.Span(tokens.get(i - 1).start(), t.end()), i - 1, i + 1,
                    Kind.WEAPON, WeaponSense.CLUSTER_MUNITION.name(), List.of(), Form.OTHER));
            return;
        } else {
            return;
        }
        String surface = text.substring(t.start(), t.end());
        // Proper names: "Ministry of Mines", "Mines Advisory Group", "Landmine Monitor"
        boolean capitalised = Character.isUpperCase(surface.charAt(0));
        if (capitalised && i > sentenceStart && isProperContext(text, tokens, i, sentenceStart, sentenceEnd)) {
            add(out, t, i, WeaponSense.NOT_A_WEAPON);
            return;
        }
        if (i + 1 < sentenceEnd && AFTER_NOT_WEAPON.contains(tokens.get(i + 1).norm()) && !landmine) {
            add(out, t, i, WeaponSense.NOT_A_WEAPON);
            return;
        }
        if (!plural && !landmine) {
            // the pronoun: "a friend of mine", "the choice is mine"; a weapon "mine" needs a determiner or modifier
            String prev = i > sentenceStart ? tokens.get(i - 1).norm() : "";
            boolean modified = DETERMINERS_FOR_MINE.contains(prev) || AP.contains(prev) || AT.contains(prev)
                    || NAVAL.contains(prev) || NOT_WEAPON.contains(prev) || (i > sentenceStart && tokens.get(i - 1).kind() == Token.Kind.NUMBER);
            if (!modified) {
                add(out, t, i, WeaponSense.NOT_A_WEAPON);
                return;
            }
        }
        if (plural && i + 1 < sentenceEnd && !landmine && NOT_WEAPON.contains(tokens.get(i + 1).norm())) {
            add(out, t, i, WeaponSense.NOT_A_WEAPON); // the verb: "the company mines copper"
            return;
        }
        // modifiers to the left, across "and"/"or"/","
        WeaponSense head = null;
        int k = i - 1;
        int steps = 0;
        while (k >= sentenceStart && steps < 6) {
            String p = tokens.get(k).norm();
            WeaponSense s = senseOfModifier(tokens, k, sentenceStart);
            if (s != null) {
                if (head == null) {
                    head = s;
                } else if (s != head) {
                    add(out, tokens.get(k), k, s);
                }
            } else if (!(p.equals("and") || p.equals("or") || p.equals(",") || p.equals("/") || p.equals("(") || p.equals(")")
                    || p.equals("anti") || p.equals("-") || p.equals("also"))) {
                break;
            }
            k--;
            steps++;
        }
        if (head == null) {
            head = landmine ? WeaponSense.AP_MINE : bareDefault;
        }
        add(out, t, i, head);
    }

    private static WeaponSense senseOfModifier(List<Token> tokens, int k, int sentenceStart) {
        String p = tokens.get(k).norm();
        if (p.equals("personnel") && k > sentenceStart && tokens.get(k - 1).is("anti")) {
            return WeaponSense.AP_MINE;
        }
        if (p.equals("tank") && k > sentenceStart && tokens.get(k - 1).is("anti")) {
            return WeaponSense.AT_MINE;
        }
        if (AP.contains(p)) {
            return p.equals("personnel") ? null : WeaponSense.AP_MINE;
        }
        if (AT.contains(p)) {
            return p.equals("at") ? null : WeaponSense.AT_MINE;
        }
        if (NAVAL.contains(p)) {
            return WeaponSense.NAVAL_MINE;
        }
        if (NOT_WEAPON.contains(p)) {
            return WeaponSense.NOT_A_WEAPON;
        }
        return null;
    }

    private static boolean isProperContext(String text, List<Token> tokens, int i, int sentenceStart, int sentenceEnd) {
        Token prev = tokens.get(i - 1);
        boolean prevCapital = prev.isWord() && Character.isUpperCase(text.charAt(prev.start())) && !prev.is("anti-personnel");
        boolean ofBefore = prev.is("of") && i - 2 >= sentenceStart && Character.isUpperCase(text.charAt(tokens.get(i - 2).start()));
        boolean nextCapital = i + 1 < sentenceEnd && tokens.get(i + 1).isWord()
                && Character.isUpperCase(text.charAt(tokens.get(i + 1).start()));
        // a headline in title case capitalises every word: then no word tells us anything
        return ofBefore || (nextCapital && !tokens.get(i + 1).is("and")) || (prevCapital && isTitleWord(tokens.get(i - 1)));
    }

    private static boolean isTitleWord(Token t) {
        return switch (t.norm()) {
            case "advisory", "action", "monitor", "school", "landmine", "bureau", "department", "office" -> true;
            default -> false;
        };
    }

    private static void add(List<Mention> out, Token t, int i, WeaponSense sense) {
        out.add(new Mention(t.span(), i, i + 1, Kind.WEAPON, sense.name(), List.of(), Form.OTHER));
    }
}
