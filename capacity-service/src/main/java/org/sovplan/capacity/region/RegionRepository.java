package org.sovplan.capacity.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

    /** Regions matching the optional parent filter; {@code parentCode=""} selects top-level countries. */
    public PanacheQuery<Region> search(String parentCode, Sort sort) {
        List<String> where = new ArrayList<>();
        if (parentCode != null) {
            where.add(parentCode.isEmpty() ? "parentCode is null" : "parentCode = :parent");
        }
        Map<String, Object> params = parentCode == null || parentCode.isEmpty() ? Map.of() : Map.of("parent", parentCode);
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }

    /** Which of these codes exist, in one query. */
    public Set<String> existing(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select r.code from Region r where r.code in :codes", String.class)
                .setParameter("codes", codes).getResultList());
    }

    public boolean hasChildren(String code) {
        return count("parentCode", code) > 0;
    }
}
