package org.sovplan.placement.scenario;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Queries of scenarios. */
@ApplicationScoped
public class ScenarioRepository implements PanacheRepositoryBase<Scenario, UUID> {

    /** Scenarios of a country and its subdivisions, or all when {@code regionCode} is null. */
    public PanacheQuery<Scenario> search(String regionCode, Sort sort) {
        if (regionCode == null) {
            return findAll(sort);
        }
        return find("regionCode = ?1 or regionCode like ?2", sort, regionCode, regionCode + "-%");
    }

    public boolean nameTaken(String regionCode, String name, UUID except) {
        return except == null ? count("regionCode = ?1 and lower(name) = lower(?2)", regionCode, name) > 0
                : count("regionCode = ?1 and lower(name) = lower(?2) and id <> ?3", regionCode, name, except) > 0;
    }
}
