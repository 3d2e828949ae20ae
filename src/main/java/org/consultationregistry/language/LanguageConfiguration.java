package org.consultationregistry.language;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * {@code ?lang=en} or {@code ?lang=ur} on any page switches the language for the rest of the session.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final String PARAMETER = "lang";

	/** Named so, it replaces Spring Boot's own resolver. */
	@Bean
	LocaleResolver localeResolver(ApplicationEventPublisher events) {
		return new RegistryLocaleResolver(events);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(PARAMETER);
		// Only a link switches the language: a form posted with a stray lang field does not.
		change.setHttpMethods("GET");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

}
