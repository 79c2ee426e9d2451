package org.disclosure.index.replay;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;

/**
 * The body of {@code POST /api/v1/replay}: {@code {"doc_id", "stage"}} (one document,
 * stage parse by default), {@code {"stage"}} (every document of a stage) or
 * {@code {"dead_letter_topic", "from_offset"}}. A body that mixes them is refused rather
 * than guessed, so a misspelt {@code doc_id} never replays a whole stage.
 */
public record ReplayRequest(@JsonProperty("doc_id") String docId, String stage,
		@JsonProperty("dead_letter_topic") String deadLetterTopic, @JsonProperty("from_offset") Long fromOffset) {

	private static final String DOC_ID = "[0-9a-f]{64}";

	/**
	 * What the request asks to replay.
	 * @throws InvalidReplayException when it asks for nothing, for two things at once, or
	 * names something malformed
	 */
	public ReplayKind kind() {
		if (this.deadLetterTopic != null) {
			if (this.docId != null || this.stage != null) {
				throw new InvalidReplayException(
						"dead_letter_topic replays a whole dead-letter topic to the topics its records came from; "
								+ "leave doc_id and stage out");
			}
			if (!this.deadLetterTopic.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
				throw new InvalidReplayException("dead_letter_topic must name a dead-letter topic (ending in "
						+ Topics.DEAD_LETTER_SUFFIX + "), got '" + this.deadLetterTopic + "'");
			}
			if (this.fromOffset != null && this.fromOffset < 0) {
				throw new InvalidReplayException("from_offset must be 0 or more, got " + this.fromOffset);
			}
			return ReplayKind.DEAD_LETTER_TOPIC;
		}
		if (this.fromOffset != null) {
			throw new InvalidReplayException("from_offset applies to dead_letter_topic only");
		}
		if (this.docId != null) {
			if (!documentId().matches(DOC_ID)) {
				throw new InvalidReplayException(
						"doc_id is the SHA-256 of the document's bytes, 64 hex digits; got '" + this.docId + "'");
			}
			replayedStage();
			return ReplayKind.DOCUMENT;
		}
		if (this.stage != null) {
			replayedStage();
			return ReplayKind.STAGE;
		}
		throw new InvalidReplayException("Say what to replay: {\"doc_id\": …, \"stage\": …} for one document, "
				+ "{\"stage\": …} for every document of a stage, or {\"dead_letter_topic\": …}");
	}

	/** The stage to replay; parse when none is named. */
	public Stage replayedStage() {
		Stage named = (this.stage != null) ? StageTopics.stage(this.stage) : Stage.PARSE;
		StageTopics.input(named);
		return named;
	}

	/** The document id, trimmed and in lower case as the pipeline writes it. */
	public String documentId() {
		return (this.docId != null) ? this.docId.strip().toLowerCase(Locale.ROOT) : null;
	}

	/** The first offset of a dead-letter replay; 0 when none is named. */
	public long firstOffset() {
		return (this.fromOffset != null) ? this.fromOffset : 0;
	}

}
