package org.disclosure.parse.boot;

import java.util.LinkedHashMap;
import java.util.Map;

import org.disclosure.parse.ocr.OcrEngine;
import org.disclosure.parse.ocr.ScanReader;
import org.disclosure.parse.worker.WorkerDeath;
import org.disclosure.parse.worker.WorkerParser;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The parser workers: each one's pid and documents, how many were replaced and why the
 * last one ended. A worker's death is a document's failure, not the service's: the
 * service stays up. Down only when the last attempt to start a worker failed. Whether OCR
 * can read scans here (Tesseract and its Chinese data found, probed once).
 */
class ParserHealthIndicator extends AbstractHealthIndicator {

	private final WorkerParser parser;

	private final ScanReader scans;

	ParserHealthIndicator(WorkerParser parser, ScanReader scans) {
		this.parser = parser;
		this.scans = scans;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		WorkerParser.Status status = this.parser.status();
		if (status.startFailure() != null) {
			builder.down().withDetail("start_failure", status.startFailure());
		}
		else {
			builder.up();
		}
		builder
			.withDetail("workers",
					status.workers()
						.stream()
						.map((worker) -> Map.of("pid", worker.pid(), "documents", worker.documents(), "started",
								worker.started().toString()))
						.toList())
			.withDetail("restarts", status.restarts())
			.withDetail("ocr", ocr(this.scans.engine()));
		WorkerDeath death = status.lastDeath();
		if (death != null) {
			Map<String, Object> last = new LinkedHashMap<>();
			last.put("reason", death.cause().tag());
			last.put("pid", death.pid());
			last.put("exit_code", death.exitCode());
			last.put("at", death.at().toString());
			builder.withDetail("last_death", last);
		}
	}

	/** Whether the worker can read scans: the engine, or why not. */
	private static Map<String, Object> ocr(OcrEngine engine) {
		Map<String, Object> ocr = new LinkedHashMap<>();
		ocr.put("available", engine.available());
		if (engine.available()) {
			ocr.put("engine", engine.engine() + " (" + engine.language() + ")");
		}
		else {
			ocr.put("message", engine.message());
		}
		return ocr;
	}

}
