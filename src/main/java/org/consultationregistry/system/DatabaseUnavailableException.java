package org.consultationregistry.system;

/**
 * A request failed because the database could not be reached; {@link DatabaseUnavailableFilter} answers it with 503.
 */
class DatabaseUnavailableException extends RuntimeException {

	DatabaseUnavailableException(Throwable cause) {
		super(cause.getMessage(), cause);
	}

}
