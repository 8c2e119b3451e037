package org.sovplan.energy.profile;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Headers of real hourly series, one row per zone. */
@ApplicationScoped
public class ZoneSeriesRepository implements PanacheRepositoryBase<ZoneSeries, String> {
}
