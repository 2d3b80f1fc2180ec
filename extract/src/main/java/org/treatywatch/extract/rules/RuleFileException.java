package org.treatywatch.extract.rules;

/** A rule file that cannot be used: the message starts with {@code file:line:}. */
public final class RuleFileException extends IllegalArgumentException {
    RuleFileException(String message) {
        super(message);
    }
}
