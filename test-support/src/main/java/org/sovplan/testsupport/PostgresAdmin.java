package org.sovplan.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates and drops throw-away databases on the PostgreSQL server that {@code ./sovplan}
 * provisioned, or the one named by {@code SOVPLAN_DB_HOST}, {@code SOVPLAN_DB_PORT},
 * {@code SOVPLAN_DB_ADMIN_USER} and {@code SOVPLAN_DB_ADMIN_PASSWORD}.
 */
public final class PostgresAdmin {

    private PostgresAdmin() {
    }

    /** A fresh database name with this prefix, e.g. {@code sovplan_capacity_test_1a2b3c4d5e}. */
    public static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static void create(String database) {
        execute("CREATE DATABASE " + database);
    }

    public static void drop(String database) {
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    public static String user() {
        return setting("SOVPLAN_DB_ADMIN_USER", "postgres");
    }

    public static String password() {
        return setting("SOVPLAN_DB_ADMIN_PASSWORD", "");
    }

    private static String host() {
        return setting("SOVPLAN_DB_HOST", "127.0.0.1");
    }

    private static String port() {
        return setting("SOVPLAN_DB_PORT", "5432");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(
                jdbcUrl(setting("SOVPLAN_DB_ADMIN_DATABASE", "postgres")), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host() + ":" + port() + " refused '" + sql + "': "
                    + e.getMessage() + ". Run the tests with ./sovplan test, which provisions PostgreSQL.", e);
        }
    }

    private static String setting(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
