package org.disclosure.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.disclosure.ingest.IngestProperties;
import org.disclosure.ingest.intake.DocumentIntake;
import org.disclosure.ingest.intake.IntakeResult;
import org.disclosure.ingest.intake.IntakeResult.Rejected;
import org.disclosure.ingest.intake.IntakeResult.Stored;
import org.disclosure.ingest.intake.UrlIntake;
import org.disclosure.ingest.kafka.PipelineBacklog;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The crawler-facing API: push a file, or name a URL to fetch. */
@RestController
class DocumentController {

	private final DocumentIntake intake;

	private final UrlIntake urlIntake;

	private final PipelineBacklog backlog;

	private final Duration retryAfter;

	DocumentController(DocumentIntake intake, UrlIntake urlIntake, PipelineBacklog backlog,
			IngestProperties properties) {
		this.intake = intake;
		this.urlIntake = urlIntake;
		this.backlog = backlog;
		this.retryAfter = properties.backlog().retryAfter();
	}

	@PostMapping(path = "/api/v1/documents", consumes = "multipart/form-data")
	ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "source_url", required = false) String sourceUrl,
			@RequestParam(name = "publisher", required = false) String publisher) throws IOException {
		if (this.backlog.exceeded()) {
			return busy();
		}
		try (InputStream in = file.getInputStream()) {
			return respond(this.intake.receive(in, file.getOriginalFilename(), sourceUrl, publisher));
		}
	}

	@PostMapping(path = "/api/v1/fetch", consumes = "application/json")
	ResponseEntity<Map<String, Object>> fetch(@RequestBody FetchRequest request) throws IOException {
		if (this.backlog.exceeded()) {
			return busy();
		}
		return respond(this.urlIntake.receive(request.url(), request.publisher()));
	}

	/**
	 * 429: the pipeline is too far behind; come back after {@code Retry-After} seconds.
	 */
	private ResponseEntity<Map<String, Object>> busy() {
		ResponseEntity<Map<String, Object>> body = ApiErrors.body(HttpStatus.TOO_MANY_REQUESTS, "backlog",
				"The pipeline has " + this.backlog.documents() + " documents to work through (limit "
						+ this.backlog.max() + "); push again in " + this.retryAfter.toSeconds() + " s");
		return ResponseEntity.status(body.getStatusCode())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfter.toSeconds()))
			.body(body.getBody());
	}

	private static ResponseEntity<Map<String, Object>> respond(IntakeResult result) {
		if (result instanceof Rejected rejected) {
			return ApiErrors.body(ApiErrors.status(rejected.rejection()), rejected.rejection().code(),
					rejected.message());
		}
		Stored stored = (Stored) result;
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("doc_id", stored.docId());
		body.put("status", stored.duplicate() ? "duplicate" : "accepted");
		body.put("media_type", stored.source().mediaType());
		body.put("size_bytes", stored.source().sizeBytes());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
	}

	/** {@code {"url": …, "publisher": …}}. */
	record FetchRequest(String url, String publisher) {
	}

}
