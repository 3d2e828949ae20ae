package org.consultationregistry.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach the database (refused, cut off, frozen, too slow to answer in time) from every other
 * failure, wherever in the chain of causes it lies.
 */
final class DatabaseUnavailable {

	/** PostgreSQL's SQLSTATE class for connection exceptions, such as a connection refused or broken. */
	private static final String CONNECTION_EXCEPTION = "08";

	/** The server is shutting down, crashed, or cancelled the statement (statement timeout). */
	private static final String[] UNAVAILABLE_STATES = { "57P01", "57P02", "57P03", "57014" };

	private DatabaseUnavailable() {
	}

	static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof QueryTimeoutException || cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException || cause instanceof JDBCConnectionException) {
				return true;
			}
			// Beginning, committing or rolling back failed against the connection itself (such as "Connection is
			// closed", which carries no SQLSTATE): the connection is gone.
			if (cause instanceof TransactionException && cause.getCause() instanceof SQLException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith(CONNECTION_EXCEPTION) || isUnavailableState(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	/** The deepest cause: what the driver or the pool actually said. */
	static Throwable innermost(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static boolean isUnavailableState(String state) {
		for (String unavailable : UNAVAILABLE_STATES) {
			if (unavailable.equals(state)) {
				return true;
			}
		}
		return false;
	}

}
