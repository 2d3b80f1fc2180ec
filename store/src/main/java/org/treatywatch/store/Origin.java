package org.treatywatch.store;

/** Who made a stored claim: the extractor or an analyst by hand. */
public enum Origin {
    MACHINE,
    ANALYST
}
