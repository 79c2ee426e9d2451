package org.disclosure.parse.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.disclosure.contracts.DocumentSource;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.HostilePdfs;
import org.disclosure.parse.DocumentParser;
import org.disclosure.parse.ParseFailure;
import org.disclosure.parse.ParseOutcome;
import org.disclosure.parse.ParsedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker JVM speaks the protocol alone on stdout and halts when its stdin closes (its
 * parent died), even in the middle of a parse; inside it, a parser bug on a document is
 * that document's failure.
 */
class ParseWorkerTest {

	@TempDir
	Path folder;

	@Test
	void stdoutCarriesOnlyTheProtocolAndTheWorkerHaltsWhenItsStdinClosesMidParse() throws Exception {
		FixtureDocument fixture = ParsedFixtures.file("luolong-2024-final", "pdf");
		Path document = Files.write(this.folder.resolve(fixture.fileName()), fixture.bytes());
		Path bomb = Files.write(this.folder.resolve("glyph-bomb.pdf"), HostilePdfs.glyphBomb());
		Process worker = new ProcessBuilder(WorkerCommand.ofThisJvm(512).arguments())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		try (BufferedReader stdout = new BufferedReader(
				new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
				Writer stdin = new OutputStreamWriter(worker.getOutputStream(), StandardCharsets.UTF_8)) {
			assertThat(stdout.readLine()).isEqualTo(WorkerProtocol.ready(worker.pid()));
			send(stdin, new WorkerProtocol.Request(1, document, this.folder.resolve("reply-1.json"),
					new DocumentSource(null, fixture.fileName(), null, fixture.bytes().length, null)));
			assertThat(stdout.readLine()).isEqualTo(WorkerProtocol.done(1));
			assertThat(WorkerProtocol.read(this.folder.resolve("reply-1.json")).outcome())
				.isEqualTo(ParsedFixtures.parsed(fixture));

			// The bomb takes a 512 MB worker about ten seconds to exhaust.
			send(stdin, new WorkerProtocol.Request(2, bomb, this.folder.resolve("reply-2.json"),
					new DocumentSource(null, "glyph-bomb.pdf", null, Files.size(bomb), null)));
			Thread.sleep(1000);
			assertThat(worker.isAlive()).as("parsing the bomb").isTrue();
			stdin.close();

			assertThat(worker.waitFor(5, TimeUnit.SECONDS)).as("halted mid-parse").isTrue();
			assertThat(worker.exitValue()).isZero();
			assertThat(stdout.readLine()).as("nothing after the last answer").isNull();
		}
		finally {
			worker.destroyForcibly();
		}
	}

	@Test
	void aParserExceptionIsAnUnreadableDocument() {
		ParseOutcome.Failed failed = (ParseOutcome.Failed) ParseWorker.parse(failing(new IllegalStateException("boom")),
				new byte[1], null);

		assertThat(failed.failure()).isEqualTo(ParseFailure.UNREADABLE_DOCUMENT);
		assertThat(failed.message()).contains("IllegalStateException: boom");
	}

	@Test
	void aStackOverflowIsAnUnreadableDocument() {
		ParseOutcome.Failed failed = (ParseOutcome.Failed) ParseWorker.parse(failing(new StackOverflowError()),
				new byte[1], null);

		assertThat(failed.failure()).isEqualTo(ParseFailure.UNREADABLE_DOCUMENT);
		assertThat(failed.message()).contains("nests too deeply");
	}

	private static void send(Writer stdin, WorkerProtocol.Request request) throws IOException {
		stdin.write(WorkerProtocol.encode(request) + "\n");
		stdin.flush();
	}

	private static DocumentParser failing(Throwable problem) {
		return new DocumentParser(null, null, null) {

			@Override
			public ParseOutcome parse(byte[] bytes, DocumentSource source) {
				if (problem instanceof Error error) {
					throw error;
				}
				throw (RuntimeException) problem;
			}

		};
	}

}
