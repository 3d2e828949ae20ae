package org.consultationregistry.shared;

import java.util.UUID;
import java.util.function.LongSupplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a create form safe to submit twice. Each form carries a one-time token; the first submission claims it and
 * creates the record, and any later one with the same token gets that record back instead of a second copy. A
 * submission that arrives while the first is still being saved waits for it (the claim is a row lock).
 */
@Component
public class FormSubmissions {

	private final JdbcTemplate jdbc;

	FormSubmissions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Runs {@code create} unless a record was already created with this token.
	 * @return the id of the record created now, or earlier with the same token
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long once(UUID token, String recordType, LongSupplier create) {
		if (token == null) {
			return create.getAsLong();
		}
		int claimed = this.jdbc.update(
				"insert into form_submission (token, record_type) values (?, ?) on conflict do nothing", token,
				recordType);
		if (claimed == 0) {
			return this.jdbc.queryForObject("select record_id from form_submission where token = ?", Long.class,
					token);
		}
		long id = create.getAsLong();
		this.jdbc.update("update form_submission set record_id = ? where token = ?", id, token);
		return id;
	}

}
