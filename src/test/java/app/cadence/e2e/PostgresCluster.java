package app.cadence.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import app.cadence.support.DatabaseServer;

/**
 * A PostgreSQL cluster of the test's own — initdb'd under target/ on a free loopback port — that it
 * may stop and start at will; the shared server is never touched. Host connections need a password
 * (SCRAM), so the accounts are really authenticated. PostgreSQL refuses to run as root, so as root
 * the binaries run as the {@code postgres} OS user.
 */
final class PostgresCluster implements AutoCloseable {

    /** PostgreSQL's binaries (initdb, pg_ctl, pg_dump, pg_restore). */
    static final Path BIN = Path.of(System.getProperty("postgres.bin", "/usr/lib/postgresql/15/bin"));
    private static final String SUPERUSER = "postgres";

    final int port;
    private final Path home;
    private final String superuserPassword = "cluster-" + UUID.randomUUID();
    private boolean running;

    private PostgresCluster(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** A new cluster in the directory (emptied first), started. */
    static PostgresCluster create(Path directory) throws IOException, InterruptedException {
        Path home = directory.toAbsolutePath();
        if (Files.exists(home)) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(home);
        if (asRoot()) {
            UserPrincipalLookupService users = home.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(home, users.lookupPrincipalByName(SUPERUSER));
        }
        PostgresCluster cluster = new PostgresCluster(home, ServerProcess.freePort());
        Path passwordFile = home.resolve("superuser-password");
        Files.writeString(passwordFile, cluster.superuserPassword);
        if (asRoot()) {
            Files.setOwner(passwordFile, home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SUPERUSER));
        }
        cluster.run("initdb", "-D", cluster.data().toString(), "-U", SUPERUSER, "--pwfile=" + passwordFile,
                "--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8");
        cluster.start();
        return cluster;
    }

    /** Starts the server and returns once it accepts connections. */
    void start() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data().toString(), "-l", home.resolve("postgres.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + home, "start");
        running = true;
    }

    /** Fast shutdown, as an operator's restart does: sessions are terminated, open transactions roll back. */
    void stop() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data().toString(), "-m", "fast", "-w", "-t", "60", "stop");
        running = false;
    }

    DatabaseServer server() {
        return new DatabaseServer("jdbc:postgresql://127.0.0.1:" + port + "/", SUPERUSER, superuserPassword);
    }

    private Path data() {
        return home.resolve("data");
    }

    private void run(String binary, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        command.add(BIN.resolve(binary).toString());
        command.addAll(List.of(arguments));
        Path output = home.resolve(binary + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(binary + " failed; see " + output);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public void close() {
        if (running) {
            try {
                run("pg_ctl", "-D", data().toString(), "-m", "immediate", "-w", "stop");
                running = false;
            } catch (IOException | RuntimeException e) {
                // best effort: the data directory is under target/ and goes with the next clean
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
