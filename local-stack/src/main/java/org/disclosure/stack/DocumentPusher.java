package org.disclosure.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ./pipeline push}: sends files (folders recursively) to ingest-service one by
 * one, printing a line per file and, on a terminal, a progress bar on stderr.
 */
final class DocumentPusher {

	private static final int BAR_WIDTH = 30;

	private final IngestClient client;

	private final String sourceUrl;

	private final String publisher;

	private final PrintStream out;

	private final PrintStream progress;

	private int shownWidth;

	/**
	 * @param client the ingest API
	 * @param sourceUrl optional {@code source_url} for every file
	 * @param publisher optional {@code publisher} for every file
	 * @param out where the per-file lines go
	 * @param progress where the progress bar goes, or null for none
	 */
	DocumentPusher(IngestClient client, String sourceUrl, String publisher, PrintStream out, PrintStream progress) {
		this.client = client;
		this.sourceUrl = sourceUrl;
		this.publisher = publisher;
		this.out = out;
		this.progress = progress;
	}

	/**
	 * One pushed file.
	 *
	 * @param file the file
	 * @param outcome what ingest-service answered
	 */
	record Pushed(Path file, IngestClient.Outcome outcome) {
	}

	/**
	 * The files named on the command line, folders expanded recursively (hidden entries
	 * inside folders skipped), in a stable order.
	 */
	static List<Path> collect(List<String> operands) throws IOException {
		List<Path> files = new ArrayList<>();
		for (String operand : operands) {
			Path path = Path.of(operand);
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(Files::isRegularFile)
						.filter((file) -> !isHidden(path.relativize(file)))
						.sorted()
						.forEach(files::add);
				}
			}
			else if (Files.isRegularFile(path)) {
				files.add(path);
			}
			else {
				throw new IllegalArgumentException("No such file or folder: " + operand);
			}
		}
		return files;
	}

	List<Pushed> push(List<Path> files) throws IOException, InterruptedException {
		long totalBytes = 0;
		for (Path file : files) {
			totalBytes += Files.size(file);
		}
		int nameWidth = files.stream().mapToInt((file) -> file.getFileName().toString().length()).max().orElse(0);
		List<Pushed> pushed = new ArrayList<>();
		long doneBytes = 0;
		showProgress(0, files.size(), 0, totalBytes);
		for (Path file : files) {
			IngestClient.Outcome outcome;
			try {
				outcome = this.client.push(file, this.sourceUrl, this.publisher);
			}
			catch (ConnectException ex) {
				clearProgress();
				throw new IllegalStateException("ingest-service does not answer at " + this.client.baseUrl()
						+ "; is the stack up? ./pipeline up", ex);
			}
			doneBytes += Files.size(file);
			pushed.add(new Pushed(file, outcome));
			clearProgress();
			this.out.println(String.format("%-" + nameWidth + "s  %s", file.getFileName(), outcome.describe()));
			showProgress(pushed.size(), files.size(), doneBytes, totalBytes);
		}
		if (this.progress != null) {
			this.progress.println();
		}
		return pushed;
	}

	private void showProgress(int doneFiles, int totalFiles, long doneBytes, long totalBytes) {
		if (this.progress != null) {
			String bar = ProgressBar.render(doneFiles, totalFiles, doneBytes, totalBytes, BAR_WIDTH);
			this.progress.print("\r" + bar);
			this.progress.flush();
			this.shownWidth = bar.length();
		}
	}

	private void clearProgress() {
		if (this.progress != null && this.shownWidth > 0) {
			this.progress.print("\r" + " ".repeat(this.shownWidth) + "\r");
			this.progress.flush();
			this.shownWidth = 0;
		}
	}

	private static boolean isHidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

}
