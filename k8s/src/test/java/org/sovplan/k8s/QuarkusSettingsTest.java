package org.sovplan.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The rule that turns a service's application.properties into the settings a cluster must give it. */
class QuarkusSettingsTest {

    @Test
    void mapsPropertyNamesToEnvironmentVariablesAsQuarkusDoes() {
        assertEquals(Set.of("QUARKUS_DATASOURCE_JDBC_URL"), QuarkusSettings.envNames("quarkus.datasource.jdbc.url"));
        assertEquals(Set.of("QUARKUS_OIDC_AUTH_SERVER_URL"), QuarkusSettings.envNames("quarkus.oidc.auth-server-url"));
        assertEquals(Set.of("QUARKUS_REST_CLIENT__CAPACITY__URL", "QUARKUS_REST_CLIENT_CAPACITY_URL"),
                QuarkusSettings.envNames("quarkus.rest-client.\"capacity\".url"));
    }

    @Test
    void requiresLocalhostDefaultsProdEntriesAndUnresolvedExpressions() {
        QuarkusSettings settings = QuarkusSettings.parse("""
                quarkus.http.port=8083
                quarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/sovplan_placement
                quarkus.rest-client."capacity".url=http://localhost:8081
                quarkus.oidc-client.credentials.secret=placement-dev-secret
                %prod.quarkus.oidc-client.credentials.secret=${PLACEMENT_CLIENT_SECRET}
                %prod.quarkus.log.console.json.enabled=true
                %dev.quarkus.log.level=DEBUG
                %test.quarkus.oidc.auth-server-url=http://localhost:9999/realms/test
                sovplan.greeting=${sovplan.name:SovPlan}
                quarkus.datasource.password=
                quarkus.smallrye-openapi.servers=
                """);
        Map<String, Set<String>> required = settings.required().stream()
                .collect(Collectors.toMap(QuarkusSettings.Requirement::property, QuarkusSettings.Requirement::envNames));
        assertEquals(Map.of(
                "quarkus.datasource.jdbc.url", Set.of("QUARKUS_DATASOURCE_JDBC_URL"),
                "quarkus.rest-client.\"capacity\".url",
                Set.of("QUARKUS_REST_CLIENT__CAPACITY__URL", "QUARKUS_REST_CLIENT_CAPACITY_URL"),
                "quarkus.oidc-client.credentials.secret",
                Set.of("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", "PLACEMENT_CLIENT_SECRET"),
                "quarkus.log.console.json.enabled", Set.of("QUARKUS_LOG_CONSOLE_JSON_ENABLED"),
                "quarkus.datasource.password", Set.of("QUARKUS_DATASOURCE_PASSWORD")), required);
    }

    @Test
    void aProdEntryOverridesTheDefaultValue() {
        QuarkusSettings settings = QuarkusSettings.parse("""
                quarkus.oidc.auth-server-url=http://127.0.0.1:8180/realms/sovplan
                %prod.quarkus.oidc.auth-server-url=https://sso.example.gov/realms/sovplan
                """);
        assertEquals("https://sso.example.gov/realms/sovplan", settings.prodValue("quarkus.oidc.auth-server-url").orElseThrow());
    }

    @Test
    void readsQuarkusDurations() {
        assertEquals(Duration.ofSeconds(20), QuarkusSettings.duration("20s"));
        assertEquals(Duration.ofSeconds(20), QuarkusSettings.duration("PT20S"));
        assertEquals(Duration.ofSeconds(20), QuarkusSettings.duration("20"));
        assertEquals(Duration.ofMillis(500), QuarkusSettings.duration("500ms"));
        assertEquals(Duration.ofMinutes(1), QuarkusSettings.duration("1m"));
    }
}
