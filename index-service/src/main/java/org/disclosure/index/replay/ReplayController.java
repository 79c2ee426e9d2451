package org.disclosure.index.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Re-sends one document, every document of a stage, or a dead-letter topic through the
 * pipeline ({@code ./pipeline replay}) and answers once the broker has every record.
 * Needs the API key, checked before the body is read.
 */
@RestController
@RequestMapping("/api/v1")
class ReplayController {

	static final String API_KEY_HEADER = "X-Api-Key";

	/** Strict: an unknown field such as {@code docId} is an error, not a whole stage. */
	private static final JsonMapper REQUESTS = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final PipelineReplay replay;

	private final ReplayProperties properties;

	ReplayController(PipelineReplay replay, ReplayProperties properties) {
		this.replay = replay;
		this.properties = properties;
	}

	@PostMapping("/replay")
	ResponseEntity<?> replay(@RequestHeader(name = API_KEY_HEADER, required = false) String apiKey,
			@RequestBody(required = false) String body) {
		String expected = this.properties.apiKey();
		if (expected == null || expected.isBlank()) {
			return error(HttpStatus.FORBIDDEN, "replay_disabled",
					"No API key is configured (PIPELINE_API_KEY), so replays cannot be started over HTTP");
		}
		if (apiKey == null || !MessageDigest.isEqual(apiKey.getBytes(StandardCharsets.UTF_8),
				expected.getBytes(StandardCharsets.UTF_8))) {
			return error(HttpStatus.UNAUTHORIZED, "unauthorized", "Header " + API_KEY_HEADER + " is missing or wrong");
		}
		ReplayRequest request = read(body);
		ReplayReport report = switch (request.kind()) {
			case DOCUMENT -> this.replay.document(request.replayedStage(), request.documentId());
			case STAGE -> this.replay.stage(request.replayedStage());
			case DEAD_LETTER_TOPIC -> this.replay.deadLetters(request.deadLetterTopic(), request.firstOffset());
		};
		return ResponseEntity.ok(report);
	}

	private static ReplayRequest read(String body) {
		if (body == null || body.isBlank()) {
			throw new InvalidReplayException("The body is a JSON object: {\"doc_id\", \"stage\"}, {\"stage\"} or "
					+ "{\"dead_letter_topic\", \"from_offset\"}");
		}
		try {
			ReplayRequest request = REQUESTS.readValue(body, ReplayRequest.class);
			if (request == null) {
				throw new InvalidReplayException("The body is a JSON object, not null");
			}
			return request;
		}
		catch (JacksonException ex) {
			throw new InvalidReplayException("The body is not a replay request: " + ex.getOriginalMessage());
		}
	}

	@ExceptionHandler(InvalidReplayException.class)
	ResponseEntity<ApiError> invalid(InvalidReplayException ex) {
		return error(HttpStatus.BAD_REQUEST, "bad_request", ex.getMessage());
	}

	@ExceptionHandler(NothingToReplayException.class)
	ResponseEntity<ApiError> notFound(NothingToReplayException ex) {
		return error(HttpStatus.NOT_FOUND, "not_found", ex.getMessage());
	}

	@ExceptionHandler(ReplayFailedException.class)
	ResponseEntity<ApiError> failed(ReplayFailedException ex) {
		return error(HttpStatus.SERVICE_UNAVAILABLE, "replay_failed", ex.getMessage());
	}

	private static ResponseEntity<ApiError> error(HttpStatus status, String error, String message) {
		return ResponseEntity.status(status).body(new ApiError(error, message));
	}

	/** The body of every error answer, as in the search API. */
	record ApiError(String error, String message) {
	}

}
