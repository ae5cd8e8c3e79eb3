package dev.parley.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's storage seam: a HikariCP pool over the embedded H2 file database in the data
 * directory, migrated by Flyway at start, plus transaction helpers for the feature stores.
 *
 * <p>Migrations live in {@code db/migration} and are written for H2 and PostgreSQL alike, so
 * the multi-node mode only swaps the JDBC URL. H2 runs with {@code DB_CLOSE_ON_EXIT=FALSE}: the
 * server, not H2's own shutdown hook, decides when the database closes, so a SIGTERM finishes
 * in-flight writes first. Closing the pool closes the database.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Opens (creating if needed) the H2 database {@code parley} in {@code dataDir} and migrates it. */
    public static Database openH2(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StorageException("cannot create data directory " + dataDir, e);
        }
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("parley")
                + ";DB_CLOSE_ON_EXIT=FALSE";
        HikariConfig config = new HikariConfig();
        config.setPoolName("parley-db");
        config.setJdbcUrl(url);
        config.setUsername("parley");
        config.setPassword("");
        // Enough for the request workers on a small machine; H2 serializes writes anyway.
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool);
    }

    private static void migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        var result = flyway.migrate();
        var current = flyway.info().current();
        LOG.info("database schema at version {} ({} migrations applied now)",
                current == null ? "none" : current.getVersion(), result.migrationsExecuted);
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                // an Error too: the finally below re-enables auto-commit, which would commit a
                // half-done transaction
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("transaction failed: " + describe(e), e);
        }
    }

    /** Runs read-only or single-statement work with auto-commit. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StorageException("query failed: " + describe(e), e);
        }
    }

    /**
     * SQL state and vendor code, without the driver's message: H2 quotes the offending values
     * (message text, names) there, and those must not reach the logs.
     */
    static String describe(SQLException e) {
        return "SQLState " + e.getSQLState() + ", error " + e.getErrorCode();
    }

    /**
     * Makes everything committed so far survive the process being killed ({@code FLUSH}: H2's
     * {@code CHECKPOINT} writes the pending changes to the file) or a power loss ({@code FSYNC}:
     * {@code CHECKPOINT SYNC} also forces the file to disk).
     */
    void makeDurable(Durability durability) {
        read(c -> {
            try (var st = c.createStatement()) {
                st.execute(durability == Durability.FSYNC ? "CHECKPOINT SYNC" : "CHECKPOINT");
            }
            return null;
        });
    }

    /** Instants are stored as UTC {@code TIMESTAMP WITH TIME ZONE}. */
    public static OffsetDateTime toDb(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant fromDb(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** Whether an exception is a unique-constraint violation (SQLSTATE 23505 on H2 and PostgreSQL). */
    public static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        pool.close();
        LOG.info("database closed");
    }
}
