package org.fostergraph.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Full postcodes and sectors as returns write them, read by hand. */
class PostcodeTest {

    @Test
    void aFullPostcodeInAnyCaseAndSpacingLiesInItsSectorAndKeepsItsText() {
        assertThat(Postcode.parse("ws2 8ab")).isEqualTo(new Postcode("ws2 8ab", "WS2 8AB", "WS2 8", true));
        assertThat(Postcode.parse("WS28AB")).isEqualTo(new Postcode("WS28AB", "WS2 8AB", "WS2 8", true));
        assertThat(Postcode.parse(" W1A  1aa ")).isEqualTo(new Postcode(" W1A  1aa ", "W1A 1AA", "W1A 1", true));
        assertThat(Postcode.parse("EC1A1BB")).isEqualTo(new Postcode("EC1A1BB", "EC1A 1BB", "EC1A 1", true));
        assertThat(Postcode.parse("B5 4TD").sector()).isEqualTo("B5 4");
    }

    @Test
    void aSectorIsItsOwnSector() {
        assertThat(Postcode.parse("ws28")).isEqualTo(new Postcode("ws28", "WS2 8", "WS2 8", false));
        assertThat(Postcode.parse("DY1 4")).isEqualTo(new Postcode("DY1 4", "DY1 4", "DY1 4", false));
    }

    @Test
    void textThatIsNeitherIsRefused() {
        assertThat(Postcode.parse("WALSALL")).isNull();
        assertThat(Postcode.parse("WS2")).isNull();
        assertThat(Postcode.parse("WS2 8A")).isNull();
        assertThat(Postcode.parse("WS2 8ABC")).isNull();
        assertThat(Postcode.parse("")).isNull();
        assertThat(Postcode.parse(null)).isNull();
    }
}
