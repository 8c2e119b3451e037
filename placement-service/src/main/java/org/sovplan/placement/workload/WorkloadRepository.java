package org.sovplan.placement.workload;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Queries of workloads. */
@ApplicationScoped
public class WorkloadRepository implements PanacheRepositoryBase<Workload, UUID> {

    /** Workloads matching every given filter; null filters are ignored. */
    public PanacheQuery<Workload> search(WorkloadFilter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.regionCode() != null) {
            where.add("(regionCode = :region or regionCode like :subdivisions)");
            params.put("region", filter.regionCode());
            params.put("subdivisions", filter.regionCode() + "-%");
        }
        if (filter.type() != null) {
            where.add("type = :type");
            params.put("type", filter.type());
        }
        if (filter.name() != null) {
            where.add("name = :name");
            params.put("name", filter.name());
        }
        if (filter.minPriority() != null) {
            where.add("priority >= :priority");
            params.put("priority", filter.minPriority().shortValue());
        }
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }

    public List<Workload> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public boolean nameTaken(String regionCode, String name, UUID except) {
        return count("regionCode = ?1 and name = ?2 and id <> ?3", regionCode, name,
                except == null ? new UUID(0, 0) : except) > 0;
    }
}
