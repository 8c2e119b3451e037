package org.sovplan.common.problem;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Counts are whole numbers: {@code "gpus": 1.5} is refused (400) instead of silently becoming 1.
 * Unknown fields are refused by each service's configuration
 * ({@code quarkus.jackson.fail-on-unknown-properties=true}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
