package org.disclosure.parse.worker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.disclosure.contracts.DocumentSource;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.parse.ParseFailure;
import org.disclosure.parse.ParseOutcome;
import org.disclosure.parse.ParsedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests travel as one line, replies through a file, and a reply carries a parse whole:
 * every fixture's outcome comes back equal, amounts at their printed precision.
 */
class WorkerProtocolTest {

	@TempDir
	Path folder;

	@Test
	void aRequestIsOneLineOfJson() {
		DocumentSource source = new DocumentSource("https://example.gov.cn/a b.pdf", "预算\n公开.pdf", "application/pdf",
				1234, null);
		WorkerProtocol.Request request = new WorkerProtocol.Request(7, this.folder.resolve("ab/cd/abcd"),
				this.folder.resolve("reply-1.json"), source);

		String line = WorkerProtocol.encode(request);

		assertThat(line).doesNotContain("\n", "\r");
		assertThat(WorkerProtocol.decode(line)).isEqualTo(request);
	}

	static Stream<FixtureDocument> fixtures() {
		return ParsedFixtures.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void aReplyCarriesTheWholeParse(FixtureDocument fixture) throws IOException {
		ParseOutcome outcome = ParsedFixtures.outcome(fixture);
		Path file = this.folder.resolve("reply.json");

		WorkerProtocol.write(WorkerProtocol.Reply.of(outcome), file);

		assertThat(WorkerProtocol.read(file).outcome()).isEqualTo(outcome);
	}

	@Test
	void aReplyCarriesAFailure() throws IOException {
		ParseOutcome failed = ParseOutcome.failed(ParseFailure.NO_TEXT, "The document contains no text");
		Path file = this.folder.resolve("reply.json");

		WorkerProtocol.write(WorkerProtocol.Reply.of(failed), file);

		assertThat(WorkerProtocol.read(file).outcome()).isEqualTo(failed);
	}

	@Test
	void aReplyCarriesTheAttachmentsOfALandingPage() throws IOException {
		ParseOutcome failed = new ParseOutcome.Failed(ParseFailure.LANDING_PAGE, "A landing page",
				List.of("http://www.lylq.gov.cn/attach/a.pdf", "http://www.lylq.gov.cn/attach/b.xls"));
		Path file = this.folder.resolve("reply.json");

		WorkerProtocol.write(WorkerProtocol.Reply.of(failed), file);

		assertThat(WorkerProtocol.read(file).outcome()).isEqualTo(failed);
	}

	@Test
	void theWorkersLinesNameTheRequestTheyAnswer() {
		assertThat(WorkerProtocol.Line.parse(WorkerProtocol.ready(4242)))
			.isEqualTo(new WorkerProtocol.Line("READY", 4242, ""));
		assertThat(WorkerProtocol.Line.parse(WorkerProtocol.done(7)).is(WorkerProtocol.DONE, 7)).isTrue();
		assertThat(WorkerProtocol.Line.parse(WorkerProtocol.done(7)).is(WorkerProtocol.DONE, 8)).isFalse();
		WorkerProtocol.Line error = WorkerProtocol.Line
			.parse(WorkerProtocol.error(9, "Cannot read /blobs/ab:\njava.nio.file.NoSuchFileException"));
		assertThat(error.is(WorkerProtocol.ERROR, 9)).isTrue();
		assertThat(error.rest()).isEqualTo("Cannot read /blobs/ab: java.nio.file.NoSuchFileException");
		assertThat(WorkerProtocol.Line.parse("Picked up JAVA_TOOL_OPTIONS: -Xss1m"))
			.isEqualTo(new WorkerProtocol.Line("Picked", -1, "JAVA_TOOL_OPTIONS: -Xss1m"));
	}

}
