package org.sovplan.energy.quote;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Problem.FieldError;
import org.sovplan.energy.config.EnergyConfig;

/**
 * A quote request checked and turned into hourly load: {@code loadMw[t]} for the hour starting at
 * {@code start + t h}, and the span of hours to read figures for (the window, or the run itself).
 * Shape faults answer 400 (all of them at once); a well-formed request that cannot make sense
 * (a window shorter than the load, a run outside its window) answers 422.
 *
 * @param start requested start of the run
 * @param loadMw MW of each hour of the run
 * @param figuresStart first hour the figures cover
 * @param figuresHours number of hours the figures cover
 * @param shiftable whether a window was given
 */
record LoadPlan(Instant start, double[] loadMw, Instant figuresStart, int figuresHours, boolean shiftable) {

    /** The earliest instant a quote may start at; older hours have no meaning for planning. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** The latest instant a quote may reach. */
    static final Instant LATEST = Instant.parse("2101-01-01T00:00:00Z");

    int offset() {
        return (int) ChronoUnit.HOURS.between(figuresStart, start);
    }

    static LoadPlan of(QuoteDto.Request request, EnergyConfig.Quote limits) {
        List<FieldError> errors = new ArrayList<>();
        if (request.zoneCode() != null && request.siteId() != null) {
            errors.add(new FieldError("siteId", "give zoneCode or siteId, not both"));
        } else if (request.zoneCode() == null && request.siteId() == null) {
            errors.add(new FieldError("zoneCode", "is required (or give siteId)"));
        }
        double[] load = request.schedule() == null ? flat(request, limits, errors) : scheduled(request, limits, errors);
        hourOf("earliestStart", request.earliestStart(), errors);
        hourOf("latestEnd", request.latestEnd(), errors);
        if ((request.earliestStart() == null) != (request.latestEnd() == null)) {
            errors.add(new FieldError(request.earliestStart() == null ? "earliestStart" : "latestEnd",
                    "is required with " + (request.earliestStart() == null ? "latestEnd" : "earliestStart")));
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid", errors);
        }
        Instant start = request.schedule() == null ? request.start()
                : request.schedule().stream().map(QuoteDto.Segment::start).min(Instant::compareTo).orElseThrow();
        if (request.earliestStart() == null) {
            return new LoadPlan(start, load, start, load.length, false);
        }
        return windowed(request, start, load, limits);
    }

    private static LoadPlan windowed(QuoteDto.Request request, Instant start, double[] load, EnergyConfig.Quote limits) {
        long windowHours = ChronoUnit.HOURS.between(request.earliestStart(), request.latestEnd());
        if (windowHours <= 0) {
            throw ApiException.unprocessable("latestEnd", "must be after earliestStart");
        }
        if (windowHours > limits.maxWindowHours()) {
            throw ApiException.unprocessable("latestEnd", "the window spans " + windowHours + " hours; at most "
                    + limits.maxWindowHours());
        }
        if (windowHours < load.length) {
            throw ApiException.unprocessable("latestEnd", "the window of " + windowHours
                    + " hours is too short for a load of " + load.length + " hours");
        }
        Instant end = start.plus(load.length, ChronoUnit.HOURS);
        if (start.isBefore(request.earliestStart()) || end.isAfter(request.latestEnd())) {
            throw ApiException.unprocessable("start", "the requested run " + start + " to " + end
                    + " must lie within the window " + request.earliestStart() + " to " + request.latestEnd());
        }
        return new LoadPlan(start, load, request.earliestStart(), (int) windowHours, true);
    }

    private static double[] flat(QuoteDto.Request request, EnergyConfig.Quote limits, List<FieldError> errors) {
        if (request.loadMw() == null) {
            errors.add(new FieldError("loadMw", "is required (or give a schedule)"));
        } else if (request.loadMw() > limits.maxLoadMw()) {
            errors.add(new FieldError("loadMw", "must be at most " + limits.maxLoadMw()));
        }
        if (request.hours() == null) {
            errors.add(new FieldError("hours", "is required (or give a schedule)"));
        } else if (request.hours() > limits.maxHours()) {
            errors.add(new FieldError("hours", "must be at most " + limits.maxHours()));
        }
        if (request.start() == null) {
            errors.add(new FieldError("start", "is required (or give a schedule)"));
        }
        hourOf("start", request.start(), errors);
        if (!errors.isEmpty() || request.loadMw() <= 0 || request.hours() < 1) {
            return new double[0];
        }
        double[] load = new double[request.hours()];
        java.util.Arrays.fill(load, request.loadMw());
        return load;
    }

    private static double[] scheduled(QuoteDto.Request request, EnergyConfig.Quote limits, List<FieldError> errors) {
        if (request.loadMw() != null || request.hours() != null || request.start() != null) {
            errors.add(new FieldError("schedule", "give either loadMw, hours and start, or a schedule, not both"));
        }
        List<QuoteDto.Segment> segments = request.schedule();
        if (segments.size() > limits.maxScheduleSegments()) {
            errors.add(new FieldError("schedule", "must have at most " + limits.maxScheduleSegments() + " segments"));
        }
        for (int i = 0; i < segments.size(); i++) {
            QuoteDto.Segment segment = segments.get(i);
            hourOf("schedule[" + i + "].start", segment.start(), errors);
            if (segment.loadMw() > limits.maxLoadMw()) {
                errors.add(new FieldError("schedule[" + i + "].loadMw", "must be at most " + limits.maxLoadMw()));
            }
            if (segment.hours() > limits.maxHours()) {
                errors.add(new FieldError("schedule[" + i + "].hours", "must be at most " + limits.maxHours()));
            }
        }
        if (!errors.isEmpty()) {
            return new double[0];
        }
        Instant first = segments.stream().map(QuoteDto.Segment::start).min(Instant::compareTo).orElseThrow();
        Instant end = segments.stream().map(s -> s.start().plus(s.hours(), ChronoUnit.HOURS))
                .max(Instant::compareTo).orElseThrow();
        long span = ChronoUnit.HOURS.between(first, end);
        if (span > limits.maxHours()) {
            errors.add(new FieldError("schedule", "spans " + span + " hours from its first start to its last end;"
                    + " at most " + limits.maxHours()));
            return new double[0];
        }
        double[] load = new double[(int) span];
        for (QuoteDto.Segment segment : segments) {
            int from = (int) ChronoUnit.HOURS.between(first, segment.start());
            for (int t = from; t < from + segment.hours(); t++) {
                load[t] += segment.loadMw();
            }
        }
        for (int t = 0; t < load.length; t++) {
            if (load[t] > limits.maxLoadMw()) {
                errors.add(new FieldError("schedule", "overlapping segments add up to " + load[t] + " MW at "
                        + first.plus(t, ChronoUnit.HOURS) + "; at most " + limits.maxLoadMw()));
                break;
            }
        }
        return load;
    }

    private static void hourOf(String field, Instant instant, List<FieldError> errors) {
        if (instant == null) {
            return;
        }
        if (!instant.equals(instant.truncatedTo(ChronoUnit.HOURS))) {
            errors.add(new FieldError(field, "must be on a whole UTC hour, e.g. 2026-01-15T08:00:00Z"));
        } else if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            errors.add(new FieldError(field, "must be in the years 2000 to 2100"));
        }
    }
}
