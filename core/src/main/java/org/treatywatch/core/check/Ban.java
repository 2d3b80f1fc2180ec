package org.treatywatch.core.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.treatywatch.core.claim.Weapon;

/**
 * What one treaty bans (a line of {@code bans.tsv}).
 *
 * @param treaty         the treaty's code
 * @param weapon         the weapon it bans
 * @param words          the weapon in running text ("anti-personnel mines")
 * @param article        the article banning use, production, acquisition and transfer ("Art. 1")
 * @param joiningArticle the article on instruments of ratification and accession ("Art. 16")
 */
record Ban(String treaty, Weapon weapon, String words, String article, String joiningArticle) {

    static final String FILE = "bans.tsv";

    /** The shipped bans; a malformed line is a bug in the release and fails with its line number. */
    static List<Ban> standard() {
        try (InputStream in = Ban.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    static List<Ban> parse(BufferedReader reader) throws IOException {
        List<Ban> out = new ArrayList<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalStateException(FILE + ":" + number + ": expected 5 tab-separated fields, got " + f.length);
            }
            out.add(new Ban(f[0].strip(), Weapon.valueOf(f[1].strip()), f[2].strip(), f[3].strip(), f[4].strip()));
        }
        return List.copyOf(out);
    }
}
