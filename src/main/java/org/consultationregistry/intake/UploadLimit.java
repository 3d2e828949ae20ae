package org.consultationregistry.intake;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an upload larger than the portal reads (spring.servlet.multipart.max-request-size) back to the intake page
 * to say so. Without this, the servlet container would refuse to read it while the CSRF check looks for its token,
 * before any controller could answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit extends OncePerRequestFilter {

	private final long mostBytes;

	UploadLimit(@Value("${spring.servlet.multipart.max-request-size}") DataSize mostBytes) {
		this.mostBytes = mostBytes.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().equals(request.getContextPath() + "/intake");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.mostBytes) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", request.getContextPath() + "/intake?tooLarge");
			response.setHeader("Connection", "close");
			return;
		}
		chain.doFilter(request, response);
	}

}
