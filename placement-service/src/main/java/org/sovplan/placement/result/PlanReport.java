package org.sovplan.placement.result;

import static org.sovplan.placement.result.ReportText.number;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.sovplan.placement.problem.Weights;
import org.sovplan.placement.result.PlanResult.Assignment;
import org.sovplan.placement.result.PlanResult.Assumption;
import org.sovplan.placement.result.PlanResult.Basis;
import org.sovplan.placement.result.PlanResult.LateStart;
import org.sovplan.placement.result.PlanResult.InvestmentOption;
import org.sovplan.placement.result.PlanResult.Shortfall;
import org.sovplan.placement.result.PlanResult.Totals;
import org.sovplan.placement.result.PlanResult.Unplaced;

/**
 * A plan as a document a planner reads and pastes: a summary paragraph, assignments (region names,
 * jurisdiction, sovereignty; runs per run, services per year; estimated inputs marked †), unplaced
 * workloads with their explanations, start dates that slip, ranked investment options, shortfalls,
 * totals and the assumptions with their sources. The score stays in the JSON. Markdown (GitHub
 * tables); the plain-text form is the same layout with names left unescaped. Power reads in kW
 * below 1 MW and in MW above; numbers at the precision the result stores them.
 */
public final class PlanReport {

    /** Markdown, escaping names; or plain text, the same layout unescaped. */
    public enum Format {
        MARKDOWN, PLAIN
    }

    /** What the report says about the plan besides its result; horizon and weights may be unrecorded (null). */
    public record Header(UUID planId, String status, Instant createdAt, String createdBy, Instant finishedAt,
            LocalDate horizonDate, Weights weights, Instant committedAt) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String NONE = "–";

    private final UnaryOperator<String> text;
    private final StringBuilder out = new StringBuilder();

    private PlanReport(Format format) {
        this.text = format == Format.MARKDOWN ? ReportText::markdown : ReportText::oneLine;
    }

    public static String render(Header header, PlanResult result, Format format) {
        PlanReport report = new PlanReport(format);
        report.header(header, result);
        report.assignments(result.assignments());
        report.unplaced(result.unplaced());
        report.timeline(result.timeline());
        report.investments(result.investments());
        report.shortfalls(result.shortfalls());
        report.totals(result.totals());
        report.assumptions(result.assumptions());
        return report.out.toString();
    }

    private void header(Header h, PlanResult r) {
        line("# Placement plan " + h.planId());
        line("");
        line(text.apply(r.summary()));
        line("");
        item("Status", h.status() + ("CANCELLED".equals(h.status()) ? " (stopped early: the best plan found so far)" : ""));
        item("Created", TIME.format(h.createdAt()) + " by " + text.apply(h.createdBy()));
        if (h.finishedAt() != null) {
            item("Finished", TIME.format(h.finishedAt()));
        }
        item("Horizon", h.horizonDate() == null ? "not recorded (one year after creation)" : h.horizonDate().toString());
        Weights w = h.weights() == null ? Weights.DEFAULT : h.weights().orDefaults();
        item("Weights", "cost " + ReportText.weight(w.cost()) + ", carbon " + ReportText.weight(w.carbon())
                + ", sovereignty " + ReportText.weight(w.sovereignty()) + ", latency " + ReportText.weight(w.latency()));
        if (!r.feasible()) {
            item("Warning", "the plan breaks a hard rule; its JSON form names the constraint");
        }
        item("Committed", h.committedAt() == null ? "no" : "yes, " + TIME.format(h.committedAt()));
    }

    private void assignments(List<Assignment> assignments) {
        section("Assignments");
        if (assignments.isEmpty()) {
            line("No workload could be placed.");
            return;
        }
        line("| Workload | Site | Region | Jurisdiction | Sovereignty | Model | GPUs | IT power | Grid power | Latency ms |");
        line("|---|---|---|---|---|---|--:|--:|--:|--:|");
        for (Assignment a : assignments) {
            row(a.workloadName(), a.siteName(), region(a.siteRegionName(), a.siteRegionCode()), a.jurisdiction(),
                    a.sovereigntyLevel(), a.acceleratorModel(), number(a.gpus()), ReportText.power(a.itWatts()),
                    ReportText.power(a.powerKw().movePointRight(3).longValue()),
                    a.latencyMs() == null ? NONE : number(a.latencyMs()));
        }
        List<Assignment> runs = assignments.stream().filter(a -> a.basis() == Basis.PER_RUN).toList();
        List<Assignment> services = assignments.stream().filter(a -> a.basis() == Basis.PER_YEAR).toList();
        if (!runs.isEmpty()) {
            line("");
            line("Training and fine-tuning, **per run** (the run draws its full power for its days):");
            line("");
            line("| Workload | Run | Days | MWh per run | USD per run | tCO2e per run |");
            line("|---|---|--:|--:|--:|--:|");
            for (Assignment a : runs) {
                row(a.workloadName(), a.runStartDate() == null ? "no start date" : a.runStartDate() + " to " + a.runEndDate(),
                        number(a.runDays()), mark(a, number(a.energyMwhPerRun())), mark(a, number(a.costUsdPerRun())),
                        mark(a, number(a.tco2ePerRun())));
            }
        }
        if (!services.isEmpty()) {
            line("");
            line("Inference, **per year** (at the assumed load factor):");
            line("");
            line("| Workload | MWh/yr | USD/yr | tCO2e/yr |");
            line("|---|--:|--:|--:|");
            for (Assignment a : services) {
                row(a.workloadName(), mark(a, number(a.energyMwhPerYear())), mark(a, number(a.costUsdPerYear())),
                        mark(a, number(a.tco2ePerYear())));
            }
        }
        List<String> estimated = assignments.stream().flatMap(a -> a.estimatedInputs().stream()).distinct().sorted()
                .toList();
        if (!estimated.isEmpty()) {
            line("");
            line(text.apply("† rests on estimated or illustrative inputs: " + String.join(", ", estimated) + "."));
        }
    }

    /** "Machakos (KE-22)", or the code alone when its name is unknown. */
    private static String region(String name, String code) {
        return name == null || name.equals(code) ? code : name + " (" + code + ")";
    }

    private static String mark(Assignment a, String figure) {
        return a.estimatedInputs().isEmpty() ? figure : figure + " †";
    }

    private void unplaced(List<Unplaced> unplaced) {
        section("Unplaced workloads");
        if (unplaced.isEmpty()) {
            line("Every workload is placed.");
            return;
        }
        for (Unplaced u : unplaced) {
            line("- **" + text.apply(u.workloadName()) + "** (priority " + u.priority() + "): " + text.apply(u.reason()));
        }
    }

    private void timeline(List<LateStart> late) {
        section("Start dates that cannot be met");
        if (late.isEmpty()) {
            line("None: every start date can be met.");
            return;
        }
        line("| Workload | Start date | Earliest | Days late | Why |");
        line("|---|---|---|--:|---|");
        for (LateStart l : late) {
            row(l.workloadName(), l.startDate().toString(), l.earliestDate() == null ? NONE : l.earliestDate().toString(),
                    number(l.daysLate()), l.reason());
        }
    }

    private void investments(List<InvestmentOption> options) {
        section("Investment options");
        if (options.isEmpty()) {
            line("None needed.");
            return;
        }
        line("Per unplaced workload, best first: options ready by the start date first, cheapest capex first; "
                + "then the rest, earliest ready first.");
        UUID current = null;
        for (InvestmentOption o : options) {
            if (!o.workloadId().equals(current)) {
                current = o.workloadId();
                line("");
                line("### " + text.apply(o.workloadName()));
                line("");
                line("| # | Option | Where | Capex USD | Energy USD | tCO2e | Lead time | Ready | Start | What |");
                line("|--:|---|---|--:|--:|--:|--:|---|---|---|");
            }
            String per = o.basis() == Basis.PER_RUN ? " per run" : " per year";
            row(String.valueOf(o.rank()), kind(o.kind()),
                    (o.siteName() != null ? o.siteName() : "new site, zone " + o.gridZoneCode()) + ", "
                            + region(o.regionName(), o.regionCode()),
                    number(o.capexUsd()), number(o.opexUsd()) + per, number(o.tco2e()) + per,
                    o.leadTimeDays() + " days", o.readyDate().toString(),
                    o.meetsDate() ? "in time" : o.daysLate() + " days late", o.description());
        }
    }

    private void shortfalls(List<Shortfall> shortfalls) {
        section("Shortfalls");
        if (shortfalls.isEmpty()) {
            line("None: existing capacity covers every workload.");
            return;
        }
        line("What the recommended options add (IT capacity and grid headroom only where they must be built):");
        line("");
        line("| Region | Grid zone | Model | GPUs | IT capacity to build | Grid headroom to add | Workloads |");
        line("|---|---|---|--:|--:|--:|--:|");
        for (Shortfall s : shortfalls) {
            row(s.regionCode(), orNone(s.gridZoneCode()), s.acceleratorModel(), number(s.gpus()),
                    built(s.itKw()), built(s.gridKw()), number(s.workloadIds().size()));
        }
    }

    /** Power to build, or "none" where what exists covers it. */
    private static String built(BigDecimal kw) {
        return kw.signum() == 0 ? "none" : ReportText.power(kw.movePointRight(3).longValue());
    }

    private void totals(Totals t) {
        section("Totals");
        line("| Total | Value |");
        line("|---|--:|");
        row("Workloads", t.workloads() + " (" + t.placed() + " placed, " + t.unplaced() + " unplaced)");
        row("GPUs", number(t.gpus()));
        row("IT power", ReportText.power(t.itWatts()));
        row("Grid power", ReportText.power(t.powerKw().movePointRight(3).longValue()));
        row("Training and fine-tuning runs placed", number(t.runs()));
        row("MWh, all runs once", number(t.energyMwhAllRuns()));
        row("USD, all runs once", number(t.costUsdAllRuns()));
        row("tCO2e, all runs once", number(t.tco2eAllRuns()));
        row("Inference services placed", number(t.services()));
        row("MWh per year of the services", number(t.energyMwhPerYear()));
        row("USD per year of the services", number(t.costUsdPerYear()));
        row("tCO2e per year of the services", number(t.tco2ePerYear()));
        row("Capex of the recommended options, USD", number(t.investmentCapexUsd()));
        row("Longest lead time", t.longestLeadTimeDays() == null ? NONE : t.longestLeadTimeDays() + " days");
        row("Start dates that cannot be met", number(t.lateStarts()));
        line("");
        line("USD is energy at the grid zone's price plus accelerators amortised over their service life; tCO2e is "
                + "that energy at the zone's lifecycle carbon intensity. Runs are counted once; services per year.");
    }

    private void assumptions(List<Assumption> assumptions) {
        section("Assumptions");
        line("| Assumption | Value | Unit | Source |");
        line("|---|--:|---|---|");
        for (Assumption a : assumptions) {
            row(a.name(), readable(a.value()), a.unit(), a.source());
        }
    }

    /** A figure with thousands separators ("10,000,000"); a value that is not a number as it is. */
    private static String readable(String value) {
        try {
            return number(new BigDecimal(value));
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "ADD_ACCELERATORS" -> "Add accelerators";
            case "EXPAND_SITE" -> "Expand site";
            case "GRID_UPGRADE" -> "Grid upgrade";
            case "NEW_SITE" -> "New site";
            case "SMALLER_MODEL" -> "Smaller model";
            default -> kind;
        };
    }

    private static String orNone(String value) {
        return value == null ? NONE : value;
    }

    private void section(String title) {
        line("");
        line("## " + title);
        line("");
    }

    private void item(String name, String value) {
        line("- **" + name + ":** " + value);
    }

    /** A table row; every cell is escaped, since codes and names come from users or other services. */
    private void row(String... cells) {
        StringBuilder b = new StringBuilder("|");
        for (String cell : cells) {
            b.append(' ').append(text.apply(cell)).append(" |");
        }
        line(b.toString());
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
