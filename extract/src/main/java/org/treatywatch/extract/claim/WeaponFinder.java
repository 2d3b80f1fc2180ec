package org.treatywatch.extract.claim;

import java.util.EnumSet;
import java.util.Set;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Mention.WeaponSense;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Token;

/**
 * Which weapon a non-treaty act is about: near the act for general verbs ("make these", "use mines"), anywhere in
 * the sentence (or the one before) for mine-specific ones ("production could be launched"). Only anti-personnel
 * mines are {@code AP_MINE}; anti-tank mines give {@code AT_MINE} (unscored), naval and non-weapon mines none.
 */
final class WeaponFinder extends DocRules {
    private static final Set<String> ANAPHORS = ClaimWords.get("weapon-anaphors");
    private static final Set<String> QUANTIFIERS = ClaimWords.get("weapon-quantifiers");
    private static final Set<String> HOLDER_VERBS = ClaimWords.get("holder-verbs");

    WeaponFinder(DocLayers d) {
        super(d);
    }

    EnumSet<Weapon> weaponsOf(int si, Sentence s, int t, ActLexicon.Act act) {
        EnumSet<WeaponSense> found = EnumSet.noneOf(WeaponSense.class);
        int limit = Math.min(s.endToken(), t + (act.needsNearWeapon() ? 10 : 16));
        for (int k = t + 1; k < limit; k++) {
            Token tok = tokens.get(k);
            if (isHardBarrier(tok, k, s)) {
                break;
            }
            if (k > t + 1 && actAt[k] != null) {
                String before = tokens.get(k - 1).norm();
                if (!found.isEmpty() || act.needsNearWeapon() && !(before.equals(",") || before.equals("or") || before.equals("and"))) {
                    break; // "the maps it holds and accuses ... of laying new mines": another act's weapon
                }
            }
            if (weaponAt[k] != null) {
                found.add(WeaponSense.valueOf(weaponAt[k].code()));
                if (k + 2 < s.endToken() && tokens.get(k + 1).is(",") && tokens.get(k + 2).is("but")) {
                    limit = Math.min(s.endToken(), k + 9); // "on anti-tank mines, but also on anti-personnel mines"
                }
            }
        }
        if (found.isEmpty() && act.needsNearWeapon()) {
            Mention fronted = relativeObject(s, t);
            if (fronted != null) {
                found.add(WeaponSense.valueOf(fronted.code())); // "the first mines it has bought"
            }
        }
        boolean moreOfThem = t + 1 < s.endToken() && tokens.get(t + 1).is("more")
                && (t + 2 >= s.endToken() || !tokens.get(t + 2).isWord() || tokens.get(t + 2).is("than")
                        || tokens.get(t + 2).is("if") || tokens.get(t + 2).is("and")); // "the capacity to make more."
        boolean someOfThem = t + 2 < s.endToken() && QUANTIFIERS.contains(tokens.get(t + 1).norm())
                && (!tokens.get(t + 2).isWord() || OBJECT_PREPOSITIONS.contains(tokens.get(t + 2).norm())
                || tokens.get(t + 2).is("abroad")); // "buying some from foreign producers"
        if (found.isEmpty() && (moreOfThem || someOfThem || t + 1 < s.endToken() && ANAPHORS.contains(tokens.get(t + 1).norm())
                || t + 2 < s.endToken() && ANAPHORS.contains(tokens.get(t + 2).norm()) || weaponNounAhead(s, t))) {
            Mention last = lastWeaponBefore(t, si, 2);
            if (last != null) {
                found.add(WeaponSense.valueOf(last.code()));
            }
        }
        if (found.isEmpty()) {
            weaponsBefore(s, t, act, found);
        }
        if (found.isEmpty() && !act.needsNearWeapon()) {
            weaponsInContext(si, s, found);
        }
        if (found.isEmpty() && act.type() == ClaimType.STOCKPILE && act.nominal() && heldByAfter(s, t)) {
            articleWeapon(found); // "The largest stockpiles continue to be held by Russia, Pakistan, India and China"
        }
        EnumSet<Weapon> weapons = EnumSet.noneOf(Weapon.class);
        if (found.contains(WeaponSense.AP_MINE)) {
            weapons.add(Weapon.AP_MINE);
        }
        if (found.contains(WeaponSense.AT_MINE)) {
            weapons.add(Weapon.AT_MINE);
        }
        if (found.contains(WeaponSense.CLUSTER_MUNITION)) {
            weapons.add(Weapon.CLUSTER_MUNITION);
        }
        return weapons;
    }

    /** The weapon of the article's treaty, if it has one. */
    private void articleWeapon(EnumSet<WeaponSense> found) {
        if (defaultTreaty != null) {
            found.add("CCM".equals(defaultTreaty) ? WeaponSense.CLUSTER_MUNITION : WeaponSense.AP_MINE);
        }
    }

    /** A holding verb's passive names the holders after the stock noun at {@code t}: "stockpiles ... held by". */
    private boolean heldByAfter(Sentence s, int t) {
        for (int k = t + 1; k + 1 < Math.min(s.endToken(), t + 8); k++) {
            if (isHardBarrier(tokens.get(k), k, s)) {
                return false;
            }
            if (HOLDER_VERBS.contains(tokens.get(k).norm()) && tokens.get(k + 1).is("by")) {
                return true;
            }
        }
        return false;
    }

    /** A passive or a fronted object: "Tens of thousands of landmines ... will be ordered". */
    private void weaponsBefore(Sentence s, int t, ActLexicon.Act act, EnumSet<WeaponSense> found) {
        int from = Math.max(s.firstToken(), t - 14);
        for (int k = t - 1; k >= from; k--) {
            if (tokens.get(k).is(";") || (act.needsNearWeapon() && refAt[k] != null && !isPassive(t))) {
                break;
            }
            if (weaponAt[k] != null) {
                found.add(WeaponSense.valueOf(weaponAt[k].code()));
                if (act.needsNearWeapon()) {
                    break;
                }
            }
        }
        if (act.needsNearWeapon() && !isPassive(t) && !act.nominal()) {
            found.clear();
        }
    }

    /** Any weapon named in the sentence, else the topic of the last few sentences ("Once production is established"). */
    private void weaponsInContext(int si, Sentence s, EnumSet<WeaponSense> found) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (weaponAt[k] != null) {
                found.add(WeaponSense.valueOf(weaponAt[k].code()));
            }
        }
        if (found.isEmpty()) {
            // the topic of the last few sentences: "Once production is established, ..."
            Mention last = lastWeaponBefore(s.firstToken(), si, 3);
            if (last != null) {
                found.add(WeaponSense.valueOf(last.code()));
            }
        }
    }

    /**
     * A relative clause whose object is the weapon right before its subject: "the mines (that) it has bought",
     * "anti-personnel mines Poland will make": the weapon mention, else null.
     */
    Mention relativeObject(Sentence s, int t) {
        int k = t - 1;
        while (k >= s.firstToken() && (AUXILIARIES.contains(tokens.get(k).norm()) || BE.contains(tokens.get(k).norm())
                || ADVERBS.contains(tokens.get(k).norm()))) {
            k--;
        }
        if (k < s.firstToken() || refAt[k] == null || refAt[k].states().isEmpty()
                || refAt[k].form() == Mention.Form.POSSESSIVE || refAt[k].form() == Mention.Form.ADJECTIVE) {
            return null;
        }
        int j = refAt[k].firstToken() - 1;
        if (j >= s.firstToken() && (tokens.get(j).is("that") || tokens.get(j).is("which"))) {
            j--;
        }
        return j >= s.firstToken() && weaponAt[j] != null ? weaponAt[j] : null;
    }

    /** "using, producing, buying, selling or transferring the weapons": a plain noun for the weapon named before. */
    boolean weaponNounAhead(Sentence s, int t) {
        for (int k = t + 1; k < Math.min(s.endToken(), t + 12); k++) {
            Token tok = tokens.get(k);
            if (isHardBarrier(tok, k, s)) {
                return false;
            }
            if ((tok.is("weapons") || tok.is("weapon") || tok.is("devices") || tok.is("munitions") || tok.is("them"))
                    && k > t + 1 && (tokens.get(k - 1).is("the") || tokens.get(k - 1).is("such") || tokens.get(k - 1).is("these")
                    || tok.is("them"))) {
                return true;
            }
            ActLexicon.Act a = actAt[k];
            boolean listed = tokens.get(k - 1).is(",") || tokens.get(k - 1).is("or") || tokens.get(k - 1).is("and");
            if (a != null && !listed) {
                return false;
            }
        }
        return false;
    }

    Mention lastWeaponBefore(int t, int si, int sentencesBack) {
        int stop = sentences.get(Math.max(0, si - sentencesBack)).firstToken();
        for (int k = t - 1; k >= stop; k--) {
            if (weaponAt[k] != null) {
                return weaponAt[k];
            }
        }
        return null;
    }
}
