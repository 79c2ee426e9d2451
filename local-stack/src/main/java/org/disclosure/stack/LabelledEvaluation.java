package org.disclosure.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disclosure.stack.evaluate.DisclosureScore;
import org.disclosure.stack.evaluate.EvaluatedDisclosure;
import org.disclosure.stack.evaluate.EvaluationReport;
import org.disclosure.stack.evaluate.LabelledSet;

/**
 * {@code ./pipeline evaluate}: pushes a labelled set through the running pipeline, waits
 * until each file is indexed or has failed (a file the stack already holds is parsed
 * again, so the current parser is what is measured), then reads each disclosure from the
 * document API and scores it against its expected file.
 */
public final class LabelledEvaluation {

	private static final Duration POLL = Duration.ofSeconds(1);

	/** How long the pipeline must show no lag before the last verdicts count as final. */
	private static final Duration SETTLED = Duration.ofSeconds(3);

	private final IngestClient ingest;

	private final ServiceApi index;

	private final ReplayClient replay;

	private final PrintStream out;

	LabelledEvaluation(IngestClient ingest, ServiceApi index, ReplayClient replay, PrintStream out) {
		this.ingest = ingest;
		this.index = index;
		this.replay = replay;
		this.out = out;
	}

	/** An evaluation against the services at these addresses. */
	public static LabelledEvaluation of(String ingestUrl, String indexUrl, String apiKey, PrintStream out) {
		return new LabelledEvaluation(new IngestClient(ingestUrl, apiKey), new ServiceApi(indexUrl, null),
				new ReplayClient(indexUrl, apiKey), out);
	}

	/**
	 * Evaluates {@code set}.
	 * @param timeout how long to wait for the pipeline to settle
	 * @return the scores
	 */
	public EvaluationReport run(LabelledSet set, Duration timeout) throws IOException, InterruptedException {
		Instant start = Instant.now().minusSeconds(1);
		Map<LabelledSet.LabelledFile, String> docIds = new LinkedHashMap<>();
		List<EvaluatedDisclosure> refused = new ArrayList<>();
		for (LabelledSet.LabelledFile file : set.files()) {
			IngestClient.Outcome outcome = this.ingest.push(file.file(), null, null);
			String name = file.file().getFileName().toString();
			if (!outcome.isAccepted()) {
				refused.add(EvaluatedDisclosure.failed(name, null, outcome.describe()));
				this.out.printf("%-60s refused: %s%n", name, outcome.describe());
				continue;
			}
			docIds.put(file, outcome.docId());
			if ("duplicate".equals(outcome.status())) {
				// held already: parse it again so the current parser is measured
				this.replay.replay(Map.of("doc_id", outcome.docId(), "stage", "parse"));
			}
			this.out.printf("%-60s %s%n", name, outcome.describe());
		}
		long deadline = System.nanoTime() + timeout.toNanos();
		Map<String, EvaluatedDisclosure> evaluated = new LinkedHashMap<>();
		while (evaluated.size() < docIds.size() && System.nanoTime() < deadline) {
			for (Map.Entry<LabelledSet.LabelledFile, String> entry : docIds.entrySet()) {
				if (!evaluated.containsKey(entry.getValue())) {
					EvaluatedDisclosure done = settled(entry.getKey(), entry.getValue(), start);
					if (done != null) {
						evaluated.put(entry.getValue(), done);
					}
				}
			}
			Thread.sleep(POLL.toMillis());
		}
		awaitNoLag(deadline);
		List<DisclosureScore> scores = new ArrayList<>();
		for (LabelledSet.LabelledFile file : set.files()) {
			String name = file.file().getFileName().toString();
			String docId = docIds.get(file);
			EvaluatedDisclosure result;
			if (docId == null) {
				result = refused.stream().filter((r) -> r.file().equals(name)).findFirst().orElseThrow();
			}
			else if (evaluated.containsKey(docId) && evaluated.get(docId).isIndexed()) {
				// read again: a linked file's verdict may have been issued again since
				result = indexed(name, docId);
			}
			else {
				result = evaluated.getOrDefault(docId,
						EvaluatedDisclosure.failed(name, docId, "not indexed within " + timeout.toSeconds() + " s"));
			}
			scores.add(DisclosureScore.of(file.expected(), result));
		}
		return new EvaluationReport(scores);
	}

	/**
	 * The file's result once the pipeline is done with it since {@code start}: indexed
	 * (read from the document API) or failed (with its reason); null while in progress.
	 */
	private EvaluatedDisclosure settled(LabelledSet.LabelledFile file, String docId, Instant start)
			throws IOException, InterruptedException {
		String name = file.file().getFileName().toString();
		ServiceApi.Answer status = this.index.get("/api/v1/documents/" + encode(docId) + "/status",
				Duration.ofSeconds(10));
		if (!status.isSuccess()) {
			return null;
		}
		Map<String, Object> fields = status.fields();
		String state = Json.text(fields, "state");
		if ("failed".equals(state)) {
			Object lastError = null;
			for (Object stage : Json.asList(fields.get("stages"))) {
				if (Json.at(stage, "last_error") != null) {
					lastError = Json.at(stage, "last_error");
				}
			}
			String failedAt = Json.text(lastError, "at");
			if (failedAt != null && Instant.parse(failedAt).isBefore(start)) {
				// an earlier attempt's failure: wait for the one of this evaluation
				return null;
			}
			return EvaluatedDisclosure.failed(name, docId,
					Json.text(lastError, "reason") + ": " + Json.text(lastError, "message"));
		}
		if (!"indexed".equals(state)) {
			return null;
		}
		EvaluatedDisclosure indexed = indexed(name, docId);
		String indexedAt = indexed.field("pipeline.indexed_at");
		return (indexedAt != null && Instant.parse(indexedAt).isAfter(start)) ? indexed : null;
	}

	private EvaluatedDisclosure indexed(String name, String docId) throws IOException, InterruptedException {
		ServiceApi.Answer answer = this.index.get("/api/v1/documents/" + encode(docId), Duration.ofSeconds(30));
		if (!answer.isSuccess()) {
			return EvaluatedDisclosure.failed(name, docId, "the document API answered " + answer.refusal());
		}
		return EvaluatedDisclosure.indexed(name, docId, answer.json());
	}

	/**
	 * Waits until no consumer group lags (the verdicts a linked file issues again have
	 * landed), or the deadline.
	 */
	private void awaitNoLag(long deadline) throws IOException, InterruptedException {
		long quietSince = -1;
		while (System.nanoTime() < deadline) {
			ServiceApi.Answer monitor = this.index.get("/api/v1/monitor?window=15m", Duration.ofSeconds(15));
			long lag = 0;
			if (monitor.isSuccess()) {
				for (Object row : Json.asList(monitor.json().get("lag"))) {
					Object value = Json.at(row, "lag");
					lag += (value instanceof Number number) ? number.longValue() : 0;
				}
			}
			if (monitor.isSuccess() && lag == 0) {
				if (quietSince < 0) {
					quietSince = System.nanoTime();
				}
				else if (System.nanoTime() - quietSince >= SETTLED.toNanos()) {
					return;
				}
			}
			else {
				quietSince = -1;
			}
			Thread.sleep(POLL.toMillis());
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
