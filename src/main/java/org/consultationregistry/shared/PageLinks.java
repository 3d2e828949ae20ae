package org.consultationregistry.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the links of the pagination fragment: the current page's address with only {@code page} changed, so that
 * the filters in the URL are kept. Used from templates as {@code @pageLinks}.
 */
@Component("pageLinks")
public class PageLinks {

	public String to(int page) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", Math.max(page, 0))
			.build()
			.toUriString();
	}

}
