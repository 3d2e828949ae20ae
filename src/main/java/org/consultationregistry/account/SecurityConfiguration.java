package org.consultationregistry.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Who may reach which pages. The rules here are the outer wall; every service method that writes also checks the
 * caller's role itself ({@code @PreAuthorize}), so a route missed here still cannot change anything.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Pages anyone may read when the registry is public; they show the public only published records. Record pages
	 * match numeric ids only, so that a page such as /sessions/new is not opened by accident.
	 */
	private static final String[] PUBLIC_PAGES = { "/", "/sessions", "/sessions/{id:\\d+}", "/recommendations",
			"/recommendations/{id:\\d+}", "/organisations", "/organisations/{id:\\d+}", "/issues/{id:\\d+}",
			"/search", "/sessions/{id:\\d+}/minutes.pdf", "/recommendations/export.xlsx",
			"/recommendations/export.csv" };

	/**
	 * The open-data API and its description (OpenAPI, and springdoc's Swagger UI page to try it): read-only, the
	 * public's view of the registry.
	 */
	private static final String[] OPEN_DATA = { "/api/v1/sessions", "/api/v1/recommendations",
			"/api/v1/recommendations.csv", "/api/v1/organisations", "/api/v1/openapi", "/api/v1/openapi/**",
			"/api/v1/openapi.yaml", "/api/v1/docs", "/api/v1/swagger-ui/**" };

	/**
	 * Everything the pages use comes from the portal itself; no inline script or style, no framing by other sites,
	 * no form posting elsewhere. Bootstrap's SVG icons are data: URLs.
	 */
	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

	/** Where the board's staff record and edit: every form and every write. */
	private static final String[] STAFF_PAGES = { "/sessions/new", "/sessions/*/**", "/recommendations/*/**",
			"/issues/**", "/lookup/**", "/audit/**", "/intake", "/intake/**", "/reports/**" };

	/**
	 * No observation around each security filter, sign-in and access decision. Nothing reads those (the portal
	 * publishes only its health), and on a page whose SQL takes a millisecond the observations of its fifteen
	 * filters cost more than the SQL (bench/README.md, "The portal's own cost per page"). The requests themselves
	 * are still observed by Spring MVC.
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Scripts and other systems under /api: HTTP Basic with an account's credentials, through the same throttled
	 * sign-in as the form (wrong passwords count too), creating no session. A browser already signed in is
	 * recognised as well; its requests keep needing the CSRF token, which only requests without a session or
	 * carrying their own credentials are spared.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, @Value("${registry.public-access}") boolean publicAccess,
			AuthenticationManager signIn, AccessDeniedAudit accessDenied, SignIns signIns) throws Exception {
		ApiSignInFailures failures = new ApiSignInFailures(signIns);
		http.securityMatcher("/api/**").authorizeHttpRequests((requests) -> {
			requests.requestMatchers(HttpMethod.POST, "/api/v1/accounts").hasRole(Role.ADMIN.name());
			requests.requestMatchers(HttpMethod.POST, "/api/v1/intake")
				.hasAnyRole(Role.OFFICIAL.name(), Role.ADMIN.name());
			if (publicAccess) {
				requests.requestMatchers(HttpMethod.GET, OPEN_DATA).permitAll();
			}
			requests.anyRequest().authenticated();
		})
			.authenticationManager(signIn)
			.httpBasic((basic) -> basic.authenticationEntryPoint(failures))
			.csrf((csrf) -> csrf.ignoringRequestMatchers((request) -> request.getHeader("Authorization") != null
					|| request.getSession(false) == null))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(failures)
				.accessDeniedHandler(accessDenied));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, @Value("${registry.public-access}") boolean publicAccess,
			@Value("${registry.session.absolute-timeout}") Duration absoluteTimeout,
			@Qualifier("registryClock") Clock clock, HandlerMappingIntrospector handlerMappings,
			AuthenticationManager signIn, SignInOutcomes signInOutcomes, AccessDeniedAudit accessDenied,
			SessionRegistry sessionRegistry) throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/static/**", "/webjars/**", "/error", "/login", "/actuator/health")
				.permitAll();
			// An address the portal does not know answers 404 to everyone, not a demand to sign in first.
			requests.requestMatchers(unmapped(handlerMappings)).permitAll();
			requests.requestMatchers("/admin/**").hasRole(Role.ADMIN.name());
			requests.requestMatchers("/account/**").authenticated();
			if (publicAccess) {
				// HEAD too: link checkers and uptime monitors ask for a page's headers alone.
				requests.requestMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll();
				requests.requestMatchers(HttpMethod.HEAD, PUBLIC_PAGES).permitAll();
			}
			requests.requestMatchers(HttpMethod.GET, PUBLIC_PAGES).authenticated();
			requests.requestMatchers("/sessions/*/minutes/suggestions/**").authenticated();
			// Anyone signed in follows, comments and endorses; the services decide who may do what.
			requests.requestMatchers(HttpMethod.POST, "/recommendations/*/follow", "/recommendations/*/comments",
					"/recommendations/*/endorsement")
				.authenticated();
			requests.requestMatchers(STAFF_PAGES).hasAnyRole(Role.OFFICIAL.name(), Role.ADMIN.name());
			requests.anyRequest().authenticated();
		})
			.authenticationManager(signIn)
			.formLogin((login) -> login.loginPage("/login")
				.successHandler(signInOutcomes)
				.failureHandler(signInOutcomes))
			.logout((logout) -> {
				SignOutKeepsLanguage keepLanguage = new SignOutKeepsLanguage();
				logout.addLogoutHandler(keepLanguage).logoutSuccessHandler(keepLanguage);
			})
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(accessDenied))
			// A new session id at sign-in is Spring Security's default (session fixation protection); the registry
			// lets an admin end an account's sessions.
			.sessionManagement((sessions) -> sessions.enableSessionUrlRewriting(false)
				.sessionConcurrency((concurrency) -> concurrency.maximumSessions(-1)
					.sessionRegistry(sessionRegistry)
					.expiredUrl("/login?ended")))
			.addFilterBefore(new SessionLimits(clock, absoluteTimeout), AuthorizationFilter.class)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Sign-in checks the password against the accounts table, unless the account or address has failed too often
	 * lately. A manager with no parent, so that no other provider checks a refused password behind its back.
	 */
	@Bean
	AuthenticationManager signIn(Accounts accounts, PasswordEncoder passwordEncoder, SignIns signIns) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledSignIn(passwords, signIns));
	}

	/**
	 * The signed-in sessions of each account, found in the sessions table that every instance of the portal shares,
	 * so that ending an account's sessions on one instance ends them on all.
	 */
	@Bean
	SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	/**
	 * Spring Session and the session registry read a signed-in visitor's session through this, once a request
	 * ({@link SessionReadOncePerRequest}). A post-processor rather than a bean of its own, because Spring Boot sets
	 * up the JDBC sessions only while no other session repository is declared.
	 */
	@Bean
	static BeanPostProcessor sessionReadOncePerRequest() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions)
						? SessionReadOncePerRequest.around(sessions) : bean;
			}

		};
	}

	/** Just in front of Spring Session's filter, so that its reads are kept until it has saved the session. */
	@Bean
	FilterRegistrationBean<SessionReadOncePerRequest.Scope> sessionReadScope() {
		FilterRegistrationBean<SessionReadOncePerRequest.Scope> registration = new FilterRegistrationBean<>(
				new SessionReadOncePerRequest.Scope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/**
	 * Saves session attributes with PostgreSQL's upsert, so that two requests of one browser arriving together (a
	 * double click, a page and its scripts) cannot both insert the same attribute and fail on its primary key.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/** Requests no controller or static resource answers: they end in a 404, whoever asks. */
	private static RequestMatcher unmapped(HandlerMappingIntrospector handlerMappings) {
		return (request) -> {
			try {
				return handlerMappings.getMatchableHandlerMapping(request) == null;
			}
			catch (Exception ex) {
				// Mapped, but not for this method or content type: the ordinary rules decide.
				return false;
			}
		};
	}

	/**
	 * Hashes new passwords with Argon2 (memory-hard, and unlike bcrypt not limited to 72 bytes), while still
	 * recognising hashes stored with bcrypt.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		String current = "argon2@SpringSecurity_v5_8";
		return new DelegatingPasswordEncoder(current, Map.of(current,
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

}
