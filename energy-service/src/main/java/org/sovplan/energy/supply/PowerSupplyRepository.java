package org.sovplan.energy.supply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Queries of power supplies, including the MW contracted in a zone. */
@ApplicationScoped
public class PowerSupplyRepository implements PanacheRepositoryBase<PowerSupply, UUID> {

    public PanacheQuery<PowerSupply> search(PowerSupplyFilter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.siteId != null) {
            where.add("s.siteId = :site");
            params.put("site", filter.siteId);
        }
        if (filter.zoneCode != null) {
            where.add("s.zoneCode = :zone");
            params.put("zone", filter.zoneCode);
        }
        String query = "from PowerSupply s" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return find(query, sort, params);
    }

    public Optional<PowerSupply> findBySite(UUID siteId) {
        return find("siteId", siteId).firstResultOptional();
    }

    /** Sum of contracted MW of every supply in the zone; 0 when there is none. */
    public double contractedMw(String zoneCode) {
        Double sum = getEntityManager()
                .createQuery("select coalesce(sum(s.contractedMw), 0.0) from PowerSupply s where s.zoneCode = :zone",
                        Double.class)
                .setParameter("zone", zoneCode).getSingleResult();
        return sum == null ? 0 : sum;
    }
}
