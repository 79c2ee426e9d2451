package org.disclosure.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a service's {@code /actuator/prometheus}: the samples of the text
 * exposition format, summed by metric name and a subset of labels.
 */
public final class PrometheusScrape {

	private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+).*$");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	private final List<Sample> samples;

	private PrometheusScrape(List<Sample> samples) {
		this.samples = samples;
	}

	public static PrometheusScrape of(String serviceBaseUrl) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create(serviceBaseUrl + "/actuator/prometheus")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(serviceBaseUrl + "/actuator/prometheus answered " + response.statusCode());
		}
		return parse(response.body());
	}

	public static PrometheusScrape parse(String exposition) {
		List<Sample> samples = new ArrayList<>();
		exposition.lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).forEach((line) -> {
			Matcher sample = SAMPLE.matcher(line);
			if (sample.matches()) {
				Map<String, String> labels = new LinkedHashMap<>();
				if (sample.group(2) != null) {
					Matcher label = LABEL.matcher(sample.group(2));
					while (label.find()) {
						labels.put(label.group(1), label.group(2));
					}
				}
				samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
			}
		});
		return new PrometheusScrape(samples);
	}

	/** The sum of {@code name}'s samples carrying all of {@code labels}. */
	public double sum(String name, Map<String, String> labels) {
		return this.samples.stream()
			.filter((sample) -> sample.name().equals(name))
			.filter((sample) -> sample.labels().entrySet().containsAll(labels.entrySet()))
			.mapToDouble(Sample::value)
			.sum();
	}

	/** Whether any sample of {@code name} carries all of {@code labels}. */
	public boolean has(String name, Map<String, String> labels) {
		return this.samples.stream()
			.anyMatch((sample) -> sample.name().equals(name)
					&& sample.labels().entrySet().containsAll(labels.entrySet()));
	}

	private record Sample(String name, Map<String, String> labels, double value) {
	}

}
