package org.sovplan.capacity.site;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of a site import. */
public final class SiteImportDto {

    private SiteImportDto() {
    }

    /** What happened to one row. */
    public enum Outcome {
        CREATED, SKIPPED
    }

    @Schema(name = "SiteImportRow")
    public record Row(
            @Schema(description = "Zero-based index of the row in the array, or of the data row in the CSV (line row + 2)",
                    example = "0") int row,
            @Schema(example = "0b6f2d4e-8a41-4a5e-9d7c-1f0e7a3b2c10") UUID id,
            @Schema(example = "Nairobi Sovereign Cloud 1") String name,
            @Schema(example = "KE-30") String regionCode,
            @Schema(description = "SKIPPED: a site of that name existed and ifExists=skip was given", example = "CREATED")
            Outcome outcome) {
    }

    @Schema(name = "SiteImportResult")
    public record Result(
            @Schema(example = "12") int created,
            @Schema(example = "0") int skipped,
            List<Row> rows) {
    }
}
