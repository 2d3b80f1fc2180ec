package org.treatywatch.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.cli.TreatywatchCommand;
import org.treatywatch.store.Stores;
import picocli.CommandLine;

/** {@code treatywatch export}: the claims and status tables as CSV and JSON files. */
class ExportCommandTest {
    @TempDir
    Path dir;

    int run(String... args) {
        CommandLine cl = TreatywatchCommand.commandLine();
        cl.setErr(new PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return cl.execute(args);
    }

    @Test
    void exportClaims_afterIngest_asCsvAndJson() throws Exception {
        String db = dir.resolve("e.db").toString();
        Path doc = Files.writeString(dir.resolve("d.txt"),
                "Lithuania will produce anti-personnel mines, its defence minister said on Monday.");
        assertThat(run("ingest", "--quiet", "--db", db, doc.toString())).isZero();

        Path csv = dir.resolve("claims.csv");
        assertThat(run("export", "claims", "--db", db, "--format", "csv", "-o", csv.toString())).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("claim_id,document_id,doc,published,source_title,source_url,source_outlet,type,actor,modality");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("PRODUCTION,LTU"));

        Path json = dir.resolve("claims.json");
        assertThat(run("export", "claims", "--db", db, "--format", "json", "--state", "ltu", "-o", json.toString())).isZero();
        JsonNode rows = new ObjectMapper().readTree(json.toFile());
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("actor").asText()).isEqualTo("LTU"));
    }

    @Test
    void exportClaims_takesAStateByNameOrAdjective_andSaysDidYouMeanOtherwise() throws Exception {
        String db = dir.resolve("n.db").toString();
        Path doc = Files.writeString(dir.resolve("d.txt"),
                "Lithuania will produce anti-personnel mines, its defence minister said on Monday.");
        assertThat(run("ingest", "--quiet", "--db", db, doc.toString())).isZero();
        for (String name : List.of("Lithuania", "lithuanian")) {
            Path json = dir.resolve(name + ".json");
            assertThat(run("export", "claims", "--db", db, "--format", "json", "--state", name, "-o", json.toString())).isZero();
            assertThat(new ObjectMapper().readTree(json.toFile())).as(name).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.get("actor").asText()).isEqualTo("LTU"));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = TreatywatchCommand.commandLine();
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        assertThat(cl.execute("export", "claims", "--db", db, "--state", "Lithunia")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown state 'Lithunia' (did you mean Lithuania?)");
    }

    @Test
    void exportStatus_withABadRowInTheStore_isAClearUsageError_notACrash() throws Exception {
        String db = dir.resolve("bad.db").toString();
        Stores.open(db).close(); // export reads an existing store only
        assertThat(run("export", "status", "--db", db, "-o", dir.resolve("ok.csv").toString())).isZero();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.executeUpdate("UPDATE participation SET instrument = 'handshake' WHERE treaty = 'CCM' AND state = 'LTU'");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = TreatywatchCommand.commandLine();
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        assertThat(cl.execute("export", "status", "--db", db, "-o", dir.resolve("bad.csv").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("treatywatch: the store's participation row CCM/LTU is not usable: ")
                .doesNotContain("internal error");
    }

    @Test
    void exportStatus_onADate_perTreaty() throws Exception {
        String db = dir.resolve("s.db").toString();
        Stores.open(db).close(); // an empty store
        Path csv = dir.resolve("status.csv");
        assertThat(run("export", "status", "--db", db, "--on", "2026-02-01", "--treaty", "apmbc", "-o", csv.toString())).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("state,state_name,treaty,on,status,since,counted_as_party,rule_citation,next_change_on,next_change_status");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("FIN,Finland,APMBC,2026-02-01,WITHDRAWN,2026-01-10,false,"));
        assertThat(lines.size()).isGreaterThan(190);

        assertThat(run("export", "status", "--db", db, "--format", "xml")).isEqualTo(2);
        assertThat(run("export", "status", "--db", db, "--on", "someday")).isEqualTo(2);
        assertThat(run("export", "tables", "--db", db)).isEqualTo(2);
    }

    @Test
    void aMistypedStore_isAUsageError_andNoStoreIsMade() throws Exception {
        String db = dir.resolve("e.db").toString();
        Path doc = Files.writeString(dir.resolve("d.txt"), "Lithuania will produce anti-personnel mines.");
        assertThat(run("ingest", "--quiet", "--db", db, doc.toString())).isZero();
        Path typo = dir.resolve("e.bd");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = TreatywatchCommand.commandLine();
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));

        assertThat(cl.execute("export", "claims", "--db", typo.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("treatywatch: no store at " + typo
                + ": check --db or $TREATYWATCH_DB (ingest, import, serve and user add make a new one)\n");
        assertThat(typo).doesNotExist();
        assertThat(run("export", "status", "--db", dir.toString())).as("a folder").isEqualTo(2);
    }
}
