package org.sovplan.placement.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.sovplan.placement.result.PlanResult.Assignment;
import org.sovplan.placement.result.PlanResult.Basis;
import org.sovplan.placement.result.PlanResult.InvestmentOption;
import org.sovplan.placement.result.PlanResult.LateStart;
import org.sovplan.placement.result.PlanResult.Unplaced;
import org.sovplan.placement.sizing.Units;

/** Sums of a plan: exact sums of the figures shown (no re-rounding), runs and services apart. */
final class TotalsBuilder {

    private TotalsBuilder() {
    }

    static PlanResult.Totals of(int workloads, List<Assignment> a, List<Unplaced> unplaced,
            List<InvestmentOption> investments, List<LateStart> late) {
        List<Assignment> runs = a.stream().filter(x -> x.basis() == Basis.PER_RUN).toList();
        List<Assignment> services = a.stream().filter(x -> x.basis() == Basis.PER_YEAR).toList();
        long itWatts = a.stream().mapToLong(Assignment::itWatts).sum();
        List<InvestmentOption> recommended = investments.stream().filter(o -> o.rank() == 1).toList();
        return new PlanResult.Totals(workloads, a.size(), unplaced.size(), a.stream().mapToInt(Assignment::gpus).sum(),
                itWatts, Units.kw(itWatts), sum(a, Assignment::powerKw),
                runs.size(), sum(runs, Assignment::energyMwhPerRun), sum(runs, Assignment::costUsdPerRun),
                sum(runs, Assignment::tco2ePerRun),
                services.size(), sum(services, Assignment::energyMwhPerYear), sum(services, Assignment::costUsdPerYear),
                sum(services, Assignment::tco2ePerYear),
                recommended.stream().map(InvestmentOption::capexUsd).reduce(BigDecimal.ZERO, BigDecimal::add),
                recommended.stream().map(InvestmentOption::leadTimeDays).max(Integer::compare).orElse(null),
                late.size());
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> field) {
        return items.stream().map(field).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
