package org.sovplan.energy.profile;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.sovplan.energy.zone.GridZone;

/**
 * The carbon intensity and price of each UTC hour of a span in a zone, from the best data the
 * zone has for that hour: a real series point; else the typical profile cell of the hour's UTC
 * month and hour of day; else the zone's flat annual figures.
 */
@ApplicationScoped
public class HourlyFigures {

    /** Where an hour's figures came from. */
    @Schema(name = "HourlyDataBasis", description = "Where an hour's figures came from")
    public enum Basis {
        SERIES, PROFILE, FLAT
    }

    /** Figures of consecutive UTC hours from {@code start}; index i is the hour starting at start + i h. */
    public record Hours(Instant start, double[] carbonGPerKwh, double[] priceUsdPerMwh, Basis[] basis,
            boolean profileEstimated, boolean seriesEstimated) {

        public int length() {
            return basis.length;
        }
    }

    private final ZoneProfileRepository profiles;
    private final ZoneSeriesRepository seriesHeaders;
    private final SeriesRepository series;

    public HourlyFigures(ZoneProfileRepository profiles, ZoneSeriesRepository seriesHeaders,
            SeriesRepository series) {
        this.profiles = profiles;
        this.seriesHeaders = seriesHeaders;
        this.series = series;
    }

    public Hours load(GridZone zone, Instant start, int hours) {
        double[] carbon = new double[hours];
        double[] price = new double[hours];
        Basis[] basis = new Basis[hours];
        ZoneProfile profile = profiles.findByIdOptional(zone.code).orElse(null);
        for (int i = 0; i < hours; i++) {
            if (profile != null) {
                ZonedDateTime utc = start.plus(i, ChronoUnit.HOURS).atZone(ZoneOffset.UTC);
                int cell = ZoneProfile.cell(utc.getMonthValue(), utc.getHour());
                carbon[i] = profile.carbonIntensityGPerKwh[cell];
                price[i] = profile.priceUsdPerMwh[cell];
                basis[i] = Basis.PROFILE;
            } else {
                carbon[i] = zone.carbonIntensityGPerKwh;
                price[i] = zone.priceUsdPerMwh;
                basis[i] = Basis.FLAT;
            }
        }
        ZoneSeries header = seriesHeaders.findByIdOptional(zone.code).orElse(null);
        if (header != null) {
            for (SeriesPoint point : series.between(zone.code, start, start.plus(hours, ChronoUnit.HOURS))) {
                int i = (int) ChronoUnit.HOURS.between(start, point.hourStart);
                carbon[i] = point.carbonIntensityGPerKwh;
                price[i] = point.priceUsdPerMwh;
                basis[i] = Basis.SERIES;
            }
        }
        return new Hours(start, carbon, price, basis, profile != null && profile.estimated,
                header != null && header.estimated);
    }
}
