package org.consultationregistry.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connections Flyway migrates with, taken from the portal's pool but free of the time limits that keep a page
 * from waiting on a stuck database: building an index on a large table may take minutes. Each connection drops the
 * socket and statement timeouts while Flyway holds it and takes them back when it is returned to the pool.
 */
final class MigrationConnections extends DelegatingDataSource {

	MigrationConnections(DataSource pool) {
		super(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return withoutTimeouts(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return withoutTimeouts(super.getConnection(username, password));
	}

	private static Connection withoutTimeouts(Connection connection) throws SQLException {
		int socketTimeout = connection.getNetworkTimeout();
		connection.setNetworkTimeout(Runnable::run, 0);
		execute(connection, "set statement_timeout = 0");
		return (Connection) Proxy.newProxyInstance(MigrationConnections.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("close") && !connection.isClosed()) {
						restore(connection, socketTimeout);
					}
					try {
						return method.invoke(connection, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				});
	}

	/**
	 * Gives the connection its time limits back; one that cannot take them is closed for good, so that the pool
	 * replaces it rather than lend it to a page without them.
	 */
	private static void restore(Connection connection, int socketTimeout) throws SQLException {
		try {
			execute(connection, "reset statement_timeout");
			connection.setNetworkTimeout(Runnable::run, socketTimeout);
		}
		catch (SQLException ex) {
			connection.abort(Runnable::run);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		if (!autoCommit) {
			connection.commit();
		}
	}

}
