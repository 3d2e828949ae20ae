package org.consultationregistry.audit;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.context.annotation.Configuration;

/**
 * Hooks the {@link AuditingListener} into Hibernate, so that no feature has to remember to audit its writes.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	AuditConfiguration(EntityManagerFactory entityManagerFactory, AuditLog auditLog) {
		AuditingListener listener = new AuditingListener(auditLog);
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, listener);
		registry.appendListeners(EventType.POST_UPDATE, listener);
		registry.appendListeners(EventType.POST_DELETE, listener);
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
	}

}
