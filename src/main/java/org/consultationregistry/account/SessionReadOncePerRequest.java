package org.consultationregistry.account;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a signed-in visitor's session from the sessions table once a request instead of three times. Spring Session
 * reads it when the request first needs it; Spring Security's session registry reads it again, to see whether an
 * admin has ended it; and Spring Session reads it a third time after the page has been sent, because saving the
 * session when the page is flushed forgets what it had read (spring-projects/spring-session#1731). Each read is a
 * transaction of its own, three round trips to PostgreSQL. Within one request ({@link Scope}) the later reads are
 * answered with the session read first, the very object Spring Session saves at the end; the next request reads it
 * afresh, so a session ended elsewhere is seen as ended on the next page.
 */
final class SessionReadOncePerRequest<S extends Session> implements FindByIndexNameSessionRepository<S> {

	private static final ThreadLocal<Map<String, Session>> READ = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<S> sessions;

	private SessionReadOncePerRequest(FindByIndexNameSessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	static <S extends Session> SessionReadOncePerRequest<S> around(FindByIndexNameSessionRepository<S> sessions) {
		return new SessionReadOncePerRequest<>(sessions);
	}

	@Override
	@SuppressWarnings("unchecked")
	public S findById(String id) {
		Map<String, Session> read = READ.get();
		if (read == null) {
			return this.sessions.findById(id);
		}
		Session known = read.get(id);
		if (known != null && known.getId().equals(id) && !known.isExpired()) {
			return (S) known;
		}
		S session = this.sessions.findById(id);
		if (session != null) {
			read.put(id, session);
		}
		return session;
	}

	@Override
	public void deleteById(String id) {
		Map<String, Session> read = READ.get();
		if (read != null) {
			read.remove(id);
		}
		this.sessions.deleteById(id);
	}

	@Override
	public S createSession() {
		return this.sessions.createSession();
	}

	@Override
	public void save(S session) {
		this.sessions.save(session);
	}

	@Override
	public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	/** One request, from before Spring Session's filter to after it: the reads it keeps last as long as this. */
	static final class Scope extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			READ.set(new HashMap<>(2));
			try {
				chain.doFilter(request, response);
			}
			finally {
				READ.remove();
			}
		}

	}

}
