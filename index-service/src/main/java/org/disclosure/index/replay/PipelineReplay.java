package org.disclosure.index.replay;

import org.disclosure.contracts.Stage;

/**
 * Re-sends records of the pipeline's topics, key and value bytes unchanged, each marked
 * with the header {@link org.disclosure.contracts.PipelineHeaders#REPLAY} (the replay's
 * id) so the stages and the event log can tell a replay from a first delivery. Replays
 * are idempotent: every write downstream is keyed by the document id.
 */
public interface PipelineReplay {

	/**
	 * Re-sends the latest record of one document on the topic {@code stage} reads.
	 * @throws InvalidReplayException when the stage reads no topic (ingest)
	 * @throws NothingToReplayException when the document never reached that topic
	 */
	ReplayReport document(Stage stage, String docId);

	/**
	 * Re-sends the latest record of every document on the topic {@code stage} reads;
	 * records without a key are skipped.
	 * @throws InvalidReplayException when the stage reads no topic (ingest)
	 */
	ReplayReport stage(Stage stage);

	/**
	 * Re-sends each record of a dead-letter topic from {@code fromOffset} on (in every
	 * partition) to the topic it was dead-lettered from, without Spring's
	 * {@code kafka_dlt-*} headers.
	 * @throws InvalidReplayException when the topic is no dead-letter topic or does not
	 * exist
	 */
	ReplayReport deadLetters(String topic, long fromOffset);

}
