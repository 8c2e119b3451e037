package org.sovplan.energy.headroom;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sovplan.energy.upgrade.GridUpgradeStatus;

/** The net headroom of a zone on a date, with the upgrades that count towards it. */
@Schema(name = "Headroom")
public record HeadroomDto(
        @Schema(example = "KE") String zoneCode,
        @Schema(example = "2027-01-01") LocalDate asOf,
        @Schema(description = "The zone's recorded headroomMw", example = "120.0") double baseHeadroomMw,
        @Schema(description = "Sum of addedMw of upgrades online by asOf, CANCELLED excluded", example = "50.0")
        double upgradesMw,
        @Schema(description = "Sum of contractedMw of the zone's power supplies", example = "12.0") double contractedMw,
        @Schema(description = "baseHeadroomMw + upgradesMw - contractedMw; negative when over-contracted",
                example = "158.0") double headroomMw,
        List<CountedUpgrade> upgrades) {

    /** An upgrade that counts towards the headroom on {@code asOf}. */
    @Schema(name = "HeadroomUpgrade")
    public record CountedUpgrade(
            UUID id,
            @Schema(example = "Olkaria geothermal expansion (illustrative)") String name,
            @Schema(example = "50.0") double addedMw,
            @Schema(example = "50.0") double renewableMw,
            @Schema(example = "2026-09-01") LocalDate expectedOnline,
            @Schema(example = "APPROVED") GridUpgradeStatus status) {
    }
}
