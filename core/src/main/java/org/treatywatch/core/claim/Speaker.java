package org.treatywatch.core.claim;

/** Who made the statement a claim comes from; any part may be unknown (null). */
public record Speaker(String name, String role, String actor) {
    public Speaker {
        if (actor != null && !Claim.isAlpha3(actor)) {
            throw new IllegalArgumentException("speaker actor must be ISO alpha-3, got " + actor);
        }
        if (name == null && role == null) {
            throw new IllegalArgumentException("a speaker needs a name or a role");
        }
    }
}
