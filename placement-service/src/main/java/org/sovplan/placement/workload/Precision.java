package org.sovplan.placement.workload;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Numeric precision of the weights (and of the arithmetic); written bf16, fp8, int8, int4. */
@Schema(type = SchemaType.STRING, enumeration = { "bf16", "fp8", "int8", "int4" })
public enum Precision {
    BF16(2.0), FP8(1.0), INT8(1.0), INT4(0.5);

    private final double bytesPerParam;

    Precision(double bytesPerParam) {
        this.bytesPerParam = bytesPerParam;
    }

    /** Bytes one parameter occupies in accelerator memory at this precision. */
    public double bytesPerParam() {
        return bytesPerParam;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static Precision fromString(String value) {
        for (Precision p : values()) {
            if (p.label().equalsIgnoreCase(value)) {
                return p;
            }
        }
        throw new IllegalArgumentException("precision must be one of bf16, fp8, int8, int4");
    }

    @Override
    public String toString() {
        return label();
    }
}
