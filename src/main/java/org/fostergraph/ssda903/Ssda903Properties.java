package org.fostergraph.ssda903;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param batchSize children written per transaction
 * @param listedProblems most problems (and, separately, warnings) an import summary lists; the counts are exact
 * @param council the code of the council whose return the command line imports; by default the graph's only council
 * @param allowOlderYear whether the command line may import a return older than the council's newest one imported
 */
@ConfigurationProperties("fostergraph.ssda903")
public record Ssda903Properties(@DefaultValue("500") int batchSize, @DefaultValue("1000") int listedProblems, String council,
        @DefaultValue("false") boolean allowOlderYear) {
}
