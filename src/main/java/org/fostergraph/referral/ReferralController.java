package org.fostergraph.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.fostergraph.security.Scope;
import org.fostergraph.child.Child;
import org.fostergraph.child.ChildService;
import org.fostergraph.api.paging.Connection;
import org.fostergraph.api.paging.PageRequest;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ReferralController {

    private final ReferralService referrals;
    private final ReferralChanges changes;
    private final ChildService children;
    private final PageRequest.Parser pages;
    private final Clock clock;

    ReferralController(ReferralService referrals, ReferralChanges changes, ChildService children, PageRequest.Parser pages,
            Clock clock) {
        this.referrals = referrals;
        this.changes = changes;
        this.children = children;
        this.pages = pages;
        this.clock = clock;
    }

    @QueryMapping
    Referral referral(@Argument String id) {
        return referrals.findById(id).orElse(null);
    }

    @QueryMapping
    Connection<Referral> referrals(@ContextValue Scope scope, @Argument Boolean open, @Argument Integer first, @Argument String after) {
        return referrals.page(scope, open == null || open, pages.parse(first, after, 2));
    }

    @MutationMapping
    Referral openReferral(@Argument ReferralCommands.OpenReferral input) {
        return changes.open(input);
    }

    @MutationMapping
    Referral closeReferral(@Argument ReferralCommands.CloseReferral input) {
        return changes.close(input);
    }

    @SchemaMapping
    String status(Referral referral) {
        return referral.closed() == null ? "OPEN" : "CLOSED";
    }

    @SchemaMapping
    Integer daysWaiting(Referral referral) {
        return referral.closed() != null ? null
                : (int) ChronoUnit.DAYS.between(referral.received(), LocalDate.now(clock));
    }

    @BatchMapping
    Map<Referral, List<Child>> children(List<Referral> of) {
        Map<String, Child> byId = children.findByIds(of.stream().flatMap(referral -> referral.childIds().stream()).distinct().toList());
        return of.stream().collect(Collectors.toMap(referral -> referral, referral -> referral.childIds().stream()
                .map(byId::get).filter(Objects::nonNull).toList(), (a, b) -> a, LinkedHashMap::new));
    }
}
