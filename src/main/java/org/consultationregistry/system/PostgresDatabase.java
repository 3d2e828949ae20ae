package org.consultationregistry.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the portal's database on its PostgreSQL server when it is not there yet, so that a first run needs
 * nothing more than a reachable server.
 */
final class PostgresDatabase {

	private static final Logger logger = LoggerFactory.getLogger(PostgresDatabase.class);

	/** PostgreSQL's code for "database does not exist". */
	private static final String INVALID_CATALOG_NAME = "3D000";

	private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]{1,63}");

	private PostgresDatabase() {
	}

	/**
	 * Connects to {@code jdbcUrl}; if PostgreSQL answers that the database does not exist, connects to the server's
	 * {@code postgres} database with the same credentials and creates it.
	 */
	static void createIfMissing(String jdbcUrl, String username, String password) {
		Properties parsed = (jdbcUrl != null) ? Driver.parseURL(jdbcUrl, null) : null;
		if (parsed == null) {
			return;
		}
		String database = parsed.getProperty("PGDBNAME");
		try (Connection ignored = DriverManager.getConnection(jdbcUrl, credentials(username, password))) {
			return;
		}
		catch (SQLException ex) {
			if (!INVALID_CATALOG_NAME.equals(ex.getSQLState())) {
				return;
			}
		}
		if (!SAFE_NAME.matcher(database).matches()) {
			logger.warn("Database '{}' does not exist and its name is not one this portal creates by itself",
					database);
			return;
		}
		String serverUrl = "jdbc:postgresql://" + hostsAndPorts(parsed) + "/postgres";
		try (Connection connection = DriverManager.getConnection(serverUrl, credentials(username, password))) {
			if (!exists(connection, database)) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("create database \"" + database + "\"");
				}
				logger.info("Created database '{}'", database);
			}
		}
		catch (SQLException ex) {
			logger.warn("Database '{}' does not exist and could not be created: {}", database, ex.getMessage());
		}
	}

	private static boolean exists(Connection connection, String database) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			query.setString(1, database);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next();
			}
		}
	}

	private static String hostsAndPorts(Properties parsed) {
		String[] hosts = parsed.getProperty("PGHOST").split(",");
		String[] ports = parsed.getProperty("PGPORT").split(",");
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < hosts.length; i++) {
			result.append((i > 0) ? "," : "").append(hosts[i]).append(':').append(ports[i]);
		}
		return result.toString();
	}

	private static Properties credentials(String username, String password) {
		Properties properties = new Properties();
		if (username != null) {
			properties.setProperty("user", username);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		return properties;
	}

}
