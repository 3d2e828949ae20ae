package org.consultationregistry.report;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The words of messages.properties for the files the portal writes, in the language the pages are shown in. */
@Component
class Labels {

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale());
	}

	/** The label of an enum constant, under {@code prefix + NAME} as the templates use it. */
	String of(String prefix, Enum<?> constant) {
		return (constant != null) ? text(prefix + constant.name()) : "";
	}

	Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
