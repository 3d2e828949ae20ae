package org.consultationregistry.account;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

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
			"/recommendations/{id:\\d+}", "/organisations", "/organisations/{id:\\d+}", "/issues/{id:\\d+}" };

	/** Where the board's staff record and edit: every form and every write. */
	private static final String[] STAFF_PAGES = { "/sessions/new", "/sessions/*/**", "/recommendations/*/**",
			"/issues/**", "/lookup/**", "/audit/**" };

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, @Value("${registry.public-access}") boolean publicAccess)
			throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/static/**", "/webjars/**", "/error", "/login", "/actuator/health")
				.permitAll();
			if (publicAccess) {
				requests.requestMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll();
			}
			requests.requestMatchers(HttpMethod.GET, PUBLIC_PAGES).authenticated();
			requests.requestMatchers("/sessions/*/minutes/suggestions/**").authenticated();
			requests.requestMatchers(STAFF_PAGES).hasAnyRole(Role.OFFICIAL.name(), Role.ADMIN.name());
			requests.anyRequest().authenticated();
		})
			.formLogin((login) -> login.loginPage("/login"))
			.logout((logout) -> logout.logoutSuccessUrl("/"));
		return http.build();
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
