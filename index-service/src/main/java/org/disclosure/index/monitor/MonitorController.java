package org.disclosure.index.monitor;

import java.io.IOException;

import org.disclosure.index.search.DocumentNotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What operators read about the flow: one document's way through the stages, and the
 * monitor's figures (the page at {@code /monitor} and {@code ./pipeline status} show
 * them).
 */
@RestController
@RequestMapping("/api/v1")
class MonitorController {

	private final PipelineMonitor monitor;

	MonitorController(PipelineMonitor monitor) {
		this.monitor = monitor;
	}

	@GetMapping("/documents/{doc_id}/status")
	DocumentStatus status(@PathVariable("doc_id") String docId) throws IOException {
		return this.monitor.status(docId).orElseThrow(() -> DocumentNotFoundException.withoutEvents(docId));
	}

	@GetMapping("/monitor")
	MonitorReport monitor(@RequestParam(defaultValue = "15m") String window) throws IOException {
		return this.monitor.report(PipelineMonitor.windowMinutes(window));
	}

}
