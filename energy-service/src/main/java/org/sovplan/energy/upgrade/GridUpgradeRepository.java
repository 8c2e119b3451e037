package org.sovplan.energy.upgrade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Queries of grid upgrades, including which ones add headroom on a date. */
@ApplicationScoped
public class GridUpgradeRepository implements PanacheRepositoryBase<GridUpgrade, UUID> {

    /** JPQL condition: the upgrade adds headroom on {@code :asOf}. */
    static final String ONLINE_BY = "(u.status <> org.sovplan.energy.upgrade.GridUpgradeStatus.CANCELLED"
            + " and u.expectedOnline <= :asOf)";

    public PanacheQuery<GridUpgrade> search(GridUpgradeFilter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.zoneCode != null) {
            where.add("u.zoneCode = :zone");
            params.put("zone", filter.zoneCode);
        }
        if (filter.status != null) {
            where.add("u.status = :status");
            params.put("status", filter.status);
        }
        if (filter.onlineBy != null) {
            where.add(ONLINE_BY);
            params.put("asOf", filter.onlineBy);
        }
        String query = "from GridUpgrade u" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return find(query, sort, params);
    }

    /** The upgrades that add headroom to the zone on {@code asOf}, earliest first. */
    public List<GridUpgrade> onlineBy(String zoneCode, LocalDate asOf) {
        return find("from GridUpgrade u where u.zoneCode = :zone and " + ONLINE_BY,
                Sort.by("expectedOnline").and("name"), Map.of("zone", zoneCode, "asOf", asOf)).list();
    }

    public boolean nameTaken(String zoneCode, String name, UUID except) {
        return count("zoneCode = ?1 and lower(name) = lower(?2) and id <> ?3", zoneCode, name,
                except == null ? new UUID(0, 0) : except) > 0;
    }
}
