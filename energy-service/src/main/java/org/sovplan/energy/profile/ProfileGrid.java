package org.sovplan.energy.profile;

import java.util.ArrayList;
import java.util.List;

import org.sovplan.common.problem.Problem.FieldError;

/**
 * Assembles validated rows into the 288-cell arrays of a profile, finding duplicate and missing
 * month x hour cells. Shared by the JSON and the CSV import so both answer alike.
 */
final class ProfileGrid {

    /** One row as read, with its position in the request for error paths. */
    record Cell(int index, int month, int hour, double carbonIntensityGPerKwh, double priceUsdPerMwh) {
    }

    final double[] carbon = new double[ZoneProfile.CELLS];
    final double[] price = new double[ZoneProfile.CELLS];
    final List<FieldError> errors = new ArrayList<>();

    static ProfileGrid of(List<Cell> cells) {
        ProfileGrid grid = new ProfileGrid();
        int[] firstIndex = new int[ZoneProfile.CELLS];
        java.util.Arrays.fill(firstIndex, -1);
        for (Cell cell : cells) {
            int at = ZoneProfile.cell(cell.month(), cell.hour());
            if (firstIndex[at] >= 0) {
                grid.errors.add(new FieldError("rows[" + cell.index() + "].hour", "duplicates rows[" + firstIndex[at]
                        + "] (month " + cell.month() + ", hour " + cell.hour() + ")"));
                continue;
            }
            firstIndex[at] = cell.index();
            grid.carbon[at] = cell.carbonIntensityGPerKwh();
            grid.price[at] = cell.priceUsdPerMwh();
        }
        List<String> missing = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (int hour = 0; hour < 24; hour++) {
                if (firstIndex[ZoneProfile.cell(month, hour)] < 0) {
                    missing.add("month " + month + " hour " + hour);
                }
            }
        }
        if (!missing.isEmpty()) {
            grid.errors.add(new FieldError("rows", "a profile needs one row for each of the 288 month x hour cells; "
                    + missing.size() + " missing: " + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                    + (missing.size() > 5 ? ", ..." : "")));
        }
        return grid;
    }
}
