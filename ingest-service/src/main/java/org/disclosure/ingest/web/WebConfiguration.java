package org.disclosure.ingest.web;

import org.disclosure.ingest.IngestProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Guards the API with the configured keys; without any key the service refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(IngestProperties properties) {
		if (properties.apiKeys().isEmpty()) {
			throw new IllegalStateException(
					"No API key configured: set PIPELINE_API_KEY or pipeline.ingest.api-keys so crawlers can push");
		}
		FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(
				new ApiKeyFilter(properties.apiKeys()));
		registration.addUrlPatterns("/api/*");
		return registration;
	}

}
