package org.sovplan.capacity.reservation;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an exact decimal as a plain JSON number ({@code 0.000108}, never {@code 1.08E-4} or
 * {@code 0E-6}): reserved power is exact to the watt, and reads so.
 */
public class PlainDecimal extends StdSerializer<BigDecimal> {

    public PlainDecimal() {
        super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeNumber(value.toPlainString());
    }
}
