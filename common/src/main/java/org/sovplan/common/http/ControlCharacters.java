package org.sovplan.common.http;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON strings may escape any character ({@code "\u0000"}), so a parser alone lets a NUL reach the
 * database, which refuses it. Every string read from a request body is checked here: C0 control
 * characters and DEL are refused (400 naming the field), except tab, line feed and carriage return, which
 * belong in free text such as notes.
 */
@Singleton
public class ControlCharacters implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("sovplan-control-characters")
                .addDeserializer(String.class, new CheckedStrings()));
    }

    /**
     * The index of the first forbidden character, or -1.
     *
     * @param allowWhitespace whether tab, line feed and carriage return are allowed
     */
    public static int find(String value, boolean allowWhitespace) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 || c == 0x7f) && !(allowWhitespace && (c == '\t' || c == '\n' || c == '\r'))) {
                return i;
            }
        }
        return -1;
    }

    static final class CheckedStrings extends StringDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            int at = find(value, true);
            if (at >= 0) {
                String message = String.format("must not contain the control character U+%04X", (int) value.charAt(at));
                throw ValueInstantiationException.from(parser, message, context.constructType(String.class),
                        new IllegalArgumentException(message));
            }
            return value;
        }
    }
}
