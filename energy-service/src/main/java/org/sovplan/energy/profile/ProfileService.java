package org.sovplan.energy.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Versions;
import org.sovplan.common.security.RegionScope;
import org.sovplan.energy.config.EnergyConfig;
import org.sovplan.energy.support.UniqueWrites;
import org.sovplan.energy.zone.GridZone;
import org.sovplan.energy.zone.GridZoneService;

/**
 * Typical profiles: a PUT replaces the whole 288-cell profile or changes nothing (the file is
 * checked whole before anything is written). Replacing a profile with identical content leaves
 * its version alone, so that loading the same file twice is a no-op. An {@code If-Match} header,
 * when given, must name the current profile version.
 */
@ApplicationScoped
public class ProfileService {

    static final String[] CSV_COLUMNS = { "month", "hour", "carbonIntensityGPerKwh", "priceUsdPerMwh" };

    private final ZoneProfileRepository profiles;
    private final GridZoneService zones;
    private final RegionScope scope;
    private final EnergyConfig config;

    public ProfileService(ZoneProfileRepository profiles, GridZoneService zones, RegionScope scope,
            EnergyConfig config) {
        this.profiles = profiles;
        this.zones = zones;
        this.scope = scope;
        this.config = config;
    }

    public ProfileDto.Response get(String zoneCode) {
        zones.find(zoneCode);
        return ProfileDto.Response.from(profiles.findByIdOptional(zoneCode).orElseThrow(() -> new ApiException(404,
                "not-found", "Not found", "grid zone " + zoneCode
                        + " has no typical profile; quotes use its flat annual figures")));
    }

    /** Replaces the profile from a JSON body; answers whether the profile was created. */
    @Transactional
    public Result replace(String zoneCode, ProfileDto.Request request, String ifMatch) {
        List<ProfileGrid.Cell> cells = new ArrayList<>();
        for (int i = 0; i < request.rows().size(); i++) {
            ProfileDto.Row row = request.rows().get(i);
            cells.add(new ProfileGrid.Cell(i, row.month(), row.hour(), row.carbonIntensityGPerKwh(),
                    row.priceUsdPerMwh()));
        }
        return store(zoneCode, cells, request.source(), request.estimated(), ifMatch);
    }

    /** Replaces the profile from a CSV file: month,hour,carbonIntensityGPerKwh,priceUsdPerMwh. */
    @Transactional
    public Result importCsv(String zoneCode, String csv, String source, boolean estimated, String ifMatch) {
        requireSource(source);
        CsvTable table = CsvTable.parse(csv, CSV_COLUMNS);
        List<ProfileGrid.Cell> cells = new ArrayList<>();
        for (CsvTable.Record record : table.records()) {
            Integer month = table.whole(record, "month", 1, 12);
            Integer hour = table.whole(record, "hour", 0, 23);
            Double carbon = table.decimal(record, "carbonIntensityGPerKwh", ProfileDto.MAX_CARBON);
            Double price = table.decimal(record, "priceUsdPerMwh", ProfileDto.MAX_PRICE);
            if (month != null && hour != null && carbon != null && price != null) {
                cells.add(new ProfileGrid.Cell(record.index(), month, hour, carbon, price));
            }
        }
        ImportErrors.rejectIfAny(table.errors(), config.importing().maxListedErrors());
        return store(zoneCode, cells, source.trim(), estimated, ifMatch);
    }

    @Transactional
    public void delete(String zoneCode) {
        GridZone zone = zones.find(zoneCode);
        scope.requireWrite(zone.countryCode);
        profiles.deleteById(zoneCode);
    }

    /** The stored profile and whether this request created it. */
    public record Result(ProfileDto.Response profile, boolean created) {
    }

    private Result store(String zoneCode, List<ProfileGrid.Cell> cells, String source, boolean estimated,
            String ifMatch) {
        GridZone zone = zones.find(zoneCode);
        scope.requireWrite(zone.countryCode);
        ProfileGrid grid = ProfileGrid.of(cells);
        ImportErrors.rejectIfAny(grid.errors, config.importing().maxListedErrors());
        ZoneProfile profile = profiles.findByIdOptional(zoneCode).orElse(null);
        if (ifMatch != null && !ifMatch.isBlank()) {
            long expected = Versions.expected(null, ifMatch);
            if (profile == null) {
                throw ApiException.conflict("grid zone " + zoneCode + " has no profile yet, so If-Match "
                        + ifMatch + " cannot match; send the PUT without If-Match to create it");
            }
            Versions.check("profile of grid zone", zoneCode, expected, profile.version);
        }
        boolean created = profile == null;
        if (created) {
            profile = new ZoneProfile();
            profile.zoneCode = zoneCode;
        }
        // Assign only what differs: Hibernate then writes nothing, and the version stays, for an identical PUT.
        if (!Arrays.equals(profile.carbonIntensityGPerKwh, grid.carbon)) {
            profile.carbonIntensityGPerKwh = grid.carbon;
        }
        if (!Arrays.equals(profile.priceUsdPerMwh, grid.price)) {
            profile.priceUsdPerMwh = grid.price;
        }
        if (!source.equals(profile.source)) {
            profile.source = source;
        }
        profile.estimated = estimated;
        ZoneProfile stored = profile;
        UniqueWrites.flush(() -> {
            if (created) {
                profiles.persist(stored);
            }
            profiles.flush();
        }, () -> ApiException.conflict("the profile of grid zone " + zoneCode + " was created meanwhile; read it"
                + " and replace it"));
        return new Result(ProfileDto.Response.from(profile), created);
    }

    static void requireSource(String source) {
        if (source == null || source.isBlank()) {
            throw ApiException.invalidField("source", "is required: say where the figures come from");
        }
        if (source.length() > 500) {
            throw ApiException.invalidField("source", "must be at most 500 characters");
        }
    }
}
