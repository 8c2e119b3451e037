package org.sovplan.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a test run its own PostgreSQL database, created on start and dropped on stop (see
 * {@link PostgresAdmin} for which server). Pass the database name prefix as the {@code prefix}
 * init argument.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = PostgresAdmin.uniqueName(initArgs.getOrDefault("prefix", "sovplan") + "_test");
    }

    @Override
    public Map<String, String> start() {
        PostgresAdmin.create(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", PostgresAdmin.jdbcUrl(database),
                "quarkus.datasource.username", PostgresAdmin.user(),
                "quarkus.datasource.password", PostgresAdmin.password());
    }

    @Override
    public void stop() {
        PostgresAdmin.drop(database);
    }
}
