package org.consultationregistry.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.query.spi.QueryParameterBindings;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.sql.SqmTranslator;
import org.hibernate.query.sqm.sql.StandardSqmTranslatorFactory;
import org.hibernate.query.sqm.tree.select.SqmSelectStatement;
import org.hibernate.sql.ast.spi.SqlAstCreationContext;
import org.hibernate.sql.ast.tree.select.SelectStatement;

/**
 * Hibernate's own translator of queries to SQL, counting how often it is asked to translate one. Hibernate's
 * statistics cannot tell: a query it will not cache (an entity graph, a multi-valued parameter) is translated on
 * every execution without counting as a query plan cache miss. Installed for every {@link PortalTest}.
 */
public class CountingSqmTranslatorFactory extends StandardSqmTranslatorFactory {

	private static final int RECENT = 20;

	private final AtomicLong selectTranslations = new AtomicLong();

	private final Deque<String> recent = new ArrayDeque<>();

	@Override
	public SqmTranslator<SelectStatement> createSelectTranslator(SqmSelectStatement<?> sqmSelectStatement,
			QueryOptions queryOptions, DomainParameterXref domainParameterXref,
			QueryParameterBindings domainParameterBindings, LoadQueryInfluencers loadQueryInfluencers,
			SqlAstCreationContext creationContext, boolean deduplicateSelectionItems) {
		this.selectTranslations.incrementAndGet();
		synchronized (this.recent) {
			this.recent.addFirst(sqmSelectStatement.toHqlString());
			if (this.recent.size() > RECENT) {
				this.recent.removeLast();
			}
		}
		return super.createSelectTranslator(sqmSelectStatement, queryOptions, domainParameterXref,
				domainParameterBindings, loadQueryInfluencers, creationContext, deduplicateSelectionItems);
	}

	/** How many select queries have been translated to SQL since the portal started. */
	public long selectTranslations() {
		return this.selectTranslations.get();
	}

	/** The last few select queries translated, newest first: which ones a failing test translated. */
	public List<String> recentTranslations(long count) {
		synchronized (this.recent) {
			return this.recent.stream().limit(count).toList();
		}
	}

}
