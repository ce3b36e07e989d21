package org.fostergraph.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCouncilGeneratorTest {

    private static final Path COMMITTED_SEED = Path.of("seed");

    @Test
    void theCommittedSeedIsExactlyWhatTheGeneratorWrites(@TempDir Path folder) throws IOException {
        new DemoCouncilGenerator().generate().write(folder);

        List<String> written = csvFiles(folder);
        assertThat(written).containsExactlyElementsOf(csvFiles(COMMITTED_SEED));
        for (String file : written) {
            assertThat(Files.readString(folder.resolve(file)))
                    .as("seed/%s differs from what the generator writes: regenerate it (see seed/README.md)", file)
                    .isEqualTo(Files.readString(COMMITTED_SEED.resolve(file)));
        }
    }

    private static List<String> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".csv")).sorted().toList();
        }
    }
}
