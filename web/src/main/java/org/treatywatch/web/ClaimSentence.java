package org.treatywatch.web;

import java.util.Locale;
import java.util.function.Function;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Weapon;

/**
 * A claim said as a headline, for feed titles and for the labels screen readers read out:
 * "Russia accused of using anti-personnel mines (alleged by Ukraine)", "Lithuania plans to
 * produce anti-personnel mines", "Russia is not a party to the APMBC". States are named, codes
 * only when a state is unknown.
 */
public final class ClaimSentence {
    private ClaimSentence() {}

    /** A verb in the three forms the modalities need. */
    private record Verb(String base, String third, String gerund) {}

    /**
     * @param names a state's name by its alpha-3 code, or null when unknown (the code is used then)
     */
    public static String of(Claim c, Function<String, String> names) {
        String actor = name(c.actor(), names);
        Verb v = verb(c.type());
        String object = object(c, names);
        String s = switch (c.modality()) {
            case FACT -> actor + " " + v.third() + object;
            case PLANNED -> actor + " plans to " + v.base() + object;
            case POSSIBLE -> actor + " may " + v.base() + object;
            case NEGATED -> c.type() == ClaimType.ACCESSION
                    ? actor + " is not a party to the " + c.treaty()
                    : actor + " does not " + v.base() + object;
            case ALLEGED -> actor + " accused of " + v.gerund() + object;
        };
        if (c.stage() != null) {
            s += " (" + c.stage().name().toLowerCase(Locale.ROOT) + ")";
        }
        if (c.allegedBy() != null) {
            s += " (alleged by " + name(c.allegedBy(), names) + ")";
        }
        return s;
    }

    private static Verb verb(ClaimType type) {
        return switch (type) {
            case WITHDRAWAL -> new Verb("withdraw", "withdraws", "withdrawing");
            case ACCESSION -> new Verb("join", "joins", "joining");
            case PRODUCTION -> new Verb("produce", "produces", "producing");
            case PROCUREMENT -> new Verb("acquire", "acquires", "acquiring");
            case TRANSFER -> new Verb("supply", "supplies", "supplying");
            case STOCKPILE -> new Verb("stockpile", "stockpiles", "stockpiling");
            case DESTRUCTION -> new Verb("destroy", "destroys", "destroying");
            case USE -> new Verb("use", "uses", "using");
        };
    }

    private static String object(Claim c, Function<String, String> names) {
        return switch (c.type()) {
            case WITHDRAWAL -> " from the " + c.treaty();
            case ACCESSION -> " the " + c.treaty();
            case DESTRUCTION -> " its stocks of " + weapon(c.weapon());
            case TRANSFER -> " " + weapon(c.weapon()) + (c.recipient() == null ? "" : " to " + name(c.recipient(), names));
            default -> " " + weapon(c.weapon());
        };
    }

    /** The weapon in plain words ("anti-personnel mines"); AP mines when a claim names none. */
    public static String weapon(Weapon weapon) {
        return switch (weapon == null ? Weapon.AP_MINE : weapon) {
            case AP_MINE -> "anti-personnel mines";
            case AT_MINE -> "anti-tank mines";
            case CLUSTER_MUNITION -> "cluster munitions";
        };
    }

    private static String name(String code, Function<String, String> names) {
        String n = code == null ? null : names.apply(code);
        return n == null ? String.valueOf(code) : n;
    }
}
