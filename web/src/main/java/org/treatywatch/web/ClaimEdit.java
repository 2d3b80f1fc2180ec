package org.treatywatch.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.treatywatch.core.claim.Amount;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Quantity;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.state.State;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.core.treaty.Treaty;
import org.treatywatch.core.treaty.TreatyRegistry;

/**
 * An analyst's edit of a claim, or a claim an analyst adds, read from named fields (the review
 * form's, or the API's JSON) and checked against the codebook before anything is stored: states
 * are known states (by code, name or adjective, as everywhere), the treaty a known treaty, the
 * weapon, stage and modality codebook values, and the fields fit together (a treaty only on
 * treaty types, a weapon only on the others, a recipient only on TRANSFER, an accuser only on
 * ALLEGED, a stage only on a treaty claim that is neither NEGATED nor ALLEGED, as the extractor
 * makes them). Every problem is a 400 naming the field.
 *
 * <p>Field names are the codebook's ({@code type}, {@code actor}, {@code alleged_by}, {@code when}
 * ...), with {@code quantity_min}, {@code quantity_max}, {@code quantity_unit},
 * {@code amount_min}, {@code amount_max}, {@code amount_currency}, {@code speaker_name},
 * {@code speaker_role}, {@code speaker_actor}, and for a new claim {@code evidence_start} and
 * {@code evidence_end}. A field that is absent (null) keeps the claim's value; present but blank
 * clears it.
 */
public final class ClaimEdit {
    static final int MAX_TEXT = 300;

    private final Function<String, String> fields;
    private final StateRegistry states;
    private final TreatyRegistry treaties;

    private ClaimEdit(Function<String, String> fields, StateRegistry states, TreatyRegistry treaties) {
        this.fields = fields;
        this.states = states;
        this.treaties = treaties;
    }

    public static ClaimEdit of(Function<String, String> fields, StateRegistry states, TreatyRegistry treaties) {
        return new ClaimEdit(fields, states, treaties);
    }

    /** {@code old} with the fields given; its evidence is kept. */
    public Claim applyTo(Claim old) {
        return build(old, old.evidence());
    }

    /** A new claim on {@code text}, its evidence the span {@code evidence_start} to {@code evidence_end}. */
    public Claim newClaim(String doc, String text) {
        int start = integer("evidence_start", 0, text.length());
        int end = integer("evidence_end", 0, text.length());
        if (end <= start) {
            throw bad("evidence_end", "must be after evidence_start (" + start + "), got " + end);
        }
        if (Character.isLowSurrogate(text.charAt(start)) || end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            throw bad("evidence_start", "must not cut a character in two");
        }
        Claim blank = new Claim(doc, ClaimType.PRODUCTION, "XXX", Modality.FACT, null, null, Weapon.AP_MINE, null, null,
                null, null, null, null, Evidence.of(text, start, end));
        if (fields.apply("type") == null || fields.apply("actor") == null || fields.apply("modality") == null) {
            throw ApiException.badRequest("a new claim needs at least type, actor and modality");
        }
        return build(blank, blank.evidence());
    }

    private Claim build(Claim old, Evidence evidence) {
        ClaimType type = enumValue("type", ClaimType.class, old.type());
        String actor = state("actor", old.actor());
        if (actor == null) {
            throw bad("actor", "is required: the state the claim is about");
        }
        Modality modality = enumValue("modality", Modality.class, old.modality());
        String treaty = null;
        Weapon weapon = null;
        if (type.isTreatyType()) {
            treaty = treaty(old.treaty());
            if (treaty == null) {
                throw bad("treaty", "is required for a " + type + " claim: " + codes());
            }
        } else {
            weapon = enumValue("weapon", Weapon.class, old.weapon() == null ? Weapon.AP_MINE : old.weapon());
            if (weapon == null) {
                weapon = Weapon.AP_MINE;
            }
        }
        // a value kept from the old claim that no longer fits is dropped; one given that does not fit is refused
        Stage stage = enumValue("stage", Stage.class, old.stage());
        boolean stageFits = type.isTreatyType() && modality != Modality.NEGATED && modality != Modality.ALLEGED;
        if (stage != null && !stageFits && !given("stage")) {
            stage = null;
        }
        if (stage != null && !stageFits) {
            throw bad("stage", "is only for a WITHDRAWAL or ACCESSION that is not NEGATED or ALLEGED"
                    + " (what did not happen, or is only alleged, has no stage); clear it or change the modality");
        }
        String recipient = state("recipient", old.recipient());
        if (recipient != null && type != ClaimType.TRANSFER && !given("recipient")) {
            recipient = null;
        }
        if (recipient != null && type != ClaimType.TRANSFER) {
            throw bad("recipient", "is only for a TRANSFER claim");
        }
        String allegedBy = state("alleged_by", old.allegedBy());
        if (allegedBy != null && modality != Modality.ALLEGED && !given("alleged_by")) {
            allegedBy = null;
        }
        if (allegedBy != null && modality != Modality.ALLEGED) {
            throw bad("alleged_by", "is only for an ALLEGED claim");
        }
        String when = text("when", old.when());
        if (when != null && !when.matches("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?")) {
            throw bad("when", "must be a year, month or day: 2026, 2026-03 or 2026-03-01, got '" + clip(when) + "'");
        }
        Quantity quantity = quantity(old.quantity());
        Amount amount = amount(old.amount());
        Speaker speaker = speaker(old.speaker());
        try {
            return new Claim(old.doc(), type, actor, modality, treaty, stage, weapon, recipient, allegedBy,
                    quantity, amount, when, speaker, evidence);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("the claim does not fit the codebook: " + e.getMessage());
        }
    }

    private Quantity quantity(Quantity old) {
        String unit = text("quantity_unit", old == null ? null : old.unit());
        Long min = whole("quantity_min", old == null ? null : old.min());
        Long max = whole("quantity_max", old == null ? null : old.max());
        if (unit == null && min == null && max == null) {
            return null;
        }
        if (unit == null || min == null && max == null) {
            throw bad("quantity_unit", "a quantity needs a unit (mines) and a minimum or maximum");
        }
        if (min != null && max != null && max < min) {
            throw bad("quantity_max", "is below quantity_min");
        }
        return new Quantity(min, max, unit);
    }

    private Amount amount(Amount old) {
        String currency = text("amount_currency", old == null ? null : old.currency());
        Double min = decimal("amount_min", old == null ? null : old.min());
        Double max = decimal("amount_max", old == null ? null : old.max());
        if (currency == null && min == null && max == null) {
            return null;
        }
        if (currency == null || !currency.matches("[A-Za-z]{3}") || min == null && max == null) {
            throw bad("amount_currency", "an amount needs an ISO 4217 currency (EUR) and a minimum or maximum");
        }
        if (min != null && max != null && max < min) {
            throw bad("amount_max", "is below amount_min");
        }
        return new Amount(min, max, currency.toUpperCase(Locale.ROOT));
    }

    private Speaker speaker(Speaker old) {
        String name = text("speaker_name", old == null ? null : old.name());
        String role = text("speaker_role", old == null ? null : old.role());
        String actor = state("speaker_actor", old == null ? null : old.actor());
        return name == null && role == null ? null : new Speaker(name, role, actor);
    }

    // ---- fields -------------------------------------------------------------------------------

    private boolean given(String name) {
        String v = fields.apply(name);
        return v != null && !v.isBlank();
    }

    /** The field's text: null when absent (keep {@code old}), null when blank (cleared). */
    private String text(String name, String old) {
        String v = fields.apply(name);
        if (v == null) {
            return old;
        }
        if (v.length() > MAX_TEXT) {
            throw bad(name, "is longer than " + MAX_TEXT + " characters");
        }
        return v.isBlank() ? null : v.strip();
    }

    private String state(String name, String old) {
        String v = text(name, old);
        if (v == null || v.equals(old)) {
            return v;
        }
        return states.find(v).map(State::alpha3).orElseThrow(() -> ApiException.badRequest("'" + name + "': " + states.unknownMessage(v)));
    }

    private String treaty(String old) {
        String v = text("treaty", old);
        if (v == null || v.equals(old)) {
            return v;
        }
        return treaties.find(v).map(Treaty::code).orElseThrow(() -> ApiException.badRequest("'treaty': " + treaties.unknownMessage(v)));
    }

    private String codes() {
        return String.join(", ", treaties.all().stream().map(Treaty::code).toList());
    }

    private <E extends Enum<E>> E enumValue(String name, Class<E> type, E old) {
        String v = fields.apply(name);
        if (v == null) {
            return old;
        }
        if (v.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                    + ", got '" + clip(v) + "'");
        }
    }

    private Long whole(String name, Long old) {
        String v = text(name, old == null ? null : old.toString());
        if (v == null) {
            return null;
        }
        try {
            long n = Long.parseLong(v.replace(",", "").replace("_", ""));
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw bad(name, "must be a whole number of 0 or more, got '" + clip(v) + "'");
    }

    private Double decimal(String name, Double old) {
        String v = text(name, old == null ? null : old.toString());
        if (v == null) {
            return null;
        }
        try {
            double n = Double.parseDouble(v.replace(",", "").replace("_", ""));
            if (n >= 0 && Double.isFinite(n)) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw bad(name, "must be a number of 0 or more, got '" + clip(v) + "'");
    }

    private int integer(String name, int min, int max) {
        String v = fields.apply(name);
        if (v == null || v.isBlank()) {
            throw bad(name, "is required: the offset of the evidence in the document's text");
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw bad(name, "must be a whole number from " + min + " to " + max + ", got '" + clip(v) + "'");
    }

    private static ApiException bad(String field, String problem) {
        return ApiException.badRequest("'" + field + "' " + problem);
    }

    private static String clip(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
