package org.fostergraph.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What an SSDA903 placement or provider code means is written once, in the shared domain ({@code org.fostergraph.care}):
 * no other production source spells one, in Java or in the Cypher it holds (issue 22). A copy elsewhere is how the
 * forecast came to count another council's carers as the council's own while the placement mix did not.
 */
class Ssda903CodeLiteralsTest {

    private static final Path MAIN = Path.of("src/main/java/org/fostergraph");
    private static final Path DOMAIN = MAIN.resolve("care");

    /** PLACE codes (U1–U6, K1–K3, R1–R5, T0–T4, P1–P3, H5, S1, A3–A6, Z1, Z11–Z14) and PLACE_PROVIDER codes (PR0–PR5), quoted. */
    private static final Pattern CODE = Pattern.compile(
            "[\"'](PR[0-5]|U[1-6]|K[1-3]|R[1-5]|T[0-4]|P[1-3]|H5|S1|A[3-6]|Z1[1-4]?|CREQB|CREQO|ALLEG|STAND|APPRR)[\"']");

    @Test
    void noProductionSourceOutsideTheDomainSpellsAPlacementOrProviderCode() {
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(MAIN)) {
            sources.filter(path -> path.toString().endsWith(".java") && !path.startsWith(DOMAIN)).forEach(path -> {
                List<String> lines = read(path);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher code = CODE.matcher(lines.get(i));
                    while (code.find()) {
                        found.add(MAIN.relativize(path) + ":" + (i + 1) + " " + code.group());
                    }
                }
            });
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(found).as("SSDA903 codes spelled outside org.fostergraph.care").isEmpty();
    }

    @Test
    void theScanFindsACodeWhereOneIsSpelled() {
        assertThat(CODE.matcher("RETURN p.providerCode IN ['PR0', 'PR1']").find()).isTrue();
        assertThat(CODE.matcher("Set.of(\"U1\", \"U4\")").find()).isTrue();
        assertThat(CODE.matcher("\"UNKNOWN\", \"PRIVATE\"").find()).isFalse();
    }

    private static List<String> read(Path path) {
        try {
            return Files.readAllLines(path);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
