package org.sovplan.energy.profile;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Points of real hourly series. */
@ApplicationScoped
public class SeriesRepository implements PanacheRepositoryBase<SeriesPoint, SeriesPoint.Key> {

    /** Points of the zone in [from, to), either bound optional, in time order. */
    public PanacheQuery<SeriesPoint> range(String zoneCode, Instant from, Instant to) {
        StringBuilder query = new StringBuilder("zoneCode = :zone");
        Map<String, Object> params = new HashMap<>(Map.of("zone", zoneCode));
        if (from != null) {
            query.append(" and hourStart >= :from");
            params.put("from", from);
        }
        if (to != null) {
            query.append(" and hourStart < :to");
            params.put("to", to);
        }
        return find(query.toString(), Sort.by("hourStart"), params);
    }

    public List<SeriesPoint> between(String zoneCode, Instant from, Instant to) {
        return range(zoneCode, from, to).list();
    }

    public long deleteZone(String zoneCode) {
        return delete("zoneCode", zoneCode);
    }
}
