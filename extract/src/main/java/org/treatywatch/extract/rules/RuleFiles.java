package org.treatywatch.extract.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Every rule file the extractor reads, and their hash: the extractor's version ends with it, so
 * that a change to a word list changes the version as a change to the code does (and stored
 * claims are re-extracted). A loader may read only the files listed here.
 */
public final class RuleFiles {
    /** The files, in the order they are hashed. */
    public static final List<String> NAMES = List.of("act-words.txt", "claim-words.txt", "modality-cues.txt", "grammar-rules.txt",
            "actor-words.txt", "quote-words.txt");

    private static final class Hash {
        static final String VALUE = compute();
    }

    private RuleFiles() {}

    static String read(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("rule file " + name + " is not in RuleFiles.NAMES, so the version would not"
                    + " cover it; add it there");
        }
        return RuleFile.readResource(name);
    }

    /** The first 12 hex digits of the SHA-256 of every file's name and bytes, in {@link #NAMES} order. */
    public static String hash() {
        return Hash.VALUE;
    }

    private static String compute() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : NAMES) {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(RuleFile.readResource(name).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
