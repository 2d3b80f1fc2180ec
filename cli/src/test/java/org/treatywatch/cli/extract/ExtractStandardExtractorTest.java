package org.treatywatch.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.cli.TreatywatchCommand;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.extract.input.DocumentReader;
import org.treatywatch.extract.json.ClaimJson;
import picocli.CommandLine;

/** The command as users run it, with the standard extractor, on an HTML page of our own words. */
class ExtractStandardExtractorTest {
    @TempDir
    Path dir;

    @Test
    void htmlPage_givesClaimsWhoseEvidenceIsASliceOfTheReadersMainText() throws IOException {
        Path page = Files.writeString(dir.resolve("vilnius.html"), """
                <html><head><title>Vilnius plans mine production</title>
                <meta property="article:published_time" content="2025-04-01T09:00:00+03:00"></head>
                <body><nav><a href="/">Home</a></nav>
                <article><p>VILNIUS - Lithuania will start producing anti-personnel mines next year,
                its deputy defence minister said on Tuesday.</p>
                <p>Russia, which is not a party to the treaty, made no comment.</p></article>
                <footer>Contact us</footer></body></html>""");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = TreatywatchCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        int exit = cl.execute("extract", page.toString());

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        List<Claim> claims = out.toString().lines().map(ClaimJson::fromJson).toList();
        String text = DocumentReader.standard().readAll(page).get(0).text();
        assertThat(claims).isNotEmpty().allSatisfy(c -> {
            assertThat(c.doc()).isEqualTo(page.toString());
            assertThat(c.evidence().matches(text)).isTrue();
        });
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.type().name()).isEqualTo("PRODUCTION");
            assertThat(c.actor()).isEqualTo("LTU");
            assertThat(c.when()).isEqualTo("2026"); // "next year" against the page's own date
        });
    }

    @Test
    void withSyntax_theSameClaims_andNothingElseOnEitherStream() throws IOException {
        Path text = Files.writeString(dir.resolve("a.txt"), "Poland and Latvia will produce anti-personnel mines. "
                + "Russia\u2019s use of mines was condemned by the ICBL.\n");
        String[] plain = run("extract", text.toString());
        String[] syntax = run("extract", "--syntax", text.toString());
        assertThat(syntax).containsExactly(plain);
        assertThat(plain[0].lines().filter(l -> l.contains("\"PRODUCTION\"")).count()).isEqualTo(2);
        assertThat(plain[2]).isEqualTo("0");
        assertThat(plain[1]).isEmpty();
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = TreatywatchCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new String[] {out.toString(), err.toString(), Integer.toString(exit)};
    }
}
