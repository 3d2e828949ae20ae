package org.consultationregistry.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A page asked for a record that does not exist (or that the visitor may not know exists). Answers 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String recordType, Object id) {
		super(recordType + " " + id + " not found");
	}

}
