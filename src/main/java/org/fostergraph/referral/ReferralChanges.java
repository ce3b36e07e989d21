package org.fostergraph.referral;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fostergraph.child.ChildService;
import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.api.errors.NotFoundException;
import org.fostergraph.api.errors.RuleViolationException;
import org.fostergraph.history.ChangeLog;
import org.fostergraph.history.CurrentActor;
import org.fostergraph.history.Recorded;
import org.fostergraph.history.Recorded.Subject;
import org.fostergraph.support.Days;
import org.fostergraph.support.Ids;

import org.springframework.stereotype.Service;

/**
 * Opening a referral when a child (or a sibling group) needs a placement, and closing it when they are placed or
 * it is withdrawn. A child waits in one open referral at a time; closing keeps the referral as history.
 */
@Service
public class ReferralChanges {

    /** A sibling group larger than this is placed in more than one home and referred as more than one group. */
    public static final int MAX_CHILDREN = 8;

    private final ReferralRepository referrals;
    private final ReferralService referralService;
    private final ChildService children;
    private final ChangeLog changeLog;
    private final CurrentActor actor;
    private final Clock clock;

    ReferralChanges(ReferralRepository referrals, ReferralService referralService, ChildService children, ChangeLog changeLog,
            CurrentActor actor, Clock clock) {
        this.referrals = referrals;
        this.referralService = referralService;
        this.children = children;
        this.changeLog = changeLog;
        this.actor = actor;
        this.clock = clock;
    }

    public Referral open(ReferralCommands.OpenReferral command) {
        List<String> childIds = command.childIds();
        Set<String> distinct = new LinkedHashSet<>(childIds);
        if (childIds.isEmpty() || childIds.size() > MAX_CHILDREN || distinct.size() != childIds.size()) {
            throw new InvalidArgumentException("childIds", childIds,
                    "a referral is for 1 to " + MAX_CHILDREN + " different children placed together");
        }
        Days.notAfterToday("received", command.received(), clock);
        return changeLog.apply("openReferral", command, () -> {
            List<String> sorted = new ArrayList<>(distinct);
            // Children are locked in one order by every change, so two referrals naming the same children cannot deadlock.
            sorted.sort(null);
            sorted.forEach(childId -> children.lockForChange("childIds", childId));
            Map<String, String> alreadyOpen = referrals.openReferralsOf(sorted);
            if (!alreadyOpen.isEmpty()) {
                String childId = alreadyOpen.keySet().stream().sorted().findFirst().orElseThrow();
                throw new RuleViolationException("REFERRAL_ALREADY_OPEN", "childIds", childId, "childIds: child " + childId
                        + " already waits in open referral " + alreadyOpen.get(childId) + "; close that referral first");
            }
            String id = Ids.next("REF");
            referrals.open(id, new ReferralCommands.OpenReferral(sorted, command.received(), command.urgency(),
                    command.placementType(), command.risks() == null ? List.of() : command.risks().stream().distinct().sorted()
                            .toList(), command.clientKey()), actor.name(), ZonedDateTime.now(clock));
            return new Recorded(id, "Referral " + id + " opened for " + sorted.size() + " child(ren), received "
                    + command.received(), Map.of(Subject.Referral, List.of(id), Subject.Child, sorted));
        }, this::read);
    }

    public Referral close(ReferralCommands.CloseReferral command) {
        Days.notAfterToday("date", command.date(), clock);
        return changeLog.apply("closeReferral", command, () -> {
            Referral referral = referrals.lock(command.referralId())
                    .orElseThrow(() -> new NotFoundException("referralId", command.referralId(), "referral"));
            if (referral.closed() != null) {
                throw new RuleViolationException("REFERRAL_CLOSED", "referralId", referral.id(), "referralId: referral "
                        + referral.id() + " was already closed on " + referral.closed() + " (" + referral.outcome() + ")");
            }
            if (command.date().isBefore(referral.received())) {
                throw new InvalidArgumentException("date", command.date(),
                        "a referral closes on or after the day it was received (" + referral.received() + ")");
            }
            referrals.close(referral.id(), command.date(), command.outcome(), actor.name(), ZonedDateTime.now(clock));
            Map<Subject, List<String>> subjects = new HashMap<>();
            subjects.put(Subject.Referral, List.of(referral.id()));
            subjects.put(Subject.Child, referral.childIds());
            return new Recorded(referral.id(), "Referral " + referral.id() + " closed on " + command.date() + ": "
                    + command.outcome(), subjects);
        }, this::read);
    }

    /**
     * Takes an open referral's write lock for a change another feature is making inside its own {@code ChangeLog.apply}
     * (sending it to providers, accepting an offer): two such changes to one referral wait for each other.
     *
     * @param field the input field that named the referral, for the errors
     */
    public Referral lockOpen(String field, String referralId) {
        Referral referral = referrals.lock(referralId).orElseThrow(() -> new NotFoundException(field, referralId, "referral"));
        if (referral.closed() != null) {
            throw new RuleViolationException("REFERRAL_CLOSED", field, referral.id(), field + ": referral " + referral.id()
                    + " was closed on " + referral.closed() + " (" + referral.outcome() + ")");
        }
        return referral;
    }

    /** Closes a referral locked by {@link #lockOpen} inside the same change. */
    public void closeWithin(Referral referral, java.time.LocalDate date, String outcome) {
        referrals.close(referral.id(), date, outcome, actor.name(), ZonedDateTime.now(clock));
    }

    private Referral read(String id) {
        return referralService.findById(id).orElseThrow();
    }
}
