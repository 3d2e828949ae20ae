package org.consultationregistry.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.postgresql.Driver;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests run against, one per test JVM. Where a Docker engine is reachable it is a
 * Testcontainers PostgreSQL; otherwise it is the server named by {@code TEST_DATABASE_URL} (default: the one on
 * localhost), in a database created for this run and dropped when the run ends, so the portal's own database is
 * never touched. Setting {@code TEST_DATABASE_URL} skips the Docker check.
 */
public final class TestDatabase {

	private static final String DEFAULT_SERVER = "jdbc:postgresql://localhost:5432/postgres";

	private static TestDatabase instance;

	private final String serverUrl;

	private final String url;

	private final String username;

	private final String password;

	private TestDatabase(String serverUrl, String url, String username, String password) {
		this.serverUrl = serverUrl;
		this.url = url;
		this.username = username;
		this.password = password;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	private static TestDatabase start() {
		String configured = System.getenv("TEST_DATABASE_URL");
		if (configured == null && DockerClientFactory.instance().isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
			container.start();
			System.out.println("Tests use a Testcontainers PostgreSQL at " + container.getJdbcUrl());
			String server = withDatabase(container.getJdbcUrl(), "postgres");
			return new TestDatabase(server, container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		String server = (configured != null) ? configured : DEFAULT_SERVER;
		String username = envOrDefault("TEST_DATABASE_USERNAME", "postgres");
		String password = envOrDefault("TEST_DATABASE_PASSWORD", "");
		String name = "registry_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
				+ "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
		TestDatabase database = new TestDatabase(server, withDatabase(server, name), username, password);
		database.create(name);
		System.out.println("Tests use database " + name + " on " + server + ((configured != null) ? ""
				: " (no Docker engine for Testcontainers)") + "; it is dropped when the tests end.");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> database.drop(name), "drop-" + name));
		return database;
	}

	public String url() {
		return this.url;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	/** The JDBC URL of another database on the same server, such as one made by {@link #create}. */
	public String urlOf(String database) {
		return withDatabase(this.serverUrl, database);
	}

	/** Creates an empty database on the test server. */
	public void create(String database) {
		execute("create database \"" + database + "\"");
	}

	/** Drops a database on the test server, ending any connections still open to it. */
	public void drop(String database) {
		execute("drop database if exists \"" + database + "\" with (force)");
	}

	private void execute(String sql) {
		Properties credentials = new Properties();
		credentials.setProperty("user", this.username);
		credentials.setProperty("password", this.password);
		try (Connection connection = DriverManager.getConnection(this.serverUrl, credentials);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + this.serverUrl
					+ ": is PostgreSQL running there (or set TEST_DATABASE_URL)?", ex);
		}
	}

	private static String withDatabase(String jdbcUrl, String database) {
		Properties parsed = Driver.parseURL(jdbcUrl, null);
		if (parsed == null) {
			throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
		}
		return "jdbc:postgresql://" + parsed.getProperty("PGHOST") + ":" + parsed.getProperty("PGPORT") + "/"
				+ database;
	}

	private static String envOrDefault(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
