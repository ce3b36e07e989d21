package org.fostergraph.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fostergraph.security.Scope;
import org.fostergraph.api.paging.Connection;
import org.fostergraph.api.paging.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ReferralService {

    private final ReferralRepository referrals;

    ReferralService(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    public Optional<Referral> findById(String id) {
        return referrals.findByIds(List.of(id)).stream().findFirst();
    }

    public Connection<Referral> page(Scope scope, boolean openOnly, PageRequest page) {
        return Connection.of(page, referrals.page(scope, openOnly, page), () -> referrals.count(scope, openOnly),
                referral -> List.of(referral.received().toString(), referral.id()));
    }

    /** The children waiting in referrals open on the day (each once), for sufficiency's demand. */
    public List<ReferredChild> childrenWaitingOn(Scope scope, LocalDate day) {
        return referrals.childrenWaitingOn(scope, day);
    }
}
