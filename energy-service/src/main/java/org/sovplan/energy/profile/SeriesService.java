package org.sovplan.energy.profile;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Versions;
import org.sovplan.common.security.RegionScope;
import org.sovplan.energy.config.EnergyConfig;
import org.sovplan.energy.support.UniqueWrites;
import org.sovplan.energy.zone.GridZone;
import org.sovplan.energy.zone.GridZoneService;


/**
 * Real hourly series: an import replaces the zone's whole series, after checking the whole file
 * (timestamps on whole UTC hours, no duplicates, figures in range); nothing is half-written.
 */
@ApplicationScoped
public class SeriesService {

    static final String[] CSV_COLUMNS = { "timestamp", "carbonIntensityGPerKwh", "priceUsdPerMwh" };
    /** Rows persisted between flushes, matching the JDBC batch size. */
    private static final int BATCH = 500;

    private final SeriesRepository points;
    private final ZoneSeriesRepository headers;
    private final GridZoneService zones;
    private final RegionScope scope;
    private final EnergyConfig config;

    public SeriesService(SeriesRepository points, ZoneSeriesRepository headers, GridZoneService zones,
            RegionScope scope, EnergyConfig config) {
        this.points = points;
        this.headers = headers;
        this.zones = zones;
        this.scope = scope;
        this.config = config;
    }

    public PageResponse<SeriesDto.Point> read(String zoneCode, Instant from, Instant to, PageQuery page) {
        zones.find(zoneCode);
        if (page.sort != null && !page.sort.isBlank()) {
            throw ApiException.invalidField("sort", "series points are always in time order");
        }
        return PageResponse.of(points.range(zoneCode, from, to), page, SeriesDto.Point::from);
    }

    @Transactional
    public SeriesDto.Summary importCsv(String zoneCode, String csv, String source, boolean estimated,
            String ifMatch) {
        GridZone zone = zones.find(zoneCode);
        scope.requireWrite(zone.countryCode);
        ProfileService.requireSource(source);
        List<SeriesPoint> parsed = parse(zoneCode, csv);
        ZoneSeries header = headers.findByIdOptional(zoneCode).orElse(null);
        if (ifMatch != null && !ifMatch.isBlank()) {
            long expected = Versions.expected(null, ifMatch);
            if (header == null) {
                throw ApiException.conflict("grid zone " + zoneCode + " has no series yet, so If-Match " + ifMatch
                        + " cannot match");
            }
            Versions.check("series of grid zone", zoneCode, expected, header.version);
        }
        if (header == null) {
            header = new ZoneSeries();
            header.zoneCode = zoneCode;
        }
        header.source = source.trim();
        header.estimated = estimated;
        header.pointCount = parsed.size();
        header.firstHour = parsed.stream().map(p -> p.hourStart).min(Instant::compareTo).orElse(null);
        header.lastHour = parsed.stream().map(p -> p.hourStart).max(Instant::compareTo).orElse(null);
        ZoneSeries stored = header;
        UniqueWrites.flush(() -> {
            headers.persist(stored);
            points.deleteZone(zoneCode);
            headers.flush();
        }, () -> ApiException.conflict("the series of grid zone " + zoneCode + " was created meanwhile; try again"));
        SeriesDto.Summary summary = SeriesDto.Summary.from(header);
        for (int i = 0; i < parsed.size(); i++) {
            points.persist(parsed.get(i));
            if (i % BATCH == BATCH - 1) {
                points.flush();
                points.getEntityManager().clear();
            }
        }
        points.flush();
        return summary;
    }

    @Transactional
    public void delete(String zoneCode) {
        GridZone zone = zones.find(zoneCode);
        scope.requireWrite(zone.countryCode);
        // Points go with their header (ON DELETE CASCADE).
        points.deleteZone(zoneCode);
        headers.deleteById(zoneCode);
    }

    private List<SeriesPoint> parse(String zoneCode, String csv) {
        CsvTable table = CsvTable.parse(csv, CSV_COLUMNS);
        int max = config.importing().maxSeriesRows();
        if (table.records().size() > max) {
            table.error("rows", "a series holds at most " + max + " hours; the file has " + table.records().size());
        }
        Map<Instant, Integer> seen = new HashMap<>();
        List<SeriesPoint> parsed = new java.util.ArrayList<>();
        for (CsvTable.Record record : table.records()) {
            Instant hour = timestamp(table, record);
            Double carbon = table.decimal(record, "carbonIntensityGPerKwh", ProfileDto.MAX_CARBON);
            Double price = table.decimal(record, "priceUsdPerMwh", ProfileDto.MAX_PRICE);
            if (hour != null) {
                Integer first = seen.putIfAbsent(hour, record.index());
                if (first != null) {
                    table.error(record.field("timestamp"), "duplicates rows[" + first + "] (" + hour + ")");
                    continue;
                }
            }
            if (hour != null && carbon != null && price != null) {
                SeriesPoint point = new SeriesPoint();
                point.zoneCode = zoneCode;
                point.hourStart = hour;
                point.carbonIntensityGPerKwh = carbon;
                point.priceUsdPerMwh = price;
                parsed.add(point);
            }
        }
        ImportErrors.rejectIfAny(table.errors(), config.importing().maxListedErrors());
        return parsed;
    }

    private static Instant timestamp(CsvTable table, CsvTable.Record record) {
        String cell = table.cell(record, "timestamp");
        if (cell == null) {
            return null;
        }
        try {
            Instant hour = Instant.parse(cell);
            if (!hour.equals(hour.truncatedTo(ChronoUnit.HOURS))) {
                table.error(record.field("timestamp"), "must be the start of a whole UTC hour, e.g. 2024-01-15T10:00:00Z"
                        + " (line " + record.line() + ")");
                return null;
            }
            return hour;
        } catch (DateTimeParseException e) {
            table.error(record.field("timestamp"), "'" + cell + "' is not an ISO-8601 UTC timestamp such as"
                    + " 2024-01-15T10:00:00Z (line " + record.line() + ")");
            return null;
        }
    }
}
