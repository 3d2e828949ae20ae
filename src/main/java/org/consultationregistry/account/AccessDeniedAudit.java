package org.consultationregistry.account;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consultationregistry.audit.AuditAction;
import org.consultationregistry.audit.AuditLog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.stereotype.Component;

/**
 * Writes every refusal of a signed-in user to the audit log (who, and which request), then answers 403 with the
 * error page. Refusals of a forged or stale form (a missing CSRF token) are recorded the same way.
 */
@Component
class AccessDeniedAudit implements AccessDeniedHandler {

	private final AuditLog auditLog;

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	AccessDeniedAudit(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException, ServletException {
		this.auditLog.record(AuditAction.ACCESS_DENIED, null, null,
				Map.of("request", new Object[] { null, request.getMethod() + " " + request.getRequestURI() }));
		this.forbidden.handle(request, response, refusal);
	}

}
