package org.disclosure.contracts;

/** Record headers of the pipeline's own, beside the CloudEvents attributes. */
public final class PipelineHeaders {

	/**
	 * Marks a record re-sent by a replay, with the replay's id. Written by
	 * index-service's replay ({@code POST /api/v1/replay}); read by parse-service (a
	 * replayed document gets fresh parse attempts) and by the event log (which attempts
	 * were replays).
	 */
	public static final String REPLAY = "pipeline-replay";

	private PipelineHeaders() {
	}

}
