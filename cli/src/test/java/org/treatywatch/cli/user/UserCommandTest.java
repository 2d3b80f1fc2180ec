package org.treatywatch.cli.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.cli.TreatywatchCommand;
import org.treatywatch.store.Store;
import org.treatywatch.store.Stores;
import org.treatywatch.web.auth.Passwords;
import org.treatywatch.web.auth.Tokens;
import picocli.CommandLine;

class UserCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void restoreStdin() {
        UserCommand.stdin = System.in;
    }

    private int run(String stdin, String... args) {
        UserCommand.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        CommandLine cl = TreatywatchCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String db() {
        return dir.resolve("users.db").toString();
    }

    @Test
    void add_storesABcryptHashThatTheWebSignInAccepts() {
        assertThat(run("correct horse battery\n", "user", "add", "alice", "--db", db())).isZero();
        try (Store store = Stores.open(db())) {
            String hash = store.analyst("alice").orElseThrow().passwordHash();
            assertThat(hash).startsWith("$2a$10$").doesNotContain("correct horse");
            assertThat(Passwords.verify("correct horse battery".toCharArray(), hash)).isTrue();
            assertThat(Passwords.verify("wrong horse battery".toCharArray(), hash)).isFalse();
        }
    }

    @Test
    void add_refusesShortPasswordsTakenNamesAndBadNamesWithExitCode2() {
        assertThat(run("short\n", "user", "add", "bob", "--db", db())).isEqualTo(2);
        assertThat(err.toString()).contains("at least 8 characters").doesNotContain("Exception");
        assertThat(run("long enough pw\n", "user", "add", "bob", "--db", db())).isZero();
        assertThat(run("long enough pw\n", "user", "add", "bob", "--db", db())).isEqualTo(2);
        assertThat(err.toString()).contains("already exists");
        assertThat(run("long enough pw\n", "user", "add", "<script>", "--db", db())).isEqualTo(2);
        assertThat(run("", "user", "add", "carol", "--db", db())).isEqualTo(2);
        assertThat(err.toString()).contains("no password on standard input");
    }

    @Test
    void token_printsATokenOnceAndStoresOnlyItsHash() {
        assertThat(run("long enough pw\n", "user", "add", "dana", "--db", db())).isZero();
        assertThat(run("", "user", "token", "dana", "--db", db())).isZero();
        String token = out.toString().strip();
        assertThat(token).startsWith(Tokens.API_PREFIX).hasSize(46);
        try (Store store = Stores.open(db())) {
            assertThat(store.analystByToken(Tokens.sha256Hex(token)).orElseThrow().name()).isEqualTo("dana");
            assertThat(store.analystByToken(token)).isEmpty();
        }
        assertThat(run("", "user", "token", "nobody", "--db", db())).isEqualTo(2);
        assertThat(err.toString()).contains("no analyst named 'nobody'");
    }
}
