package org.treatywatch.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatywatch.extract.eval.TestClaims.claim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;

class SnapshotsTest {
    @TempDir
    Path dir;

    Path text;
    Claim production;
    Claim use;

    void write() throws IOException {
        text = dir.resolve("a.txt");
        Files.writeString(text, ScorerTest.TEXT);
        production = claim(text.toString(), ScorerTest.TEXT, ClaimType.PRODUCTION, "LTU", Modality.PLANNED, "making");
        use = claim(text.toString(), ScorerTest.TEXT, ClaimType.USE, "RUS", Modality.FACT, "laid");
    }

    @Test
    void sameClaims_inAnyOrder_areNoDifference() throws IOException {
        write();
        Snapshots.write(text, List.of(production, use));

        assertThat(Files.readString(dir.resolve("a.expected.jsonl"))).hasLineCount(2).contains("\"actor\":\"LTU\"");
        assertThat(Snapshots.diff(text, List.of(production, use))).isEmpty();
        assertThat(Snapshots.diff(text, List.of(use, production))).isEmpty();
    }

    @Test
    void changedModality_isOneRemovedAndOneAddedLine() throws IOException {
        write();
        Snapshots.write(text, List.of(production, use));
        Claim alleged = claim(text.toString(), ScorerTest.TEXT, ClaimType.USE, "RUS", Modality.ALLEGED, "laid");

        List<String> diff = Snapshots.diff(text, List.of(production, alleged));

        assertThat(diff).hasSize(2);
        assertThat(diff.get(0)).startsWith("- ").contains("\"modality\":\"FACT\"");
        assertThat(diff.get(1)).startsWith("+ ").contains("\"modality\":\"ALLEGED\"");
    }

    @Test
    void duplicateClaim_countsAsADifference() throws IOException {
        write();
        Snapshots.write(text, List.of(use));

        assertThat(Snapshots.diff(text, List.of(use, use))).singleElement().asString().startsWith("+ ");
    }

    @Test
    void missingSnapshot_saysHowToWriteOne() throws IOException {
        write();

        assertThat(Snapshots.diff(text, List.of(use))).containsExactly(
                dir.resolve("a.expected.jsonl") + ": no snapshot; write one with treatywatch eval DIR --update-expected");
    }
}
