package org.sovplan.placement.result;

import static org.sovplan.placement.result.ReportText.number;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.sovplan.placement.problem.Weights;
import org.sovplan.placement.result.PlanResult.Assignment;
import org.sovplan.placement.result.PlanResult.InvestmentOption;
import org.sovplan.placement.result.PlanResult.Shortfall;
import org.sovplan.placement.result.PlanResult.Totals;
import org.sovplan.placement.result.PlanResult.Unplaced;

/**
 * A plan as a document a planner reads and pastes: header, assignments, unplaced workloads with
 * their explanations, shortfalls, investment options and totals. Markdown (GitHub tables); the
 * plain-text form is the same layout with names left unescaped. Numbers are shown at the
 * precision the result stores them, with thousands separators.
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
        report.shortfalls(result.shortfalls());
        report.investments(result.investments());
        report.totals(result.totals());
        return report.out.toString();
    }

    private void header(Header h, PlanResult r) {
        line("# Placement plan " + h.planId());
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
        item("Score", r.score() + (r.feasible() ? " (feasible)" : " (infeasible: some hard constraint is broken)"));
        item("Committed", h.committedAt() == null ? "no" : "yes, " + TIME.format(h.committedAt()));
    }

    private void assignments(List<Assignment> assignments) {
        section("Assignments");
        if (assignments.isEmpty()) {
            line("No workload could be placed.");
            return;
        }
        line("| Workload | Site | Region | Model | GPUs | IT MW | MWh/yr | USD/yr | tCO2e/yr | Latency ms |");
        line("|---|---|---|---|--:|--:|--:|--:|--:|--:|");
        for (Assignment a : assignments) {
            row(a.workloadName(), a.siteName(), a.siteRegionCode(), a.acceleratorModel(),
                    number(a.gpus()), number(a.itMw(), 3), number(a.energyMwhPerYear(), 1),
                    number(a.costUsdPerYear(), 0), number(a.tco2ePerYear(), 2),
                    a.latencyMs() == null ? NONE : number(a.latencyMs(), 1));
        }
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

    private void shortfalls(List<Shortfall> shortfalls) {
        section("Shortfalls");
        if (shortfalls.isEmpty()) {
            line("None: existing capacity covers every placed workload.");
            return;
        }
        line("| Region | Grid zone | Model | GPUs | IT MW | Grid MW | Workloads |");
        line("|---|---|---|--:|--:|--:|--:|");
        for (Shortfall s : shortfalls) {
            row(s.regionCode(), orNone(s.gridZoneCode()), s.acceleratorModel(), number(s.gpus()), number(s.itMw(), 3),
                    number(s.gridMw(), 3), number(s.workloadIds().size()));
        }
    }

    private void investments(List<InvestmentOption> options) {
        section("Investment options");
        if (options.isEmpty()) {
            line("None needed.");
            return;
        }
        line("| Option | Region | Grid zone | Site | Capex USD | Lead time | What |");
        line("|---|---|---|---|--:|--:|---|");
        for (InvestmentOption o : options) {
            row(kind(o.kind()), o.regionCode(), orNone(o.gridZoneCode()),
                    orNone(o.siteName()), number(o.capexUsd(), 0),
                    o.leadTimeDays() + " days", o.description());
        }
    }

    private void totals(Totals t) {
        section("Totals");
        line("| Total | Value |");
        line("|---|--:|");
        row("Workloads", t.workloads() + " (" + t.placed() + " placed, " + t.unplaced() + " unplaced)");
        row("GPUs", number(t.gpus()));
        row("IT MW", number(t.itMw(), 3));
        row("Grid MW", number(t.powerMw(), 3));
        row("MWh/yr", number(t.energyMwhPerYear(), 1));
        row("USD/yr", number(t.costUsdPerYear(), 0));
        row("tCO2e/yr", number(t.tco2ePerYear(), 2));
        row("Investment capex USD", number(t.investmentCapexUsd(), 0));
        row("Longest lead time", t.longestLeadTimeDays() == null ? NONE : t.longestLeadTimeDays() + " days");
        line("");
        line("USD/yr is energy at the grid zone's price plus accelerators amortised over their service life; "
                + "tCO2e/yr is that energy at the zone's lifecycle carbon intensity.");
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "ADD_ACCELERATORS" -> "Add accelerators";
            case "GRID_UPGRADE" -> "Grid upgrade";
            case "NEW_SITE" -> "New site";
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
