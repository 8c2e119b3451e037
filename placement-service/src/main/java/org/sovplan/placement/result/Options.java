package org.sovplan.placement.result;

import java.time.LocalDate;

import org.sovplan.placement.problem.PlanningInputs;
import org.sovplan.placement.problem.WorkloadDemand;
import org.sovplan.placement.result.InvestmentAdvisor.Draft;
import org.sovplan.placement.result.PlanResult.Basis;
import org.sovplan.placement.result.PlanResult.InvestmentOption;
import org.sovplan.placement.sizing.Units;

/** A ranked draft as the investment option the result shows, with a sentence that says what it is. */
final class Options {

    private Options() {
    }

    static InvestmentOption of(Draft d, int rank, WorkloadDemand w, LocalDate neededBy, PlanningInputs inputs) {
        var site = d.site();
        String region = site != null ? site.regionCode() : d.newZone().countryCode();
        String zone = site != null ? site.zone().code() : d.newZone().code();
        int late = InvestmentAdvisor.daysLate(d.readyDate(), neededBy);
        return new InvestmentOption(w.id(), w.name(), rank, d.kind(), region, inputs.regionName(region), zone,
                site == null ? null : site.id(), site == null ? null : site.name(), d.model(), d.addedGpus(),
                Units.kw(d.itWatts()), Units.kw(d.addedItWatts()), Units.kw(d.addedGridWatts()), Units.usd(d.capexUsd()),
                d.figures().finite() ? Basis.PER_RUN : Basis.PER_YEAR, Units.usd(d.figures().energyCostUsd()),
                Units.decimal(d.figures().tco2e(), Units.TCO2E_SCALE), d.leadTimeDays(), d.readyDate(), neededBy,
                late == 0, late, describe(d, inputs));
    }

    private static String describe(Draft d, PlanningInputs inputs) {
        String power = ReportText.power(d.itWatts());
        return switch (d.kind()) {
            case "ADD_ACCELERATORS" -> "add " + d.addedGpus() + " " + d.model() + " at " + d.site().name()
                    + (d.gpus() > d.addedGpus() ? " (with " + (d.gpus() - d.addedGpus()) + " already there)" : "")
                    + ", where the " + power + " of IT power and its grid headroom exist";
            case "EXPAND_SITE" -> "build " + ReportText.power(d.addedItWatts()) + " more IT capacity at "
                    + d.site().name() + " and add " + d.addedGpus() + " " + d.model() + " (" + power + " IT)";
            case "GRID_UPGRADE" -> "upgrade grid zone " + d.site().zone().code() + " by "
                    + ReportText.power(d.addedGridWatts())
                    + (d.addedItWatts() > 0 ? ", build " + ReportText.power(d.addedItWatts()) + " more IT capacity" : "")
                    + " and add " + d.addedGpus() + " " + d.model() + " at " + d.site().name();
            case "NEW_SITE" -> "build a " + power + " data centre in grid zone " + d.newZone().code() + " ("
                    + inputs.regionName(d.newZone().countryCode()) + ") with " + d.gpus() + " " + d.model()
                    + (d.addedGridWatts() > 0 ? " and a grid upgrade of " + ReportText.power(d.addedGridWatts())
                            : ", within the zone's grid headroom");
            case "SMALLER_MODEL" -> "serve the accepted " + d.note() + " variant on " + d.gpus() + " " + d.model()
                    + " at " + d.site().name() + ", free today";
            default -> d.kind();
        };
    }
}
