package org.disclosure.index.search;

import java.io.IOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the search and monitor APIs as JSON {@code {"error", "message"}}.
 */
@RestControllerAdvice(basePackages = { "org.disclosure.index.search", "org.disclosure.index.monitor" })
class ApiErrors {

	private static final Logger logger = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(DocumentNotFoundException.class)
	ResponseEntity<ApiError> notFound(DocumentNotFoundException ex) {
		return error(HttpStatus.NOT_FOUND, "not_found", ex.getMessage());
	}

	@ExceptionHandler(InvalidSearchException.class)
	ResponseEntity<ApiError> invalid(InvalidSearchException ex) {
		return error(HttpStatus.BAD_REQUEST, "bad_request", ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> mistyped(MethodArgumentTypeMismatchException ex) {
		return error(HttpStatus.BAD_REQUEST, "bad_request",
				ex.getName() + " must be a number, not '" + ex.getValue() + "'");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ApiError> missing(MissingServletRequestParameterException ex) {
		return error(HttpStatus.BAD_REQUEST, "bad_request", ex.getMessage());
	}

	@ExceptionHandler({ IOException.class, ElasticsearchException.class })
	ResponseEntity<ApiError> unavailable(Exception ex) {
		logger.warn("Search failed", ex);
		return error(HttpStatus.SERVICE_UNAVAILABLE, "search_unavailable",
				"Elasticsearch could not answer: " + ex.getMessage());
	}

	private static ResponseEntity<ApiError> error(HttpStatus status, String error, String message) {
		return ResponseEntity.status(status).body(new ApiError(error, message));
	}

	/** The body of every error answer. */
	record ApiError(String error, String message) {
	}

}
