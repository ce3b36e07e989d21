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
import org.fostergraph.api.errors.NotFoundException;
import org.fostergraph.referral.Referral;
import org.fostergraph.referral.ReferralChanges;
import org.fostergraph.referral.ReferralCommands;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A referral in the Placements Data Standard's JSON ({@link PlacementsStandard}), for a council to send to an agency or
 * a regional portal outside fostergraph, and a referral written in it (by the council's case-management system, or come
 * back from a portal) opened here for children the council holds ({@link PlacementsStandardReader}). Placement officers
 * of the referral's council only; the export names the children by id, so each is audited as read before the answer
 * leaves. Another council's referral or child is answered as one that does not exist.
 */
@RestController
class PlacementsStandardController {

    private final ReferralService referrals;
    private final ChildService children;
    private final LocalityService localities;
    private final ChildReadsLog auditLog;
    private final ReferralChanges referralChanges;
    private final java.time.Clock clock;

    PlacementsStandardController(ReferralService referrals, ChildService children, LocalityService localities,
            ChildReadsLog auditLog, ReferralChanges referralChanges, java.time.Clock clock) {
        this.referralChanges = referralChanges;
        this.clock = clock;
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
        return ResponseEntity.ok(PlacementsStandard.of(referral.urgency(), referral.placementType(), referral.risks(),
                referral.received(), referred));
    }

    /**
     * What the import opened, and what the officer should look at before matching.
     *
     * @param risks who the children can live alongside, as matching's risks: the referral keeps them, and every home is
     *        judged by them
     */
    record Imported(String referralId, String urgency, String placementType, String received, List<ImportedChild> children,
            List<String> risks) {
    }

    /**
     * @param needsNotOnRecord needs the document states that the child's record does not hold: matching reads the record,
     *        so record them (recordChildNeeds) if they are right
     * @param toRead what the document says that fostergraph cannot hold or check, in the standard's words
     */
    record ImportedChild(String childId, List<String> needsNotOnRecord, List<String> toRead) {
    }

    /**
     * Opens a referral written in the standard for children in the council's care, placed together. {@code fosterCare}
     * names the kind of foster care when the document prefers foster care (the standard does not say; SHORT_TERM by
     * default). A refused document changes nothing and says which field and value.
     */
    @PostMapping(path = "/api/referrals/placements-standard.json", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Imported> importReferral(@RequestBody Object document, @RequestParam(required = false) String fosterCare,
            @RequestParam(required = false) String clientKey) {
        Scope scope = Scope.ofCurrentRequest();
        PlacementsStandardReader.ReadReferral read = PlacementsStandardReader.read(document, fosterCare,
                java.time.LocalDate.now(clock));
        Map<String, Child> held = children.findByIds(read.childIds());
        List<ImportedChild> imported = new java.util.ArrayList<>();
        for (int i = 0; i < read.children().size(); i++) {
            PlacementsStandardReader.ReadChild child = read.children().get(i);
            Child record = held.get(child.childId());
            if (record == null || !scope.councils().contains(record.council())) {
                throw new NotFoundException("children[" + i + "].PlacementAvailability.childId", child.childId(),
                        "child in your council's care");
            }
            imported.add(new ImportedChild(child.childId(), child.needs().stream().filter(need -> !record.needs().contains(need))
                    .toList(), child.toRead()));
        }
        Referral opened = referralChanges.open(new ReferralCommands.OpenReferral(read.childIds(), read.received(), read.urgency(),
                read.placementType(), List.copyOf(read.risks()), clientKey));
        // The answer tells what the children's records hold (their needs): each child is audited as read before it leaves.
        auditLog.recordReads(Callers.current().orElseThrow().name(), read.childIds().stream().collect(Collectors.toMap(id -> id,
                id -> Set.of("POST /api/referrals/placements-standard.json"))));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Imported(opened.id(), opened.urgency(), opened.placementType(),
                opened.received().toString(), imported, opened.risks()));
    }
}
