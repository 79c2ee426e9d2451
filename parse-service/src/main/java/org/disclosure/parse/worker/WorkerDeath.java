package org.disclosure.parse.worker;

import java.time.Instant;

/**
 * A parser worker JVM that ended other than by a close: killed past the time limit, out
 * of memory, crashed while parsing, or found dead between documents. The next document
 * gets a fresh one.
 *
 * @param cause why it ended
 * @param pid its process id
 * @param exitCode its exit code (137 = killed by signal 9)
 * @param stderr its last lines on stderr
 * @param at when it was found dead or killed
 */
public record WorkerDeath(Cause cause, long pid, int exitCode, String stderr, Instant at) {

	/** Why a worker ended. */
	public enum Cause {

		/** Killed: a document took longer than the time limit. */
		TIME_LIMIT("parse_timeout"),

		/** Exited with code 3 ({@code -XX:+ExitOnOutOfMemoryError}) while parsing. */
		OUT_OF_MEMORY("out_of_memory"),

		/** Died otherwise while parsing (a signal, a JVM crash). */
		CRASHED("parser_crashed"),

		/** Found dead between documents (killed from outside). */
		EXITED("exited");

		private final String tag;

		Cause(String tag) {
			this.tag = tag;
		}

		/** The metric tag and health detail, e.g. {@code out_of_memory}. */
		public String tag() {
			return this.tag;
		}

	}

}
