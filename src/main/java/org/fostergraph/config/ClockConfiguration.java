package org.fostergraph.config;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /**
     * "Today" for vacancies and ages is the council's calendar day, not the server's. Setting
     * {@code fostergraph.today} pins it, so that demos and tests see the same answers on any day.
     */
    @Bean
    Clock councilClock(@Value("${fostergraph.council-time-zone:Europe/London}") ZoneId zone,
            @Value("${fostergraph.today:#{null}}") Optional<LocalDate> today) {
        return today.map(date -> Clock.fixed(date.atStartOfDay(zone).toInstant(), zone))
                .orElseGet(() -> Clock.system(zone));
    }
}
