package org.fostergraph.provider;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.api.errors.NotFoundException;
import org.fostergraph.api.errors.RuleViolationException;
import org.fostergraph.history.ChangeLog;
import org.fostergraph.history.CurrentActor;
import org.fostergraph.history.Recorded;
import org.fostergraph.history.Recorded.Subject;
import org.fostergraph.care.WeeklyCosts;
import org.fostergraph.household.Household;
import org.fostergraph.household.HouseholdService;
import org.fostergraph.matching.HomeAssessment;
import org.fostergraph.placement.Placement;
import org.fostergraph.placement.PlacementChanges;
import org.fostergraph.placement.PlacementService;
import org.fostergraph.referral.Referral;
import org.fostergraph.referral.ReferralChanges;
import org.fostergraph.referral.ReferralService;
import org.fostergraph.security.ProviderScope;
import org.fostergraph.security.Scope;
import org.fostergraph.support.Ids;

import org.springframework.stereotype.Service;

/**
 * Sending a referral to providers, a provider's offer or decline, and the officer accepting an offer. Every change locks
 * the council's referral first, then the sending, then the offer, so two changes to one referral are serialised: an offer
 * made while another is accepted either lands first (and is closed with the rest) or finds the referral closed.
 */
@Service
public class ProviderReferralChanges {

    static final double MAX_WEEKLY_COST = WeeklyCosts.MAX_AGREED_WEEKLY;
    /** How far ahead a home may be offered from. */
    static final int MAX_DAYS_AHEAD = 90;
    static final int MAX_TEXT = 2_000;
    /** Why a provider declines, in the words its answer may give. */
    static final Set<String> DECLINE_REASONS = Set.of("NO_VACANCY", "NEEDS_NOT_MET", "LOCATION", "MATCHING_CONCERNS",
            "COST", "OTHER");

    private final ProviderReferralRepository sendings;
    private final VacancyRepository vacancies;
    private final ProviderReferralService reads;
    private final ReferralChanges referralChanges;
    private final ReferralService referrals;
    private final PlacementChanges placements;
    private final PlacementService placementReads;
    private final HouseholdService households;
    private final ChangeLog changeLog;
    private final CurrentActor actor;
    private final ProviderProperties properties;
    private final Clock clock;

    ProviderReferralChanges(ProviderReferralRepository sendings, VacancyRepository vacancies, ProviderReferralService reads, ReferralChanges referralChanges,
            ReferralService referrals, PlacementChanges placements, PlacementService placementReads, HouseholdService households,
            ChangeLog changeLog, CurrentActor actor, ProviderProperties properties, Clock clock) {
        this.placementReads = placementReads;
        this.sendings = sendings;
        this.vacancies = vacancies;
        this.reads = reads;
        this.referralChanges = referralChanges;
        this.referrals = referrals;
        this.placements = placements;
        this.households = households;
        this.changeLog = changeLog;
        this.actor = actor;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends an open referral to the providers with a home that passes every hard rule for its children (all of them, or
     * those named), each with a time to answer by the referral's urgency. A provider is sent a referral once.
     */
    public Referral send(Scope scope, ProviderCommands.SendReferral command) {
        if (command.providerIds() != null && command.providerIds().isEmpty()) {
            throw new InvalidArgumentException("providerIds", "[]", "name at least one provider, or leave providerIds out to "
                    + "send to every provider with a home that fits");
        }
        return changeLog.apply("sendReferralToProviders", command, () -> {
            Referral referral = referralChanges.lockOpen("referralId", command.referralId());
            List<ProviderReferralService.ProviderReach> reach = reads.providersFor(scope, referral, command.maxDistanceMiles());
            List<String> targets = new ArrayList<>();
            if (command.providerIds() == null) {
                reach.stream().filter(one -> !one.alreadySent()).forEach(one -> targets.add(one.provider().id()));
            }
            else {
                for (String providerId : new LinkedHashSet<>(command.providerIds())) {
                    ProviderReferralService.ProviderReach one = reach.stream()
                            .filter(candidate -> candidate.provider().id().equals(providerId)).findFirst()
                            .orElseThrow(() -> new RuleViolationException("NO_HOME_FITS", "providerIds", providerId,
                                    "providerIds: provider " + providerId + " has no home that could take the children "
                                            + "(none passes the hard rules within reach)"));
                    if (one.alreadySent()) {
                        throw new RuleViolationException("ALREADY_SENT", "providerIds", providerId, "providerIds: the "
                                + "referral was already sent to provider " + providerId);
                    }
                    targets.add(providerId);
                }
            }
            if (targets.isEmpty()) {
                throw new RuleViolationException("NO_PROVIDER_FITS", "referralId", referral.id(), "referralId: no provider "
                        + "the referral has not been sent to has a home that could take the children");
            }
            OffsetDateTime now = reads.now();
            OffsetDateTime respondBy = now.plus(properties.responseTime(referral.urgency()));
            double maxDistance = command.maxDistanceMiles() != null ? command.maxDistanceMiles()
                    : reads.defaultMaxDistanceMiles();
            sendings.send(referral.id(), targets.stream().map(provider -> new ProviderReferralRepository.NewSending(
                    Ids.next("PRF"), provider, respondBy)).toList(), maxDistance, actor.name(), now);
            return new Recorded(referral.id(), "Referral " + referral.id() + " sent to " + targets.size() + " provider(s) ("
                    + String.join(", ", targets) + "), to answer by " + respondBy, Map.of(Subject.Referral,
                    List.of(referral.id()), Subject.Child, referral.childIds()));
        }, this::readReferral);
    }

    /** A provider offers one of its homes on the referring council's list, which must pass every hard rule now. */
    public ProviderReferral offer(ProviderScope scope, ProviderCommands.MakeOffer command) {
        LocalDate today = reads.today();
        double core = cost("weeklyCore", command.weeklyCore(), true);
        double additional = cost("weeklyAdditional", command.weeklyAdditional(), false);
        double education = cost("weeklyEducation", command.weeklyEducation(), false);
        if (core + additional + education > MAX_WEEKLY_COST) {
            throw new InvalidArgumentException("weeklyCore", core, "the whole weekly cost (core, additional and education) "
                    + "is at most " + (int) MAX_WEEKLY_COST);
        }
        if (command.start() == null || command.start().isBefore(today) || command.start().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidArgumentException("start", command.start(), "the home is offered from today (" + today
                    + ") to " + MAX_DAYS_AHEAD + " days ahead");
        }
        String notes = text("notes", command.notes());
        return changeLog.apply("offerPlacement", command, () -> {
            ProviderReferral sending = lockAwaiting(scope, command.providerReferralId());
            Household home = households.findById(command.householdId())
                    .orElseThrow(() -> new NotFoundException("householdId", command.householdId(), "home"));
            if (!sending.council().equals(home.council())) {
                throw new RuleViolationException("HOME_NOT_LISTED", "householdId", home.id(), "householdId: home " + home.id()
                        + " is not on the list of the council that sent this referral; offer one of the homes it lists");
            }
            Referral referral = referrals.findById(sending.referralId()).orElseThrow();
            Offer offer = new Offer(Ids.next("OFR"), sending.council(), sending.sentTo(), sending.id(),
                    referral.id(), home.id(), reads.now(), actor.name(), command.start(), core, additional, education, notes,
                    Offer.OPEN, null, null, null);
            // Judged as the home will be on the start offered: with the places a vacancy it published frees by then.
            HomeAssessment judged = reads.assess(referral, sending.maxDistanceMiles(), home.id(), offer.weeklyCost(),
                    command.start());
            if (!judged.fits()) {
                throw new RuleViolationException("HOME_DOES_NOT_FIT", "householdId", home.id(), "householdId: home "
                        + home.id() + " cannot take the children: " + judged.excluded().rule() + ", "
                        + judged.excluded().detail());
            }
            sendings.answerWithOffer(sending.id(), offer);
            return new Recorded(sending.id(), sending.sentTo().name() + " offered home " + home.id() + " from "
                    + command.start() + " at £" + String.format(java.util.Locale.ROOT, "%.2f", offer.weeklyCost()) + " a week for referral "
                    + referral.id(), Map.of(Subject.Referral, List.of(referral.id()), Subject.Household, List.of(home.id())));
        }, this::readSending);
    }

    public ProviderReferral decline(ProviderScope scope, ProviderCommands.DeclineReferral command) {
        if (command.reason() == null || !DECLINE_REASONS.contains(command.reason())) {
            throw new InvalidArgumentException("reason", command.reason(), "one of " + DECLINE_REASONS.stream().sorted().toList());
        }
        String detail = text("detail", command.detail());
        if ("OTHER".equals(command.reason()) && detail == null) {
            throw new InvalidArgumentException("detail", command.detail(), "say in words why, when the reason is OTHER");
        }
        return changeLog.apply("declineReferral", command, () -> {
            ProviderReferral sending = lockAwaiting(scope, command.providerReferralId());
            sendings.decline(sending.id(), command.reason(), detail, actor.name(), reads.now());
            return new Recorded(sending.id(), sending.sentTo().name() + " declined referral " + sending.referralId() + " ("
                    + command.reason() + ")", Map.of(Subject.Referral, List.of(sending.referralId())));
        }, this::readSending);
    }

    /**
     * The officer accepts an offer: the children's placements start with the offered home, the referral closes as placed
     * externally, and every other provider's offer and unanswered referral closes with a message, in one transaction.
     */
    public Referral accept(ProviderCommands.AcceptOffer command) {
        LocalDate today = reads.today();
        LocalDate start = command.start() == null ? today : command.start();
        if (start.isAfter(today)) {
            throw new InvalidArgumentException("start", start, "the children's placements are recorded on the day they move "
                    + "in, today (" + today + ") or earlier; accept the offer on that day");
        }
        return changeLog.apply("acceptOffer", command, () -> {
            Offer found = reads.offersByIds(List.of(command.offerId())).stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("offerId", command.offerId(), "offer"));
            Referral referral = referralChanges.lockOpen("offerId", found.referralId());
            Offer offer = sendings.lockOffer(found.id()).orElseThrow();
            if (!Offer.OPEN.equals(offer.status())) {
                throw new RuleViolationException("OFFER_NOT_OPEN", "offerId", offer.id(), "offerId: offer " + offer.id()
                        + " is " + offer.status().toLowerCase(java.util.Locale.ROOT));
            }
            if (start.isBefore(offer.start())) {
                throw new InvalidArgumentException("start", start, "the home is offered from " + offer.start());
            }
            ProviderReferral sending = sendings.findByIds(List.of(offer.providerReferralId()), today).get(0);
            // Judged on today's records, the day the children move in: the places must be free in them, not only promised.
            HomeAssessment judged = reads.assess(referral, sending.maxDistanceMiles(), offer.householdId(), offer.weeklyCost(),
                    null);
            if (!judged.fits()) {
                throw new RuleViolationException("HOME_DOES_NOT_FIT", "offerId", offer.id(), "offerId: the offered home "
                        + "cannot take the children now: " + judged.excluded().rule() + ", " + judged.excluded().detail());
            }
            String placeCode = command.placeCode() != null ? command.placeCode() : judged.candidate().placeCode();
            if (placeCode == null) {
                throw new InvalidArgumentException("placeCode", null, "give the SSDA903 PLACE code the placements are "
                        + "recorded under: the kind of care does not say it");
            }
            Household home = households.findById(offer.householdId()).orElseThrow();
            Map<String, Placement> current = placementReads.currentOf(referral.childIds());
            if (!current.isEmpty() && command.moveReasonCode() == null) {
                String childId = current.keySet().stream().sorted().findFirst().orElseThrow();
                throw new InvalidArgumentException("moveReasonCode", null, "child " + childId + " is placed now (placement "
                        + current.get(childId).id() + "): give the SSDA903 reason the placement changes (REASON_PLACE_CHANGE, "
                        + "for example CARPL, a change to the care plan)");
            }
            int group = referral.childIds().size();
            double each = Math.round(offer.weeklyCost() / group * 100) / 100.0;
            List<String> placed = placements.startWithin(referral.childIds().stream()
                    .map(childId -> new PlacementChanges.NewPlacement(childId, home.id(), start, placeCode,
                            home.provider().placeProviderCode(), each, current.containsKey(childId) ? command.moveReasonCode() : null))
                    .toList());
            List<String> ended = current.values().stream().map(Placement::id).toList();
            referralChanges.closeWithin(referral, start, "PLACED_EXTERNALLY");
            // The provider publishes again for any places still free after these children.
            vacancies.takeAt(home.id(), start);
            sendings.accept(offer, "The council accepted another offer on " + start + " and the children are placed. "
                    + "Thank you for your offer.", actor.name(), reads.now());
            Map<Subject, List<String>> subjects = new HashMap<>();
            subjects.put(Subject.Referral, List.of(referral.id()));
            subjects.put(Subject.Child, referral.childIds());
            subjects.put(Subject.Placement, java.util.stream.Stream.concat(ended.stream(), placed.stream()).toList());
            subjects.put(Subject.Household, List.of(home.id()));
            return new Recorded(referral.id(), "Offer " + offer.id() + " from " + offer.provider().name() + " accepted: "
                    + group + " child(ren) placed with home " + home.id() + " from " + start + "; referral " + referral.id()
                    + " closed", subjects);
        }, this::readReferral);
    }

    /**
     * Locks the council's referral and then the sending, which must still await this provider's answer. A sending of
     * another provider is answered as one that does not exist (the schema's {@code @owned} refuses it first).
     */
    private ProviderReferral lockAwaiting(ProviderScope scope, String sendingId) {
        LocalDate today = reads.today();
        ProviderReferral found = reads.findById(sendingId)
                .filter(sending -> scope.providers().contains(sending.provider()))
                .orElseThrow(() -> new NotFoundException("providerReferralId", sendingId, "referral"));
        if (found.referralClosed() != null) {
            throw new RuleViolationException("REFERRAL_CLOSED", "providerReferralId", sendingId, "providerReferralId: "
                    + "the council closed this referral on " + found.referralClosed());
        }
        try {
            referralChanges.lockOpen("providerReferralId", found.referralId());
        }
        catch (RuleViolationException closedMeanwhile) {
            // Said without the council's own referral id, which the provider never sees.
            throw new RuleViolationException("REFERRAL_CLOSED", "providerReferralId", sendingId, "providerReferralId: "
                    + "the council has just closed this referral");
        }
        ProviderReferral sending = sendings.lock(sendingId, today).orElseThrow();
        SendingStatus status = sending.statusAt(reads.now());
        if (status != SendingStatus.AWAITING) {
            throw new RuleViolationException("NOT_AWAITING_ANSWER", "providerReferralId", sendingId, "providerReferralId: "
                    + "this referral is " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + (status == SendingStatus.EXPIRED ? " (the time to answer ended at " + sending.respondBy() + ")" : "")
                    + "; it takes one answer, before its deadline");
        }
        return sending;
    }

    private static double cost(String field, Double value, boolean required) {
        if (value == null) {
            if (required) {
                throw new InvalidArgumentException(field, null, "the weekly core fee in pounds is required");
            }
            return 0;
        }
        if (value.isNaN() || value < 0 || value > MAX_WEEKLY_COST || (required && value == 0)) {
            throw new InvalidArgumentException(field, value, "pounds a week, " + (required ? "more than 0" : "from 0")
                    + " to " + (int) MAX_WEEKLY_COST);
        }
        return Math.round(value * 100) / 100.0;
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TEXT) {
            throw new InvalidArgumentException(field, trimmed.length() + " characters", "at most " + MAX_TEXT + " characters");
        }
        return trimmed;
    }

    private Referral readReferral(String id) {
        return referrals.findById(id).orElseThrow();
    }

    private ProviderReferral readSending(String id) {
        return reads.findById(id).orElseThrow();
    }
}
