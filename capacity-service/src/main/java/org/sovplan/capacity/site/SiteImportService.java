package org.sovplan.capacity.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.sovplan.capacity.CapacityConfig;
import org.sovplan.capacity.accelerator.AcceleratorModelRepository;
import org.sovplan.capacity.region.RegionRepository;
import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Problem.FieldError;
import org.sovplan.common.problem.ProblemFields;
import org.sovplan.common.security.RegionScope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bulk import of sites, all or nothing: every row is read, validated (Bean Validation, region
 * scope, references, duplicates within the file and against the database) before anything is
 * written, any finding refuses the whole import, and the rows are written in one transaction.
 * Findings name their row: {@code rows[3].pue}.
 */
@ApplicationScoped
public class SiteImportService {

    /** Most findings one answer lists; a file with a systematic mistake would otherwise answer megabytes. */
    static final int MAX_ERRORS = 200;

    private static final Pattern ROW = Pattern.compile("^rows\\[(\\d+)]");

    /** Findings in the order of the file: by row, then by field. */
    private static final Comparator<FieldError> BY_ROW = Comparator
            .comparingInt((FieldError e) -> {
                Matcher row = ROW.matcher(e.field());
                return row.find() ? Integer.parseInt(row.group(1)) : -1;
            })
            .thenComparing(FieldError::field);

    private final ObjectMapper json;
    private final Validator validator;
    private final SiteRepository sites;
    private final RegionRepository regions;
    private final AcceleratorModelRepository models;
    private final RegionScope scope;
    private final CapacityConfig config;

    public SiteImportService(ObjectMapper json, Validator validator, SiteRepository sites, RegionRepository regions,
            AcceleratorModelRepository models, RegionScope scope, CapacityConfig config) {
        this.json = json;
        this.validator = validator;
        this.sites = sites;
        this.regions = regions;
        this.models = models;
        this.scope = scope;
        this.config = config;
    }

    /** Imports a JSON array of site requests. */
    @Transactional
    public SiteImportDto.Result importJson(String body, boolean skipExisting) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw new ApiException(400, "malformed-body", "Malformed request body", "the body is not valid JSON"
                    + (location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr()));
        }
        if (root == null || !root.isArray()) {
            throw ApiException.invalidField("body", "expected a JSON array of sites");
        }
        if (root.size() > config.importMaxRows()) {
            throw tooManyRows(config.importMaxRows());
        }
        List<JsonNode> rows = new ArrayList<>();
        root.forEach(rows::add);
        return importRows(rows, new ArrayList<>(), skipExisting);
    }

    /** Imports CSV; see {@link SiteCsv} for the columns. */
    @Transactional
    public SiteImportDto.Result importCsv(String body, boolean skipExisting) {
        List<FieldError> errors = new ArrayList<>();
        List<JsonNode> rows = SiteCsv.read(body, config.importMaxRows(), errors);
        return importRows(rows, errors, skipExisting);
    }

    static ApiException tooManyRows(int max) {
        return new ApiException(413, "too-many-rows", "Too many rows",
                "an import may carry at most " + max + " sites; split the file");
    }

    private SiteImportDto.Result importRows(List<JsonNode> nodes, List<FieldError> errors, boolean skipExisting) {
        if (nodes.isEmpty()) {
            throw ApiException.invalidField("rows", "the import holds no sites");
        }
        List<SiteDto.Request> rows = read(nodes, errors);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != null) {
                validate(rows.get(i), "rows[" + i + "].", errors);
            }
        }
        refuse(400, errors);
        for (int i = 0; i < rows.size(); i++) {
            if (!scope.allows(rows.get(i).regionCode())) {
                errors.add(new FieldError("rows[" + i + "].regionCode",
                        "your token does not allow changes in " + rows.get(i).regionCode()));
            }
        }
        refuse(403, errors);
        Map<Integer, UUID> existing = checkReferencesAndDuplicates(rows, skipExisting, errors);
        refuse(422, errors);
        return write(rows, existing);
    }

    private List<SiteDto.Request> read(List<JsonNode> nodes, List<FieldError> errors) {
        List<SiteDto.Request> rows = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            try {
                if (!nodes.get(i).isObject()) {
                    errors.add(new FieldError("rows[" + i + "]", "expected an object"));
                    rows.add(null);
                    continue;
                }
                rows.add(json.treeToValue(nodes.get(i), SiteDto.Request.class));
            } catch (JsonMappingException e) {
                String field = ProblemFields.of(e);
                errors.add(new FieldError("rows[" + i + "]" + (field.isEmpty() ? "" : "." + field), ProblemFields.message(e)));
                rows.add(null);
            } catch (JsonProcessingException e) {
                errors.add(new FieldError("rows[" + i + "]", "cannot be read as a site"));
                rows.add(null);
            }
        }
        return rows;
    }

    private void validate(SiteDto.Request row, String prefix, List<FieldError> errors) {
        for (ConstraintViolation<SiteDto.Request> violation : validator.validate(row)) {
            errors.add(new FieldError(prefix + ProblemFields.of(violation), violation.getMessage()));
        }
        if (row.version() != null) {
            errors.add(new FieldError(prefix + "version", "is not accepted on import"));
        }
    }

    /** Adds the 422 findings; answers the ids of existing sites that rows name, by row, when skipping them. */
    private Map<Integer, UUID> checkReferencesAndDuplicates(List<SiteDto.Request> rows, boolean skipExisting,
            List<FieldError> errors) {
        Set<String> regionCodes = new HashSet<>();
        Set<String> modelCodes = new HashSet<>();
        rows.forEach(row -> {
            regionCodes.add(row.regionCode());
            modelCodes.addAll(SiteRules.modelCodes(row));
        });
        Set<String> knownRegions = regions.existing(regionCodes);
        Set<String> knownModels = models.existing(modelCodes);
        Map<String, UUID> stored = sites.idsByRegionAndName(regionCodes);
        Map<String, Integer> firstRow = new HashMap<>();
        Map<Integer, UUID> existing = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            SiteDto.Request row = rows.get(i);
            String prefix = "rows[" + i + "].";
            errors.addAll(SiteRules.check(row, prefix, knownRegions, knownModels));
            String key = SiteRepository.nameKey(row.regionCode(), row.name().strip());
            Integer earlier = firstRow.putIfAbsent(key, i);
            if (earlier != null) {
                errors.add(new FieldError(prefix + "name", "duplicates rows[" + earlier + "] (same name and region)"));
            } else if (stored.containsKey(key)) {
                if (skipExisting) {
                    existing.put(i, stored.get(key));
                } else {
                    errors.add(new FieldError(prefix + "name", "a site named '" + row.name().strip() + "' exists in "
                            + row.regionCode() + " (id " + stored.get(key) + "); pass ifExists=skip to skip existing sites"));
                }
            }
        }
        return existing;
    }

    private SiteImportDto.Result write(List<SiteDto.Request> rows, Map<Integer, UUID> existing) {
        List<SiteImportDto.Row> outcome = new ArrayList<>();
        int created = 0;
        for (int i = 0; i < rows.size(); i++) {
            SiteDto.Request row = rows.get(i);
            UUID id = existing.get(i);
            if (id != null) {
                outcome.add(new SiteImportDto.Row(i, id, row.name().strip(), row.regionCode(),
                        SiteImportDto.Outcome.SKIPPED));
                continue;
            }
            Site site = SiteService.newSite(row);
            sites.persist(site);
            created++;
            outcome.add(new SiteImportDto.Row(i, site.id, site.name, site.regionCode, SiteImportDto.Outcome.CREATED));
        }
        sites.flush();
        return new SiteImportDto.Result(created, existing.size(), outcome);
    }

    private static void refuse(int status, List<FieldError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        errors.sort(BY_ROW);
        List<FieldError> listed = errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors;
        String detail = "the import was refused as a whole and nothing was written: " + errors.size() + " finding(s)"
                + (errors.size() > MAX_ERRORS ? ", the first " + MAX_ERRORS + " listed" : "")
                + (errors.size() == 1 ? " (" + errors.get(0).field() + ": " + errors.get(0).message() + ")" : "");
        throw switch (status) {
            case 403 -> new ApiException(403, "forbidden", "Forbidden", detail, listed);
            case 422 -> ApiException.unprocessable(detail, listed);
            default -> ApiException.badRequest(detail, listed);
        };
    }
}
