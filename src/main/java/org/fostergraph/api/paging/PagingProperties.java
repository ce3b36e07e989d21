package org.fostergraph.api.paging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Page sizes of every Relay connection; the maximum protects the database from one greedy request. */
@ConfigurationProperties("fostergraph.paging")
public record PagingProperties(@DefaultValue("20") int defaultPageSize, @DefaultValue("100") int maxPageSize) {
}
