package org.sovplan.energy.candidate;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Queries of candidate grid upgrades. */
@ApplicationScoped
public class UpgradeCandidateRepository implements PanacheRepositoryBase<UpgradeCandidate, UUID> {

    public PanacheQuery<UpgradeCandidate> ofZone(String zoneCode, Sort sort) {
        return find("zoneCode", sort, zoneCode);
    }

    public boolean nameTaken(String zoneCode, String name, UUID except) {
        return count("zoneCode = ?1 and lower(name) = lower(?2) and id <> ?3", zoneCode, name,
                except == null ? new UUID(0, 0) : except) > 0;
    }
}
