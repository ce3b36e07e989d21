package org.fostergraph.report;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.fostergraph.api.errors.InvalidArgumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FinancialYearTest {

    @Test
    void runsFromTheFirstOfAprilToTheLastOfMarch() {
        assertThat(FinancialYear.holding(LocalDate.of(2026, 3, 31)))
                .isEqualTo(new FinancialYear(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
        assertThat(FinancialYear.holding(LocalDate.of(2026, 4, 1)).label()).isEqualTo("2026/27");
        assertThat(FinancialYear.holding(LocalDate.of(2024, 2, 29)).to()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(FinancialYear.named("year", "2099/00").to()).isEqualTo(LocalDate.of(2100, 3, 31));
        assertThat(FinancialYear.named("year", "2099/00").label()).isEqualTo("2099/00");
        assertThat(FinancialYear.named("year", "2025/26").next().label()).isEqualTo("2026/27");
    }

    @Test
    void aLabelMustNameTwoYearsInARow() {
        for (String label : new String[] {"2025/27", "2025-26", "2025", null}) {
            assertThatThrownBy(() -> FinancialYear.named("year", label)).isInstanceOf(InvalidArgumentException.class)
                    .hasMessageContaining("year");
        }
    }
}
