package org.sovplan.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of its own for one service of the stack, on a free port, so that a test can take
 * that service's database down and up without touching the shared server. Made with the server's own
 * {@code initdb} and {@code pg_ctl} (run as the {@code postgres} user when the tests run as root, since
 * PostgreSQL refuses to run as root); trust authentication, listening on 127.0.0.1 only.
 */
final class PrivatePostgres implements AutoCloseable {

    static final String USER = "postgres";
    private static final Path BIN = Path.of(System.getenv().getOrDefault("SOVPLAN_PG_BIN", "/usr/lib/postgresql/15/bin"));

    private final Path dataDirectory = Path.of(System.getProperty("java.io.tmpdir"),
            "sovplan-e2e-pg-" + UUID.randomUUID().toString().substring(0, 8));
    private final int port = freePort();

    void initialise() {
        run(List.of(BIN.resolve("initdb").toString(), "-D", dataDirectory.toString(), "-U", USER, "-A", "trust",
                "--no-sync"));
        start();
    }

    /** Starts the cluster and waits until it accepts connections. */
    void start() {
        run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-l",
                dataDirectory.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dataDirectory, "start"));
    }

    /** Starts the cluster unless it runs (after a test that stopped it failed half-way). */
    void ensureStarted() {
        if (!Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            start();
        }
    }

    /** Stops the cluster at once, as a crash would (open connections are cut, no checkpoint). */
    void crash() {
        run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-m", "immediate", "-w",
                "stop"));
    }

    void createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + name + " on the private cluster: " + e.getMessage(), e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            crash();
        }
        run(List.of("rm", "-rf", dataDirectory.toString()));
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name")) && !"rm".equals(command.get(0))) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + full + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port: " + e.getMessage(), e);
        }
    }
}
