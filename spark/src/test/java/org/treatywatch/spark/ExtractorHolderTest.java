package org.treatywatch.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.Extractors;

/** The extractors an executor can be asked for by name, each built once per JVM. */
class ExtractorHolderTest {

    @Test
    void syntax_isTheExtractorWithTheSyntacticLayer_sharedPerJvm() {
        ClaimExtractor syntax = ExtractorHolder.get(ExtractorHolder.SYNTAX);
        assertThat(syntax).isSameAs(ExtractorHolder.get("syntax")).isSameAs(Extractors.withSyntax());
        assertThat(syntax.version()).startsWith(Extractors.standard().version() + "+syntax-");
        Document d = Document.of("d", "Poland and Latvia will produce anti-personnel mines.");
        assertThat(syntax.extract(d)).isEqualTo(Extractors.standard().extract(d)).hasSize(2);
    }

    @Test
    void anUnknownName_saysWhichNamesExist() {
        assertThatThrownBy(() -> ExtractorHolder.get("nonesuch"))
                .hasMessageContaining("use 'standard', 'syntax' or the class name");
    }
}
