package org.fostergraph.provider;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.fostergraph.child.Child;
import org.fostergraph.child.ChildService;
import org.fostergraph.geo.Locality;
import org.fostergraph.geo.LocalityService;
import org.fostergraph.referral.Referral;
import org.fostergraph.referral.ReferralService;
import org.fostergraph.security.Caller;
import org.fostergraph.security.Callers;
import org.fostergraph.security.ChildReadsLog;
import org.fostergraph.security.Scope;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A referral in the Placements Data Standard's JSON ({@link PlacementsStandard}), for a council to send to an agency or
 * a regional portal outside fostergraph. Placement officers of the referral's council only; it names the children by
 * id, so each is audited as read before the answer leaves. Another council's referral is answered as one that does not
 * exist.
 */
@RestController
class PlacementsStandardController {

    private final ReferralService referrals;
    private final ChildService children;
    private final LocalityService localities;
    private final ChildReadsLog auditLog;

    PlacementsStandardController(ReferralService referrals, ChildService children, LocalityService localities,
            ChildReadsLog auditLog) {
        this.referrals = referrals;
        this.children = children;
        this.localities = localities;
        this.auditLog = auditLog;
    }

    @GetMapping(path = "/api/referrals/{referralId}/placements-standard.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> export(@PathVariable String referralId) {
        Scope scope = Scope.ofCurrentRequest();
        Referral referral = referrals.findById(referralId).filter(found -> scope.councils().contains(found.council())).orElse(null);
        if (referral == null) {
            ProblemDetail missing = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "referralId: there is no referral "
                    + "with id '" + referralId + "'");
            missing.setProperty("field", "referralId");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(missing);
        }
        Map<String, Child> found = children.findByIds(referral.childIds());
        Map<String, String> areas = localities.findByIds(found.values().stream().map(Child::homeLocalityId)
                        .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Locality::id, Locality::name));
        List<PlacementsStandard.ReferredChild> referred = referral.childIds().stream().map(found::get).filter(Objects::nonNull)
                .map(child -> new PlacementsStandard.ReferredChild(child.id(), child.needs(),
                        child.homeLocalityId() == null ? null : areas.get(child.homeLocalityId())))
                .toList();
        Caller caller = Callers.current().orElseThrow();
        auditLog.recordReads(caller.name(), referred.stream().collect(Collectors.toMap(PlacementsStandard.ReferredChild::id,
                child -> Set.of("GET /api/referrals/{referralId}/placements-standard.json"), (a, b) -> a)));
        return ResponseEntity.ok(PlacementsStandard.of(referral.urgency(), referral.placementType(), referral.received(), referred));
    }
}
