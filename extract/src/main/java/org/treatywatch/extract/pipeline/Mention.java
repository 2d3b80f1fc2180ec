package org.treatywatch.extract.pipeline;

import java.util.List;

/**
 * Something the text names: a state, a group of states, a treaty, a weapon, a person.
 * {@code firstToken}/{@code endToken} (exclusive) index {@link Layers#TOKENS}.
 *
 * @param code   what it names: alpha-3 for a state; the treaty code ("APMBC", "CCM") or null for a
 *               treaty the codebook does not follow; the weapon sense for a weapon (see {@link WeaponSense})
 * @param states the member states of a closed group ("the Baltic states"), else the state itself
 */
public record Mention(Span span, int firstToken, int endToken, Kind kind, String code, List<String> states, Form form)
        implements Spanned {

    public Mention {
        states = states == null ? List.of() : List.copyOf(states);
    }

    public enum Kind {
        /** A state by name, adjective/demonym or capital: "Lithuania", "Finnish", "Moscow". */
        STATE,
        /** A closed group with known members: "the Baltic states". */
        STATE_GROUP,
        /** A treaty by name: "the Ottawa Convention"; code null for other treaties ("Vienna Convention"). */
        TREATY,
        /** "the treaty", "the convention": refers to the last treaty named. */
        TREATY_REF,
        /** A mine or munition, whatever its sense; {@code code} is a {@link WeaponSense} name. */
        WEAPON,
        /** A person's name: "Karolis Aleksa". */
        PERSON
    }

    /** How a state is named, which decides what it can stand for. */
    public enum Form {
        NAME,
        ADJECTIVE,
        CAPITAL,
        /** "Lithuania's" */
        POSSESSIVE,
        /** a capital in a dateline ("VILNIUS (Reuters) -"): where the story was filed, never an actor */
        DATELINE,
        OTHER
    }

    public enum WeaponSense {
        AP_MINE,
        AT_MINE,
        NAVAL_MINE,
        CLUSTER_MUNITION,
        /** coal, gold, crypto or data mining, the pronoun "mine", "Ministry of Mines" */
        NOT_A_WEAPON
    }
}
