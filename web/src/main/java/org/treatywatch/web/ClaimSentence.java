package org.treatywatch.web;

import java.util.Locale;
import java.util.function.Function;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Stage;
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
        return of(c.type(), c.actor(), c.modality(), c.treaty(), c.weapon(), c.recipient(), c.stage(), c.allegedBy(), names);
    }

    /** The sentence of an act given by its codebook fields (an event's key and modality, say). */
    public static String of(ClaimType type, String actorCode, Modality modality, String treaty, Weapon weapon,
            String recipient, Stage stage, String allegedBy, Function<String, String> names) {
        String actor = name(actorCode, names);
        Verb v = verb(type);
        String object = object(type, treaty, weapon, recipient, names);
        String s = switch (modality) {
            case FACT -> actor + " " + v.third() + object;
            case PLANNED -> actor + " plans to " + v.base() + object;
            case POSSIBLE -> actor + " may " + v.base() + object;
            case NEGATED -> type == ClaimType.ACCESSION
                    ? actor + " is not a party to the " + treaty
                    : actor + " does not " + v.base() + object;
            case ALLEGED -> actor + " accused of " + v.gerund() + object;
        };
        if (stage != null) {
            s += " (" + stage.name().toLowerCase(Locale.ROOT) + ")";
        }
        if (allegedBy != null) {
            s += " (alleged by " + name(allegedBy, names) + ")";
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

    private static String object(ClaimType type, String treaty, Weapon weapon, String recipient, Function<String, String> names) {
        return switch (type) {
            case WITHDRAWAL -> " from the " + treaty;
            case ACCESSION -> " the " + treaty;
            case DESTRUCTION -> " its stocks of " + weapon(weapon);
            case TRANSFER -> " " + weapon(weapon) + (recipient == null ? "" : " to " + name(recipient, names));
            default -> " " + weapon(weapon);
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
