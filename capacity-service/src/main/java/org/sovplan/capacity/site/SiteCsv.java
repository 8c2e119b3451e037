package org.sovplan.capacity.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Problem.FieldError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Reads the CSV form of a site import into the same JSON rows the JSON form carries, so that
 * both go through one validation. The first line names the columns (any order, the JSON field
 * names); an empty cell is an absent value; {@code certifications} are separated by {@code ;}
 * and {@code pools} are written {@code MODEL:COUNT;MODEL:COUNT}.
 */
final class SiteCsv {

    /** Every column a file may have. */
    static final List<String> COLUMNS = List.of("name", "regionCode", "type", "operator", "operatorHqCountry",
            "jurisdiction", "sovereigntyLevel", "certifications", "status", "availableFrom", "itCapacityMw", "pue",
            "gridZoneCode", "lat", "lon", "tier", "pools", "source", "estimated");

    /** The columns a file must have: the required fields of a site. */
    static final Set<String> REQUIRED = Set.of("name", "regionCode", "type", "operator", "operatorHqCountry",
            "jurisdiction", "sovereigntyLevel", "status", "itCapacityMw", "pue", "gridZoneCode", "lat", "lon");

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private SiteCsv() {
    }

    /**
     * The rows as JSON objects, with per-row format errors (such as a malformed pools cell) added
     * to {@code errors} instead of thrown.
     *
     * @throws ApiException 400 for a missing or bad header or a structurally broken file, 413 past {@code maxRows}
     */
    static List<JsonNode> read(String body, int maxRows, List<FieldError> errors) {
        String text = body == null ? "" : body.startsWith("\uFEFF") ? body.substring(1) : body;
        if (text.isBlank()) {
            throw ApiException.invalidField("body", "is empty; expected a header line and one line per site");
        }
        List<JsonNode> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> lines = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            checkHeader(lines);
            while (lines.hasNextValue()) {
                Map<String, String> cells = lines.nextValue();
                if (rows.size() == maxRows) {
                    throw SiteImportService.tooManyRows(maxRows);
                }
                rows.add(toJson(cells, "rows[" + rows.size() + "].", errors));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.invalidField("rows[" + rows.size() + "]",
                    "is not a well-formed CSV line (line " + (rows.size() + 2) + "): check quotes and the number of cells");
        }
        return rows;
    }

    private static void checkHeader(MappingIterator<Map<String, String>> lines) throws IOException {
        if (!lines.hasNextValue() && ((CsvSchema) lines.getParserSchema()).size() == 0) {
            throw ApiException.invalidField("header", "is missing");
        }
        CsvSchema header = (CsvSchema) lines.getParserSchema();
        List<FieldError> errors = new ArrayList<>();
        List<String> names = new ArrayList<>();
        header.forEach(column -> names.add(column.getName()));
        for (String name : names) {
            if (!COLUMNS.contains(name)) {
                errors.add(new FieldError("header." + name, "unknown column; columns are " + COLUMNS));
            }
        }
        REQUIRED.stream().filter(name -> !names.contains(name)).sorted()
                .forEach(name -> errors.add(new FieldError("header." + name, "required column is missing")));
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("the CSV header is not the documented one", errors);
        }
    }

    private static ObjectNode toJson(Map<String, String> cells, String prefix, List<FieldError> errors) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        Map<String, String> present = new LinkedHashMap<>();
        cells.forEach((column, value) -> {
            if (value != null && !value.isBlank()) {
                present.put(column, value.strip());
            }
        });
        present.forEach((column, value) -> {
            switch (column) {
                case "certifications" -> row.set(column, list(value));
                case "pools" -> row.set(column, pools(value, prefix, errors));
                default -> row.put(column, value);
            }
        });
        return row;
    }

    private static ArrayNode list(String cell) {
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        for (String value : cell.split(";")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static ArrayNode pools(String cell, String prefix, List<FieldError> errors) {
        ArrayNode pools = JsonNodeFactory.instance.arrayNode();
        for (String entry : cell.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split(":");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                errors.add(new FieldError(prefix + "pools", "cannot read '" + entry.strip()
                        + "'; write pools as MODEL:COUNT;MODEL:COUNT, e.g. NVIDIA_H100_SXM:64;NVIDIA_L4:16"));
                continue;
            }
            pools.addObject().put("modelCode", parts[0].strip()).put("installed", parts[1].strip());
        }
        return pools;
    }
}
