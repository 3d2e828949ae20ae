package org.consultationregistry.shared;

import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where PostgreSQL may reuse a statement's plan. Every connection plans each statement for its own values
 * ({@code plan_cache_mode=force_custom_plan}, application.properties), because a plan kept for "any word and filters"
 * can read ten times the rows a plan for the words would. Statements whose plans are the same for every value gain
 * nothing from that and pay for it: planning was three quarters of a session page's database time.
 */
@Component
public class QueryPlans {

	private final JdbcTemplate jdbc;

	QueryPlans(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Lets the statements of the caller's transaction run on a plan PostgreSQL keeps for them, when it judges that
	 * plan as good as one made for the values (its default). For transactions whose statements all find rows by the
	 * id of one record, whose plans do not depend on which.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void reuseForThisTransaction() {
		this.jdbc.execute("set local plan_cache_mode = auto");
	}

	/**
	 * Lets only the statements of {@code work} run on plans PostgreSQL keeps, then plans the rest of the caller's
	 * transaction for its values again. For a few statements of a larger transaction whose plans were shown to be the
	 * same for every value. Should the work fail, the setting ends with the transaction its failure rolls back.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <T> T reusing(Supplier<T> work) {
		this.jdbc.execute("set local plan_cache_mode = auto");
		T result = work.get();
		// The connection's own setting (application.properties) is what DEFAULT means here.
		this.jdbc.execute("set local plan_cache_mode to default");
		return result;
	}

}
