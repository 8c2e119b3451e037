package org.sovplan.placement.scenario;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.sovplan.placement.sizing.WorkloadSpec;

/**
 * What one unit of a demand line is, in words a reader of the report understands: one instance of
 * the line's workload at its sized peak. A line asking 3 units in a year asks three times that
 * workload (three times the tokens per second, or three training runs).
 */
final class DemandUnits {

    private DemandUnits() {
    }

    static String describe(WorkloadSpec w) {
        String model = number(w.paramsBillion()) + "B-parameter model at " + w.precision().label();
        return switch (w.type()) {
            case TRAINING, FINE_TUNING -> "one " + (w.type() == org.sovplan.placement.workload.WorkloadType.TRAINING
                    ? "training" : "fine-tuning") + " run of a " + model
                    + (w.trainTokensBillion() == null ? "" : " on " + number(w.trainTokensBillion()) + "B tokens")
                    + (w.targetDays() == null ? "" : " in " + number(w.targetDays()) + " days");
            case LLM_INFERENCE, SLM_INFERENCE, EDGE_INFERENCE -> "a " + model + " serving "
                    + (w.peakTokensPerSec() == null ? "its peak" : number(w.peakTokensPerSec()) + " tokens/s at peak");
        };
    }

    private static String number(double value) {
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(BigDecimal.valueOf(value));
    }
}
