package org.consultationregistry.shared;

/**
 * The expression that service methods which write use in {@code @PreAuthorize}: officials and admins may record
 * and edit the registry.
 */
public final class Staff {

	public static final String ONLY = "hasAnyRole('OFFICIAL', 'ADMIN')";

	private Staff() {
	}

}
