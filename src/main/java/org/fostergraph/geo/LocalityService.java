package org.fostergraph.geo;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.fostergraph.security.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class LocalityService {

    private final LocalityRepository localities;

    LocalityService(LocalityRepository localities) {
        this.localities = localities;
    }

    public List<Locality> findAll(Scope scope) {
        return localities.findAll(scope);
    }

    public List<Locality> findByIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : localities.findByIds(ids);
    }

    public Map<String, List<Locality>> neighboursOf(Collection<String> ids) {
        return localities.neighboursOf(ids);
    }
}
