package org.disclosure.index.replay;

import java.util.Locale;

import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;

/** The topic each stage reads, which is what a replay of that stage re-sends. */
public final class StageTopics {

	private StageTopics() {
	}

	/**
	 * The topic {@code stage} reads.
	 * @throws InvalidReplayException for ingest, which reads uploads, not a topic
	 */
	public static String input(Stage stage) {
		return switch (stage) {
			case PARSE -> Topics.FETCHED;
			case VALIDATE -> Topics.PARSED;
			case INDEX -> Topics.VALIDATED;
			case INGEST ->
				throw new InvalidReplayException("ingest reads uploads, not a topic, so it cannot be replayed "
						+ "from Kafka: push the document again (./pipeline push FILE, or POST /api/v1/documents to "
						+ "ingest-service)");
		};
	}

	/**
	 * The stage named {@code name} ({@code parse}, {@code validate}, {@code index},
	 * {@code ingest}).
	 * @throws InvalidReplayException for any other name
	 */
	public static Stage stage(String name) {
		String wanted = name.strip().toLowerCase(Locale.ROOT);
		for (Stage stage : Stage.values()) {
			if (stage.value().equals(wanted)) {
				return stage;
			}
		}
		throw new InvalidReplayException("stage is one of parse, validate, index; got '" + name + "'");
	}

}
