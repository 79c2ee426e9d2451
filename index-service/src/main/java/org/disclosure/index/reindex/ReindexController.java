package org.disclosure.index.reindex;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Starts and reports the rebuild by replay ({@code ./pipeline reindex}). Starting one
 * needs the API key; reading where it stands does not.
 */
@RestController
@RequestMapping("/api/v1")
class ReindexController {

	static final String API_KEY_HEADER = "X-Api-Key";

	private final Reindex reindex;

	private final ReindexProperties properties;

	ReindexController(Reindex reindex, ReindexProperties properties) {
		this.reindex = reindex;
		this.properties = properties;
	}

	@PostMapping("/reindex")
	ResponseEntity<?> start(@RequestHeader(name = API_KEY_HEADER, required = false) String apiKey) {
		String expected = this.properties.apiKey();
		if (expected == null || expected.isBlank()) {
			return error(HttpStatus.FORBIDDEN, "reindex_disabled",
					"No API key is configured (PIPELINE_API_KEY), so rebuilds cannot be started over HTTP");
		}
		if (apiKey == null || !MessageDigest.isEqual(apiKey.getBytes(StandardCharsets.UTF_8),
				expected.getBytes(StandardCharsets.UTF_8))) {
			return error(HttpStatus.UNAUTHORIZED, "unauthorized", "Header " + API_KEY_HEADER + " is missing or wrong");
		}
		try {
			return ResponseEntity.status(HttpStatus.ACCEPTED).body(this.reindex.start("api"));
		}
		catch (ReindexInProgressException ex) {
			return error(HttpStatus.CONFLICT, "reindex_running", ex.getMessage());
		}
		catch (RuntimeException ex) {
			return error(HttpStatus.SERVICE_UNAVAILABLE, "reindex_failed", String.valueOf(ex.getMessage()));
		}
	}

	@GetMapping("/reindex")
	ReindexStatus status() {
		return this.reindex.status();
	}

	private static ResponseEntity<ApiError> error(HttpStatus status, String error, String message) {
		return ResponseEntity.status(status).body(new ApiError(error, message));
	}

	/** The body of every error answer, as in the search API. */
	record ApiError(String error, String message) {
	}

}
