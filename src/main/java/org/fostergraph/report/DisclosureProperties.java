package org.fostergraph.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param threshold counts from 1 up to one below this are published as {@code c} (DfE practice: below 5) */
@ConfigurationProperties("fostergraph.disclosure")
public record DisclosureProperties(@DefaultValue("5") int threshold) {
}
