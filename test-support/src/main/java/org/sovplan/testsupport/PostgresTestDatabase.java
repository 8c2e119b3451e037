package org.sovplan.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a test run its own PostgreSQL database, created on start and dropped on stop, on the
 * server that {@code ./sovplan} provisioned (or the one named by {@code SOVPLAN_DB_HOST},
 * {@code SOVPLAN_DB_PORT}, {@code SOVPLAN_DB_ADMIN_USER}, {@code SOVPLAN_DB_ADMIN_PASSWORD}).
 * Pass the database name prefix as the {@code prefix} init argument.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        String prefix = initArgs.getOrDefault("prefix", "sovplan");
        database = prefix + "_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Override
    public Map<String, String> start() {
        execute("CREATE DATABASE " + database);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", adminUser(),
                "quarkus.datasource.password", adminPassword());
    }

    @Override
    public void stop() {
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(setting("SOVPLAN_DB_ADMIN_DATABASE",
                "postgres")), adminUser(), adminPassword()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + setting("SOVPLAN_DB_HOST", "127.0.0.1") + ":"
                    + setting("SOVPLAN_DB_PORT", "5432") + " refused '" + sql + "': " + e.getMessage()
                    + ". Run the tests with ./sovplan test, which provisions PostgreSQL.", e);
        }
    }

    private static String jdbcUrl(String db) {
        return "jdbc:postgresql://" + setting("SOVPLAN_DB_HOST", "127.0.0.1") + ":"
                + setting("SOVPLAN_DB_PORT", "5432") + "/" + db;
    }

    private static String adminUser() {
        return setting("SOVPLAN_DB_ADMIN_USER", "postgres");
    }

    private static String adminPassword() {
        return setting("SOVPLAN_DB_ADMIN_PASSWORD", "");
    }

    private static String setting(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
