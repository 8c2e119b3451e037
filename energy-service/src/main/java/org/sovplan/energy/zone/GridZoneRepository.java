package org.sovplan.energy.zone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Queries of grid zones. */
@ApplicationScoped
public class GridZoneRepository implements PanacheRepositoryBase<GridZone, String> {

    public PanacheQuery<GridZone> search(GridZoneFilter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.countryCode != null) {
            where.add("z.countryCode = :country");
            params.put("country", filter.countryCode);
        }
        if (filter.maxCarbonGPerKwh != null) {
            where.add("z.carbonIntensityGPerKwh <= :maxCarbon");
            params.put("maxCarbon", filter.maxCarbonGPerKwh);
        }
        if (filter.minHeadroomMw != null) {
            where.add("z.headroomMw >= :minHeadroom");
            params.put("minHeadroom", filter.minHeadroomMw);
        }
        String query = "from GridZone z" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return find(query, sort, params);
    }
}
