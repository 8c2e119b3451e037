package org.sovplan.energy.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sovplan.common.problem.ApiException;
import org.sovplan.energy.config.EnergyConfig;
import org.sovplan.energy.headroom.HeadroomDto;
import org.sovplan.energy.headroom.HeadroomService;
import org.sovplan.energy.profile.HourlyFigures;
import org.sovplan.energy.quote.QuoteCalculator.Objective;
import org.sovplan.energy.quote.QuoteCalculator.Totals;
import org.sovplan.energy.supply.PowerSupply;
import org.sovplan.energy.supply.PowerSupplyRepository;
import org.sovplan.energy.zone.GridZone;
import org.sovplan.energy.zone.GridZoneService;

/**
 * Energy quotes: resolves the zone (directly, or through a site's power supply with its on-site
 * renewables), reads the hourly figures of the run (and of the window, for shiftable loads),
 * prices the run with {@link QuoteCalculator} and compares its peak grid draw with the zone's net
 * headroom on the start's UTC date. Read-only: a quote reserves nothing.
 */
@ApplicationScoped
public class QuoteService {

    private final GridZoneService zones;
    private final PowerSupplyRepository supplies;
    private final HourlyFigures figures;
    private final HeadroomService headroom;
    private final EnergyConfig config;

    public QuoteService(GridZoneService zones, PowerSupplyRepository supplies, HourlyFigures figures,
            HeadroomService headroom, EnergyConfig config) {
        this.zones = zones;
        this.supplies = supplies;
        this.figures = figures;
        this.headroom = headroom;
        this.config = config;
    }

    public QuoteDto.Response quote(QuoteDto.Request request) {
        LoadPlan plan = LoadPlan.of(request, config.quote());
        PowerSupply supply = null;
        GridZone zone;
        if (request.siteId() != null) {
            supply = supplies.findBySite(request.siteId()).orElseThrow(() -> ApiException.unprocessable("siteId",
                    "no power supply is recorded for site " + request.siteId() + "; record one or quote by zoneCode"));
            zone = zones.find(supply.zoneCode);
        } else {
            zone = zones.referenced("zoneCode", request.zoneCode());
        }
        double onsiteMw = supply == null ? 0 : supply.onsiteRenewableMw;
        HourlyFigures.Hours hours = figures.load(zone, plan.figuresStart(), plan.figuresHours());
        int offset = plan.offset();
        double[] load = plan.loadMw();
        Totals requested = QuoteCalculator.run(load, onsiteMw, hours.carbonGPerKwh(), hours.priceUsdPerMwh(), offset);

        double peakLoad = Arrays.stream(load).max().orElse(0);
        double peakGrid = Arrays.stream(load).map(mw -> QuoteCalculator.gridMw(mw, onsiteMw)).max().orElse(0);
        LocalDate asOf = LocalDate.ofInstant(plan.start(), ZoneOffset.UTC);
        HeadroomDto net = headroom.headroom(zone, asOf);
        double available = net.headroomMw() + (supply == null ? 0 : supply.contractedMw);
        boolean within = peakGrid <= available + 1e-9;

        int[] basis = new int[HourlyFigures.Basis.values().length];
        for (int t = 0; t < load.length; t++) {
            basis[hours.basis()[offset + t].ordinal()]++;
        }
        QuoteDto.Option byCarbon = null;
        QuoteDto.Option byCost = null;
        if (plan.shiftable()) {
            byCarbon = option(plan, hours, onsiteMw, requested, Objective.CARBON);
            byCost = option(plan, hours, onsiteMw, requested, Objective.COST);
        }
        List<String> warnings = warnings(zone, hours, basis, peakGrid, available, net, supply);
        List<QuoteDto.Hour> breakdown = Boolean.TRUE.equals(request.includeBreakdown())
                ? breakdown(plan, hours, onsiteMw) : null;
        double grid = requested.gridMwh();
        return new QuoteDto.Response(zone.code, request.siteId(), plan.start(),
                plan.start().plus(load.length, ChronoUnit.HOURS), load.length, mwh(requested.energyMwh()),
                mwh(requested.onsiteMwh()), mwh(grid), usd(requested.costUsd()), tonnes(requested.emissionsTCo2e()),
                grid > 0 ? Math.round(requested.costUsd() / grid * 1e4) / 1e4 : null,
                // g/kWh = t × 1e6 / (MWh × 1000): the emissions formula solved for the intensity.
                grid > 0 ? Math.round(requested.emissionsTCo2e() * 1000 / grid * 1e4) / 1e4 : null,
                peakLoad, peakGrid, asOf, net.headroomMw(), Math.round(available * 1e6) / 1e6, within,
                new QuoteDto.DataBasis(basis[HourlyFigures.Basis.SERIES.ordinal()],
                        basis[HourlyFigures.Basis.PROFILE.ordinal()], basis[HourlyFigures.Basis.FLAT.ordinal()]),
                byCarbon, byCost, warnings, breakdown);
    }

    private static QuoteDto.Option option(LoadPlan plan, HourlyFigures.Hours hours, double onsiteMw,
            Totals requested, Objective objective) {
        QuoteCalculator.Best best = QuoteCalculator.best(plan.loadMw(), onsiteMw, hours.carbonGPerKwh(),
                hours.priceUsdPerMwh(), objective);
        Instant start = plan.figuresStart().plus(best.offset(), ChronoUnit.HOURS);
        Totals totals = best.totals();
        return new QuoteDto.Option(start, start.plus(plan.loadMw().length, ChronoUnit.HOURS), usd(totals.costUsd()),
                tonnes(totals.emissionsTCo2e()), usd(requested.costUsd() - totals.costUsd()),
                tonnes(requested.emissionsTCo2e() - totals.emissionsTCo2e()));
    }

    private static List<String> warnings(GridZone zone, HourlyFigures.Hours hours, int[] basis, double peakGrid,
            double available, HeadroomDto net, PowerSupply supply) {
        List<String> warnings = new ArrayList<>();
        if (peakGrid > available + 1e-9) {
            warnings.add("The peak grid draw of " + peakGrid + " MW exceeds the " + round(available) + " MW available"
                    + " in zone " + zone.code + " on " + net.asOf() + " (net headroom " + net.headroomMw() + " MW"
                    + (supply == null ? "" : " plus the site's contracted " + supply.contractedMw + " MW")
                    + "); the load cannot be connected without a grid upgrade.");
        }
        int flat = basis[HourlyFigures.Basis.FLAT.ordinal()];
        if (flat > 0) {
            warnings.add(flat + " hours are priced at the zone's flat annual figures (" + zone.carbonIntensityGPerKwh
                    + " g/kWh, " + zone.priceUsdPerMwh + " USD/MWh): no profile or series covers them.");
        }
        if (zone.estimated) {
            warnings.add("The zone's annual figures are estimates (" + zone.source + ").");
        }
        if (basis[HourlyFigures.Basis.PROFILE.ordinal()] > 0 && hours.profileEstimated()) {
            warnings.add("The zone's typical profile is estimated or illustrative.");
        }
        if (basis[HourlyFigures.Basis.SERIES.ordinal()] > 0 && hours.seriesEstimated()) {
            warnings.add("The zone's hourly series is estimated or illustrative.");
        }
        return warnings;
    }

    private static List<QuoteDto.Hour> breakdown(LoadPlan plan, HourlyFigures.Hours hours, double onsiteMw) {
        List<QuoteDto.Hour> rows = new ArrayList<>(plan.loadMw().length);
        for (int t = 0; t < plan.loadMw().length; t++) {
            int at = plan.offset() + t;
            double gridMw = QuoteCalculator.gridMw(plan.loadMw()[t], onsiteMw);
            double gridMwh = QuoteCalculator.energyMwh(gridMw, 1);
            rows.add(new QuoteDto.Hour(plan.start().plus(t, ChronoUnit.HOURS), plan.loadMw()[t], gridMw,
                    hours.carbonGPerKwh()[at], hours.priceUsdPerMwh()[at],
                    usd(QuoteCalculator.costUsd(gridMwh, hours.priceUsdPerMwh()[at])),
                    tonnes(QuoteCalculator.emissionsTCo2e(gridMwh, hours.carbonGPerKwh()[at])), hours.basis()[at]));
        }
        return rows;
    }

    /** Answers carry a cent, a kWh and a gram: finer digits are floating-point noise, not information. */
    private static double usd(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double mwh(double value) {
        return Math.round(value * 1e3) / 1e3;
    }

    private static double tonnes(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    private static double round(double mw) {
        return Math.round(mw * 1e6) / 1e6;
    }
}
