package org.consultationregistry.account;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address in the database (so that every instance of the portal counts
 * together), and says when the next attempt may be made. After a few failures each further attempt must wait a
 * little; after more, the account or address is locked for a while. Both clear by themselves with time: a failure
 * after a quiet spell as long as the lock starts the count again.
 */
@Component
class SignInThrottle {

	/**
	 * How many failures slow down and then lock one account or one address.
	 *
	 * @param slowAfter failures after which each attempt must wait {@code pause} after the last failure
	 * @param lockAfter failures after which no attempt is taken until {@code lock} after the last failure
	 */
	record Rule(int slowAfter, Duration pause, int lockAfter, Duration lock) {

		/** When the next attempt may be made, if not now. */
		Optional<Refusal> refusal(int failures, Instant lastFailureAt, Instant now) {
			if (!lastFailureAt.plus(this.lock).isAfter(now)) {
				return Optional.empty();
			}
			if (failures >= this.lockAfter) {
				return Optional.of(new Refusal(lastFailureAt.plus(this.lock), true));
			}
			Instant next = lastFailureAt.plus(this.pause);
			return (failures >= this.slowAfter && next.isAfter(now)) ? Optional.of(new Refusal(next, false))
					: Optional.empty();
		}

	}

	/** An attempt not even tried: until when, and whether it is a lock or only a pause. */
	record Refusal(Instant until, boolean locked) implements Serializable {

		Refusal laterOf(Refusal other) {
			return other.until.isAfter(this.until) ? other : this;
		}

	}

	/** One person guessing at their own forgotten password gets a few tries before waiting. */
	static final Rule ACCOUNT = new Rule(3, Duration.ofSeconds(30), 6, Duration.ofMinutes(15));

	/** Many people may share an address (an office behind one gateway), so it takes more to slow it. */
	static final Rule ADDRESS = new Rule(10, Duration.ofSeconds(30), 40, Duration.ofMinutes(15));

	private static final int KEY_LENGTH = 100;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SignInThrottle(JdbcTemplate jdbc, @Qualifier("registryClock") Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Why an attempt for this username from this address is not even tried, if it is not. */
	Optional<Refusal> refusal(String username, String address) {
		Instant now = this.clock.instant();
		Optional<Refusal> byAccount = refusal("ACCOUNT", accountKey(username), ACCOUNT, now);
		Optional<Refusal> byAddress = refusal("ADDRESS", addressKey(address), ADDRESS, now);
		if (byAccount.isPresent() && byAddress.isPresent()) {
			return Optional.of(byAccount.get().laterOf(byAddress.get()));
		}
		return byAccount.or(() -> byAddress);
	}

	/** Counts a failed attempt against the account and the address, in the caller's transaction. */
	void failed(String username, String address) {
		count("ACCOUNT", accountKey(username), ACCOUNT.lock());
		count("ADDRESS", addressKey(address), ADDRESS.lock());
	}

	/** The account's owner knew the password: its count starts again. The address keeps its count. */
	void succeeded(String username) {
		this.jdbc.update("delete from sign_in_failure where kind = 'ACCOUNT' and key = ?", accountKey(username));
	}

	private Optional<Refusal> refusal(String kind, String key, Rule rule, Instant now) {
		List<Optional<Refusal>> found = this.jdbc.query(
				"select failures, last_failure_at from sign_in_failure where kind = ? and key = ?",
				(row, i) -> rule.refusal(row.getInt("failures"),
						row.getObject("last_failure_at", Timestamp.class).toInstant(), now),
				kind, key);
		return found.isEmpty() ? Optional.empty() : found.get(0);
	}

	private void count(String kind, String key, Duration quietSpell) {
		Instant now = this.clock.instant();
		this.jdbc.update("""
				insert into sign_in_failure (kind, key, failures, last_failure_at) values (?, ?, 1, ?)
				on conflict (kind, key) do update set
				    failures = case when sign_in_failure.last_failure_at <= excluded.last_failure_at - ?::interval
				                    then 1 else sign_in_failure.failures + 1 end,
				    last_failure_at = excluded.last_failure_at
				""", kind, key, Timestamp.from(now), quietSpell.toSeconds() + " seconds");
	}

	/** The name as typed, in lower case, without NUL bytes (PostgreSQL refuses them; only a client sends them). */
	private static String accountKey(String username) {
		return truncate((username != null) ? username.replace("\0", "").strip().toLowerCase(Locale.ROOT) : "");
	}

	private static String addressKey(String address) {
		return truncate((address != null) ? address : "");
	}

	private static String truncate(String key) {
		return (key.length() > KEY_LENGTH) ? key.substring(0, KEY_LENGTH) : key;
	}

}
