package org.fostergraph.provider;

import java.util.List;

/**
 * What a referral shares with a provider about one child: age in whole years, sex and needs. Never the child's id, name,
 * date of birth or address.
 */
public record SharedChild(int age, String sex, List<String> needs) {
}
