package org.disclosure.ingest.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.disclosure.ingest.intake.Rejection;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Every error of the API as JSON: {@code {"error": code, "message": text}}. */
@RestControllerAdvice
class ApiErrors {

	static HttpStatus status(Rejection rejection) {
		return switch (rejection) {
			case EMPTY_DOCUMENT, URL_REFUSED -> HttpStatus.BAD_REQUEST;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case FETCH_FAILED -> HttpStatus.BAD_GATEWAY;
		};
	}

	static ResponseEntity<Map<String, Object>> body(HttpStatus status, String error, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("message", message);
		return ResponseEntity.status(status).body(body);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException ex) {
		return body(HttpStatus.CONTENT_TOO_LARGE, Rejection.TOO_LARGE.code(), "Document exceeds the size limit"
				+ ((ex.getMaxUploadSize() > 0) ? " of " + ex.getMaxUploadSize() + " bytes" : ""));
	}

	@ExceptionHandler({ MissingServletRequestPartException.class, MissingServletRequestParameterException.class })
	ResponseEntity<Map<String, Object>> missingFile(Exception ex) {
		return body(HttpStatus.BAD_REQUEST, "missing_file", "Send the document as multipart form field 'file'");
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Map<String, Object>> badMultipart(MultipartException ex) {
		return body(HttpStatus.BAD_REQUEST, "bad_request", "Not a readable multipart upload: " + ex.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
		return body(HttpStatus.BAD_REQUEST, "bad_request", "Body must be JSON like {\"url\": \"https://…\"}");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, Object>> wrongContentType(HttpMediaTypeNotSupportedException ex) {
		return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_content_type", ex.getMessage());
	}

}
