package org.sovplan.capacity.site;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.sovplan.common.domain.SovereigntyLevel;

/** Stores a sovereignty level as its number, so that "at least SEAL-n" is a plain comparison in SQL. */
@Converter
public class SovereigntyLevelConverter implements AttributeConverter<SovereigntyLevel, Short> {

    @Override
    public Short convertToDatabaseColumn(SovereigntyLevel level) {
        return level == null ? null : (short) level.number();
    }

    @Override
    public SovereigntyLevel convertToEntityAttribute(Short value) {
        return value == null ? null : SovereigntyLevel.ofNumber(value);
    }
}
