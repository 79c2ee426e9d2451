package org.disclosure.parse.guard;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ParseAttemptsTest {

	private static final String DOC = "ab".repeat(32);

	@TempDir
	Path root;

	@Test
	void attemptsThatNeverEndedAreCountedAcrossInstances() {
		new ParseAttempts(this.root, 2).begin(DOC);
		ParseAttempts afterFirstCrash = new ParseAttempts(this.root, 2);
		assertThat(afterFirstCrash.exhausted(DOC)).isFalse();
		afterFirstCrash.begin(DOC);
		ParseAttempts afterSecondCrash = new ParseAttempts(this.root, 2);
		assertThat(afterSecondCrash.unfinished(DOC)).isEqualTo(2);
		assertThat(afterSecondCrash.exhausted(DOC)).isTrue();
	}

	@Test
	void anEndedAttemptLeavesNothingBehind() {
		ParseAttempts attempts = new ParseAttempts(this.root, 2);
		attempts.begin(DOC);
		attempts.end(DOC);
		attempts.begin(DOC);
		attempts.end(DOC);
		assertThat(attempts.unfinished(DOC)).isZero();
		assertThat(attempts.exhausted(DOC)).isFalse();
	}

}
