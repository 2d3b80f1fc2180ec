package org.treatywatch.extract.eval;

import java.util.List;
import java.util.Objects;
import org.treatywatch.core.document.Document;

/**
 * A document of an evaluation corpus with its gold claims. The scorer matches predicted claims to
 * it by the basename of the document id (the part after the last {@code /}), as
 * {@code score-claims.py} does, so claims made from {@code corpus/dev/x.txt} and from
 * {@code /tmp/x.txt} score against the same gold.
 */
public record EvalDocument(Document document, List<GoldClaim> gold) {
    public EvalDocument {
        Objects.requireNonNull(document, "document");
        gold = List.copyOf(gold);
    }

    /** The basename of the document id: what predicted claims are matched by. */
    public String basename() {
        return basename(document.id());
    }

    /** The part of {@code id} after its last {@code /} (Python's {@code os.path.basename} on POSIX). */
    public static String basename(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }
}
