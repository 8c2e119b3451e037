package org.sovplan.capacity.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SiteRepository implements PanacheRepositoryBase<Site, UUID> {

    /** JPQL condition: the site counts as capacity on {@code :asOf}. */
    public static final String OPERATIONAL_BY = "(s.status <> org.sovplan.capacity.site.SiteStatus.DECOMMISSIONED"
            + " and (s.availableFrom <= :asOf or (s.availableFrom is null"
            + " and s.status = org.sovplan.capacity.site.SiteStatus.OPERATIONAL)))";

    public PanacheQuery<Site> search(SiteFilter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.regionCode != null) {
            where.add("(s.regionCode = :region or s.regionCode like :subdivisions)");
            params.put("region", filter.regionCode);
            params.put("subdivisions", filter.regionCode + "-%");
        }
        if (filter.status != null) {
            where.add("s.status = :status");
            params.put("status", filter.status);
        }
        if (filter.type != null) {
            where.add("s.type = :type");
            params.put("type", filter.type);
        }
        if (filter.minSovereigntyLevel != null) {
            where.add("s.sovereigntyLevel >= :level");
            params.put("level", filter.minSovereigntyLevel);
        }
        if (filter.gridZoneCode != null) {
            where.add("s.gridZoneCode = :zone");
            params.put("zone", filter.gridZoneCode);
        }
        if (filter.acceleratorModel != null) {
            where.add("exists (select 1 from AcceleratorPool p where p.site = s and p.modelCode = :model"
                    + " and p.installed > 0)");
            params.put("model", filter.acceleratorModel);
        }
        if (filter.availableBy != null) {
            where.add(OPERATIONAL_BY);
            params.put("asOf", filter.availableBy);
        }
        String query = "from Site s" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return find(query, sort, params);
    }

    public boolean nameTaken(String regionCode, String name, UUID except) {
        return count("regionCode = ?1 and lower(name) = lower(?2) and id <> ?3", regionCode, name,
                except == null ? new UUID(0, 0) : except) > 0;
    }

    /** Loads a site and locks its row until the transaction ends: reservations serialise on it. */
    public Optional<Site> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Site> operationalBy(LocalDate asOf, String regionCode) {
        String region = regionCode == null ? "" : " and (s.regionCode = :region or s.regionCode like :subdivisions)";
        Map<String, Object> params = new HashMap<>(Map.of("asOf", asOf));
        if (regionCode != null) {
            params.put("region", regionCode);
            params.put("subdivisions", regionCode + "-%");
        }
        return find("from Site s where " + OPERATIONAL_BY + region, params).list();
    }
}
