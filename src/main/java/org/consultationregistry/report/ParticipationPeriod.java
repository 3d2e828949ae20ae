package org.consultationregistry.report;

import java.time.LocalDate;

import org.consultationregistry.shared.RegistryDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The sessions the participation report covers, by the date they were held, both dates included: the form on the
 * reports page and the query parameters of the report's files. Either date may be left out (see
 * {@link ParticipationReport#period}).
 */
public record ParticipationPeriod(@RegistryDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@RegistryDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	/** For the file's name: "2025-11-27 to 2026-11-26". */
	String label() {
		return this.from + " to " + this.to;
	}

}
