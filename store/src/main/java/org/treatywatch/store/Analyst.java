package org.treatywatch.store;

import java.time.Instant;

/** A person who reviews claims. The password hash is bcrypt, made and checked by the web module. */
public record Analyst(long id, String name, String passwordHash, Instant createdAt) {}
