package org.sovplan.capacity.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.sovplan.capacity.accelerator.AcceleratorPool;
import org.sovplan.capacity.region.Region;
import org.sovplan.capacity.region.RegionRepository;
import org.sovplan.capacity.site.Site;
import org.sovplan.capacity.site.SiteRepository;
import org.sovplan.capacity.site.SiteStatus;
import org.sovplan.common.problem.ApiException;
import org.sovplan.common.security.RegionScope;

/**
 * Totals of a region's capacity per country, to show its gap at a glance. Without a date every
 * site that is not decommissioned counts (what exists and what is in the pipeline); with
 * {@code asOf} only the sites operational by then ({@link SiteRepository#OPERATIONAL_BY}).
 */
@ApplicationScoped
public class CapacitySummaryService {

    private static final List<SiteStatus> COUNTED = List.of(SiteStatus.PLANNED, SiteStatus.UNDER_CONSTRUCTION,
            SiteStatus.OPERATIONAL);

    private final SiteRepository sites;
    private final RegionRepository regions;

    public CapacitySummaryService(SiteRepository sites, RegionRepository regions) {
        this.sites = sites;
        this.regions = regions;
    }

    public CapacitySummaryDto.Response summarise(String regionCode, LocalDate asOf) {
        if (regionCode != null && regions.findByIdOptional(regionCode).isEmpty()) {
            throw ApiException.unprocessable("regionCode", "unknown region " + regionCode);
        }
        List<Site> counted = sites.counted(regionCode, asOf);
        Map<String, List<Site>> byCountry = counted.stream().collect(Collectors.groupingBy(
                s -> RegionScope.countryOf(s.regionCode), TreeMap::new, Collectors.toList()));
        Map<String, Region> countries = regions.list("code in ?1", byCountry.keySet()).stream()
                .collect(Collectors.toMap(r -> r.code, Function.identity()));
        List<CapacitySummaryDto.Country> result = new ArrayList<>();
        byCountry.forEach((code, countrySites) -> {
            Region country = countries.get(code);
            CapacitySummaryDto.Totals totals = totals(countrySites);
            Long population = country == null ? null : country.population;
            Double perMillion = population == null || population == 0 ? null
                    : round(BigDecimal.valueOf(totals.itCapacityMw()).multiply(BigDecimal.valueOf(1_000_000))
                            .divide(BigDecimal.valueOf(population), 6, RoundingMode.HALF_UP), 3);
            result.add(new CapacitySummaryDto.Country(code, country == null ? null : country.name, population, perMillion,
                    totals));
        });
        return new CapacitySummaryDto.Response(regionCode, asOf, result, totals(counted));
    }

    private static CapacitySummaryDto.Totals totals(Collection<Site> sites) {
        BigDecimal capacity = BigDecimal.ZERO;
        BigDecimal reserved = BigDecimal.ZERO;
        BigDecimal available = BigDecimal.ZERO;
        Map<SiteStatus, BigDecimal> byStatus = new EnumMap<>(SiteStatus.class);
        COUNTED.forEach(status -> byStatus.put(status, BigDecimal.ZERO));
        Map<String, long[]> gpus = new TreeMap<>();
        for (Site site : sites) {
            capacity = capacity.add(site.itCapacityMw);
            reserved = reserved.add(site.reservedItMw);
            available = available.add(site.availableItMw());
            byStatus.merge(site.status, site.itCapacityMw, BigDecimal::add);
            for (AcceleratorPool pool : site.pools) {
                long[] counts = gpus.computeIfAbsent(pool.id.modelCode, k -> new long[2]);
                counts[0] += pool.installed;
                counts[1] += pool.reserved;
            }
        }
        Map<SiteStatus, Double> mwByStatus = new LinkedHashMap<>();
        byStatus.forEach((status, mw) -> mwByStatus.put(status, round(mw, 3)));
        List<CapacitySummaryDto.Accelerators> models = gpus.entrySet().stream()
                .map(e -> new CapacitySummaryDto.Accelerators(e.getKey(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[0] - e.getValue()[1]))
                .toList();
        return new CapacitySummaryDto.Totals(sites.size(), round(capacity, 3), mwByStatus, round(reserved, 6),
                round(available, 6), models);
    }

    private static double round(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
