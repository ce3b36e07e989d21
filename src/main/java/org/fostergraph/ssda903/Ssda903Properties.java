package org.fostergraph.ssda903;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param batchSize children written per transaction
 * @param listedProblems most problems (and, separately, warnings) an import summary lists; the counts are exact
 */
@ConfigurationProperties("fostergraph.ssda903")
public record Ssda903Properties(@DefaultValue("500") int batchSize, @DefaultValue("1000") int listedProblems) {
}
