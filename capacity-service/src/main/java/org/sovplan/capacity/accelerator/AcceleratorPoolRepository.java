package org.sovplan.capacity.accelerator;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AcceleratorPoolRepository implements PanacheRepositoryBase<AcceleratorPool, AcceleratorPool.Key> {

    public PanacheQuery<AcceleratorPool> ofSite(UUID siteId, Sort sort) {
        return find("id.siteId", sort, siteId);
    }

    public Optional<AcceleratorPool> find(UUID siteId, String modelCode) {
        return findByIdOptional(key(siteId, modelCode));
    }

    /**
     * Loads a pool and locks its row until the transaction ends. Callers lock the site first,
     * always in that order, so that two transactions never wait for each other crosswise.
     */
    public Optional<AcceleratorPool> findForUpdate(UUID siteId, String modelCode) {
        return findByIdOptional(key(siteId, modelCode), LockModeType.PESSIMISTIC_WRITE);
    }

    private static AcceleratorPool.Key key(UUID siteId, String modelCode) {
        AcceleratorPool.Key key = new AcceleratorPool.Key();
        key.siteId = siteId;
        key.modelCode = modelCode;
        return key;
    }
}
