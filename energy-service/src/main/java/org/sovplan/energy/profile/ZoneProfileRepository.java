package org.sovplan.energy.profile;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Typical profiles, one row per zone. */
@ApplicationScoped
public class ZoneProfileRepository implements PanacheRepositoryBase<ZoneProfile, String> {
}
