package org.sovplan.capacity.accelerator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AcceleratorModelRepository implements PanacheRepositoryBase<AcceleratorModel, String> {

    /** Models of the optional vendor and form factor. */
    public PanacheQuery<AcceleratorModel> search(String vendor, String formFactor, Sort sort) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (vendor != null) {
            where.add("lower(vendor) = lower(:vendor)");
            params.put("vendor", vendor);
        }
        if (formFactor != null) {
            where.add("lower(formFactor) = lower(:formFactor)");
            params.put("formFactor", formFactor);
        }
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }

    /** Which of these codes the catalogue holds, in one query. */
    public Set<String> existing(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select m.code from AcceleratorModel m where m.code in :codes", String.class)
                .setParameter("codes", codes).getResultList());
    }

    /** Whether pools or reservations (active or released) refer to the model. */
    public boolean inUse(String code) {
        return getEntityManager().createQuery("select count(p) from AcceleratorPool p where p.modelCode = :code",
                Long.class).setParameter("code", code).getSingleResult() > 0
                || getEntityManager().createQuery(
                        "select count(r) from Reservation r where r.modelCode = :code", Long.class)
                        .setParameter("code", code).getSingleResult() > 0;
    }
}
