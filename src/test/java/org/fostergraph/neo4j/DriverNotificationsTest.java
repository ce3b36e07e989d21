package org.fostergraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Notification;

import org.fostergraph.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The service's driver asks the database for warnings only, and none about names no record has yet: a deprecated
 * function still gets its warning.
 */
class DriverNotificationsTest extends SeededGraphTest {

    @Autowired
    private Driver driver;

    @Test
    void aNameNoRecordHasIsNotReported() {
        assertThat(notificationsOf(
                "MATCH (h:Household)<-[:NO_SUCH_RELATIONSHIP_IN_THE_GRAPH]-(x) WHERE x.noSuchPropertyInTheGraph = 1 RETURN count(h)"))
                .isEmpty();
    }

    @Test
    void aCartesianProductOfTwoLookUpsIsNotReported() {
        assertThat(notificationsOf("MATCH (a:Locality {id: 'LOC-NONE'}), (b:Household {id: 'HH-NONE'}) RETURN count(*)"))
                .isEmpty();
    }

    @Test
    void warningsStillAre() {
        List<Notification> notifications = notificationsOf("MATCH (l:Locality) RETURN id(l) LIMIT 1");

        assertThat(notifications).extracting(notification -> notification.rawCategory().orElse(null))
                .containsExactly("DEPRECATION");
        assertThat(notifications).extracting(notification -> notification.rawSeverityLevel().orElse(null))
                .containsExactly("WARNING");
    }

    private List<Notification> notificationsOf(String statement) {
        return driver.executableQuery(statement).execute().summary().notifications();
    }
}
