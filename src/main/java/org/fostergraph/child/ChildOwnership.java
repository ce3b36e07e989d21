package org.fostergraph.child;

import org.fostergraph.security.OwnedRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Whose each child is, for the {@code @owned(by: CHILD)} arguments naming one. */
@Configuration(proxyBeanMethods = false)
class ChildOwnership {

    /**
     * Children: a history subject. Read whole, as the request's child loader reads them (ChildLoader), so that the
     * fields naming a child (child(id:), its matches, why not a household) answer from the child its check read.
     */
    @Bean
    OwnedRecords ownedChildren(ChildService children) {
        return OwnedRecords.readWhole("CHILD", "child", true, Child.class, children::findByIds);
    }
}
