package org.treatywatch.extract.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;

/** Builds the claims the scorer tests predict, and finds the shared directory beside the repository. */
final class TestClaims {
    private TestClaims() {}

    /** A claim whose evidence is the first sentence of {@code text} that contains {@code cue}. */
    static Claim claim(String doc, String text, ClaimType type, String actor, Modality modality, String cue) {
        return claim(doc, type, actor, modality, null, Weapon.AP_MINE, sentence(text, cue));
    }

    static Claim claim(String doc, ClaimType type, String actor, Modality modality, String recipient, Weapon weapon,
            Evidence evidence) {
        String treaty = type.isTreatyType() ? "APMBC" : null;
        return new Claim(doc, type, actor, modality, treaty, null, type.isTreatyType() ? null : weapon,
                type == ClaimType.TRANSFER ? recipient : null, null, null, null, null, null, evidence);
    }

    /** The line of {@code text} that holds {@code cue}, as evidence. */
    static Evidence sentence(String text, String cue) {
        int at = text.indexOf(cue);
        if (at < 0) {
            throw new IllegalArgumentException("no " + cue);
        }
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        return Evidence.of(text, start, end < 0 ? text.length() : end);
    }

    /**
     * The shared directory (CODEBOOK, corpus, reference scorer): {@code ../shared} relative to the
     * repository root, or one level further up for a worktree under {@code /work/wt}; empty when absent.
     */
    static Optional<Path> shared() {
        Path root = Path.of("").toAbsolutePath().getParent(); // tests run in the module directory
        for (Path dir = root; dir != null && dir.getNameCount() > root.getNameCount() - 3; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isRegularFile(candidate.resolve("tools/score-claims.py"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static List<EvalDocument> doc(String id, String text, List<GoldClaim> gold) {
        return List.of(new EvalDocument(org.treatywatch.core.document.Document.of(id, text), gold));
    }
}
