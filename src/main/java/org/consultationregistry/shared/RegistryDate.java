package org.consultationregistry.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date the registry can hold: from 1947 to 2100, the range the database accepts. Anything outside it is a typing
 * slip (0204 for 2024), not a real meeting or deadline.
 */
@Documented
@Constraint(validatedBy = RegistryDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface RegistryDate {

	LocalDate EARLIEST = LocalDate.of(1947, 1, 1);

	LocalDate LATEST = LocalDate.of(2100, 12, 31);

	String message() default "{validation.registryDate}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<RegistryDate, LocalDate> {

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || !value.isBefore(EARLIEST) && !value.isAfter(LATEST);
		}

	}

}
