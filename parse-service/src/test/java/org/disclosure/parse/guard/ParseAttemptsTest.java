package org.disclosure.parse.guard;

import java.nio.file.Path;

import org.disclosure.support.blob.FileSystemBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ParseAttemptsTest {

	private static final String DOC = "ab".repeat(32);

	@TempDir
	Path root;

	@Test
	void attemptsThatNeverEndedAreCountedAcrossInstances() {
		new ParseAttempts(new FileSystemBlobStore(this.root), 2).begin(DOC, null);
		ParseAttempts afterFirstCrash = new ParseAttempts(new FileSystemBlobStore(this.root), 2);
		assertThat(afterFirstCrash.exhausted(afterFirstCrash.unfinished(DOC, null))).isFalse();
		afterFirstCrash.begin(DOC, null);
		ParseAttempts afterSecondCrash = new ParseAttempts(new FileSystemBlobStore(this.root), 2);
		assertThat(afterSecondCrash.unfinished(DOC, null)).isEqualTo(2);
		assertThat(afterSecondCrash.exhausted(afterSecondCrash.unfinished(DOC, null))).isTrue();
	}

	@Test
	void anEndedAttemptLeavesNothingBehind() {
		ParseAttempts attempts = new ParseAttempts(new FileSystemBlobStore(this.root), 2);
		attempts.begin(DOC, null);
		attempts.end(DOC);
		attempts.begin(DOC, "disclosure.fetched.v1-0@7");
		attempts.end(DOC);
		assertThat(attempts.unfinished(DOC, null)).isZero();
		assertThat(new FileSystemBlobStore(this.root).listRecords("parse-attempts/")).isEmpty();
	}

	@Test
	void aReplayStartsAFreshCountThatItsOwnRedeliveriesKeep() {
		ParseAttempts attempts = new ParseAttempts(new FileSystemBlobStore(this.root), 2);
		attempts.begin(DOC, null);
		attempts.begin(DOC, null);
		assertThat(attempts.exhausted(attempts.unfinished(DOC, null))).as("given up as published").isTrue();

		String replay = "disclosure.fetched.v1-1@42";
		assertThat(attempts.unfinished(DOC, replay)).as("the replay starts afresh").isZero();
		attempts.begin(DOC, replay);
		assertThat(new ParseAttempts(new FileSystemBlobStore(this.root), 2).unfinished(DOC, replay)).isEqualTo(1);
		attempts.begin(DOC, replay);
		assertThat(attempts.exhausted(attempts.unfinished(DOC, replay))).as("the replay cannot crash-loop").isTrue();
		assertThat(attempts.unfinished(DOC, "disclosure.fetched.v1-1@43")).as("a later replay").isZero();
		assertThat(attempts.unfinished(DOC, null)).as("a record as published counts what never ended").isEqualTo(2);
	}

}
