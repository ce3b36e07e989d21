package org.fostergraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Notification;

import org.fostergraph.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The service's driver asks the database to leave out "unrecognized" notifications (a name no record has yet), and
 * only those: a statement that plans a cartesian product still gets its performance warning.
 */
class DriverNotificationsTest extends SeededGraphTest {

    @Autowired
    private Driver driver;

    @Test
    void aNameNoRecordHasIsNotReported() {
        List<Notification> notifications = notificationsOf(
                "MATCH (h:Household)<-[:NO_SUCH_RELATIONSHIP_IN_THE_GRAPH]-(x) WHERE x.noSuchPropertyInTheGraph = 1 RETURN count(h)");

        assertThat(notifications).isEmpty();
    }

    @Test
    void otherWarningsStillAre() {
        List<Notification> notifications = notificationsOf("MATCH (a:Locality), (b:Locality) RETURN count(*)");

        assertThat(notifications).extracting(notification -> notification.rawCategory().orElse(null))
                .containsExactly("PERFORMANCE");
    }

    private List<Notification> notificationsOf(String statement) {
        return driver.executableQuery(statement).execute().summary().notifications();
    }
}
