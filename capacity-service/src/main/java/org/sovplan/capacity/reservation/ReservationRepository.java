package org.sovplan.capacity.reservation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReservationRepository implements PanacheRepositoryBase<Reservation, UUID> {

    /** Reservations matching the optional filters. */
    public PanacheQuery<Reservation> search(UUID siteId, ReservationStatus status, String reference, Sort sort) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (siteId != null) {
            where.add("siteId = :site");
            params.put("site", siteId);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (reference != null) {
            where.add("reference = :reference");
            params.put("reference", reference);
        }
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }
}
