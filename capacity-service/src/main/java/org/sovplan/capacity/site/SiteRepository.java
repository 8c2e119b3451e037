package org.sovplan.capacity.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    /** Sites of these regions by region code and lower-case name, to find duplicates of a whole import at once. */
    public Map<String, UUID> idsByRegionAndName(Collection<String> regionCodes) {
        Map<String, UUID> ids = new HashMap<>();
        if (regionCodes.isEmpty()) {
            return ids;
        }
        getEntityManager()
                .createQuery("select s.regionCode, lower(s.name), s.id from Site s where s.regionCode in :regions",
                        Object[].class)
                .setParameter("regions", regionCodes).getResultList()
                .forEach(row -> ids.put(nameKey((String) row[0], (String) row[1]), (UUID) row[2]));
        return ids;
    }

    /** The key under which a site name is unique: its region and its name, case-insensitively. */
    public static String nameKey(String regionCode, String name) {
        return regionCode + "/" + name.toLowerCase(Locale.ROOT);
    }

    /** How many active reservations hold capacity at the site. */
    public long activeReservations(UUID siteId) {
        return getEntityManager().createQuery("select count(r) from Reservation r where r.siteId = :site"
                + " and r.status = org.sovplan.capacity.reservation.ReservationStatus.ACTIVE", Long.class)
                .setParameter("site", siteId).getSingleResult();
    }

    /** A site with its pools, in one query (a single-site read is the API's most frequent call). */
    public Optional<Site> findWithPools(UUID id) {
        return find("from Site s left join fetch s.pools where s.id = ?1", id).singleResultOptional();
    }

    /** Loads a site and locks its row until the transaction ends: reservations serialise on it. */
    public Optional<Site> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The sites that count as capacity: with {@code asOf} those operational by then, without it
     * every site not decommissioned; of one region and its subdivisions, or of all.
     */
    public List<Site> counted(String regionCode, LocalDate asOf) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (asOf != null) {
            where.add(OPERATIONAL_BY);
            params.put("asOf", asOf);
        } else {
            where.add("s.status <> org.sovplan.capacity.site.SiteStatus.DECOMMISSIONED");
        }
        if (regionCode != null) {
            where.add("(s.regionCode = :region or s.regionCode like :subdivisions)");
            params.put("region", regionCode);
            params.put("subdivisions", regionCode + "-%");
        }
        return find("from Site s where " + String.join(" and ", where), params).list();
    }
}
