package org.disclosure.index.monitor;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the monitor page: static HTML, script and style under {@code static/monitor/},
 * which fetch {@code /api/v1/monitor} themselves.
 */
@Controller
class MonitorPageController {

	static final String PAGE = "static/monitor/index.html";

	@GetMapping({ "/monitor", "/monitor/" })
	ResponseEntity<Resource> page() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(new ClassPathResource(PAGE));
	}

}
