package org.sovplan.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sovplan.testsupport.PostgresAdmin;

/**
 * The whole platform for one test run: Keycloak, a fresh PostgreSQL database per service, the
 * services as packaged by the build (their {@code quarkus-run.jar}) and the gateway in front,
 * each on a free port and configured the way {@code ./sovplan up} and the Kubernetes ConfigMaps
 * configure them.
 */
public final class Stack implements AutoCloseable {

    /** Services with a database, in start order. */
    static final List<String> DATABASE_SERVICES = List.of("capacity-service", "energy-service", "placement-service");

    private final Path root = Path.of(System.getProperty("sovplan.root", "..")).toAbsolutePath().normalize();
    private final Path build = Path.of(System.getProperty("sovplan.build", "target")).toAbsolutePath();
    private final Keycloak keycloak = new Keycloak(root, build, freePort());
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ManagedProcess> processes = new LinkedHashMap<>();
    private final List<String> databases = new ArrayList<>();
    private boolean dashboardReady;
    /** energy-service's database lives on a cluster of its own, which the database outage test stops and starts. */
    private final PrivatePostgres energyDatabase = new PrivatePostgres();
    static final String PRIVATE_DATABASE_SERVICE = "energy-service";

    void start() {
        keycloak.start();
        energyDatabase.initialise();
        for (String service : DATABASE_SERVICES) {
            ports.put(service, freePort());
        }
        ports.put("gateway", freePort());
        for (String service : ports.keySet()) {
            processes.put(service, serviceProcess(service));
        }
        keycloak.awaitReady();
        processes.values().forEach(ManagedProcess::start);
        processes.values().forEach(p -> p.awaitReady(readyTimeout()));
    }

    /** How long a service may take to get ready: 3 minutes, or -Dsovplan.stack.ready-timeout=PT6M on a busy machine. */
    static Duration readyTimeout() {
        return Duration.parse(System.getProperty("sovplan.stack.ready-timeout", "PT3M"));
    }

    /** The gateway's base URL: the only address the tests talk to. */
    public String gatewayUrl() {
        return "http://127.0.0.1:" + ports.get("gateway");
    }

    public String token(String user) {
        return keycloak.token(user);
    }

    public String shortLivedToken(String user) {
        return keycloak.shortLivedToken(user);
    }

    public String issuer() {
        return keycloak.realmUrl();
    }

    /**
     * Prepares the stack for the browser: the dashboard's client may sign in at this gateway's address, and
     * the demo data of {@code deploy/demo} is loaded through the gateway (as ada), once; the loaders skip
     * what exists.
     */
    public synchronized void prepareDashboard() {
        if (dashboardReady) {
            return;
        }
        keycloak.allowDashboardAt(gatewayUrl());
        String ada = token("ada");
        for (String loader : List.of("capacity", "energy", "placement")) {
            runToCompletion(List.of("bash", root.resolve("deploy/demo/load-" + loader + ".sh").toString(),
                    gatewayUrl(), ada), build.resolve("stack-logs").resolve("demo-" + loader + ".log"), Duration.ofMinutes(3));
        }
        dashboardReady = true;
    }

    /** Stops a service, as an outage would. */
    public void stop(String service) {
        processes.get(service).stop();
    }

    /** Starts a stopped service again and waits until it is ready. */
    public void restart(String service) {
        ManagedProcess process = processes.get(service);
        if (!process.isAlive()) {
            process.start();
        }
        process.awaitReady(readyTimeout());
    }

    /** Kills a service at once (SIGKILL), as a crash would; {@link #restart} starts it again. */
    public void kill(String service) {
        processes.get(service).kill();
    }

    /** Whether a service's process runs (the same process since it was last started). */
    boolean isRunning(String service) {
        return processes.get(service).isAlive();
    }

    /**
     * Restarts Keycloak, which then has new signing keys and user ids (its database is in memory). What the
     * stack changed in the realm is made again, so that the tests after this one find the realm as before.
     */
    public synchronized void restartKeycloak() {
        keycloak.restart();
        if (dashboardReady) {
            keycloak.allowDashboardAt(gatewayUrl());
        }
    }

    Keycloak keycloak() {
        return keycloak;
    }

    /** The PostgreSQL cluster that only {@link #PRIVATE_DATABASE_SERVICE} uses. */
    PrivatePostgres privateDatabase() {
        return energyDatabase;
    }

    /** The base URL of one service itself, bypassing the gateway (to check what it stored). */
    String serviceUrl(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    @Override
    public void close() {
        List<ManagedProcess> reversed = new ArrayList<>(processes.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(ManagedProcess::stop);
        keycloak.stop();
        databases.forEach(PostgresAdmin::drop);
        energyDatabase.close();
    }

    private ManagedProcess serviceProcess(String service) {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./sovplan test does)");
        }
        int port = ports.get(service);
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        if (PRIVATE_DATABASE_SERVICE.equals(service)) {
            String database = PostgresAdmin.uniqueName("sovplan_e2e_" + service.replace("-service", ""));
            energyDatabase.createDatabase(database);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", energyDatabase.jdbcUrl(database));
            env.put("QUARKUS_DATASOURCE_USERNAME", PrivatePostgres.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        } else if (DATABASE_SERVICES.contains(service)) {
            String database = PostgresAdmin.uniqueName("sovplan_e2e_" + service.replace("-service", ""));
            PostgresAdmin.create(database);
            databases.add(database);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", PostgresAdmin.jdbcUrl(database));
            env.put("QUARKUS_DATASOURCE_USERNAME", PostgresAdmin.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresAdmin.password());
        }
        env.putAll(wiring(service));
        env.putAll(faultTimings(service));
        return new ManagedProcess(service, List.of(javaExecutable(), "-Xmx384m", "-jar", jar.toString()), env,
                build.resolve("stack-logs"), URI.create("http://127.0.0.1:" + port + "/q/health/ready"));
    }

    /** How the services find each other; the same keys as in ./sovplan and k8s/. */
    private Map<String, String> wiring(String service) {
        String capacity = "http://127.0.0.1:" + ports.get("capacity-service");
        String energy = "http://127.0.0.1:" + ports.get("energy-service");
        String placement = "http://127.0.0.1:" + ports.get("placement-service");
        return switch (service) {
            case "placement-service" -> Map.of(
                    "QUARKUS_REST_CLIENT_CAPACITY_URL", capacity,
                    "QUARKUS_REST_CLIENT_ENERGY_URL", energy,
                    "QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", keycloak.realmUrl(),
                    "QUARKUS_OIDC_CLIENT_CLIENT_ID", "sovplan-placement",
                    "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", "placement-dev-secret");
            case "gateway" -> Map.of(
                    "SOVPLAN_GATEWAY_CAPACITY_URL", capacity,
                    "SOVPLAN_GATEWAY_ENERGY_URL", energy,
                    "SOVPLAN_GATEWAY_PLACEMENT_URL", placement);
            default -> Map.of();
        };
    }

    /** Runs a command to its end, its output in {@code log}; fails with the log's content unless it exits 0. */
    private static void runToCompletion(List<String> command, Path log, Duration limit) {
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            if (!process.waitFor(limit.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + limit);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Shorter fault timings than production's, so that the fault-injection tests stay quick: services re-read
     * the realm's keys every 5 s, and placement's plan leases run out after 10 s.
     */
    private static Map<String, String> faultTimings(String service) {
        Map<String, String> env = new HashMap<>();
        if (!"gateway".equals(service)) {
            env.put("SOVPLAN_SECURITY_SIGNING_KEYS_RECHECK_INTERVAL", "5S");
        }
        if ("placement-service".equals(service)) {
            env.put("SOVPLAN_PLACEMENT_REPLICA_LEASE_SECONDS", "10");
            env.put("SOVPLAN_PLACEMENT_REPLICA_RENEW_INTERVAL_SECONDS", "2");
        }
        return env;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port: " + e.getMessage(), e);
        }
    }
}
