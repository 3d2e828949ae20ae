package org.consultationregistry.intake;

import org.springframework.web.multipart.MultipartFile;

/**
 * What an official gives the intake page: pasted text, or a file (.txt, .docx, .pdf). A file wins when both are
 * given.
 */
public record IntakeText(String text, MultipartFile file) {

	static IntakeText blank() {
		return new IntakeText(null, null);
	}

	boolean hasFile() {
		return this.file != null && (!this.file.isEmpty() || this.file.getOriginalFilename() != null
				&& !this.file.getOriginalFilename().isBlank());
	}

}
