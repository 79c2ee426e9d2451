package org.disclosure.parse.ocr;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Tesseract command line (one process per image) and reads its TSV output: words
 * with their boxes and confidences. A process per call keeps Tesseract's native code out
 * of the parser's JVM, and a call past its time limit is killed. Tesseract runs with
 * {@code OMP_THREAD_LIMIT=1}: its OpenMP threads made it eight times slower on two shared
 * cores. Thread-safe.
 */
final class Tesseract {

	/** Characters a cell of figures prints. */
	static final String FIGURES = "0123456789.,-%";

	/** The language data read for figures (Tesseract installs it with itself). */
	static final String FIGURES_LANGUAGE = "eng";

	private static final Duration PROBE_LIMIT = Duration.ofSeconds(20);

	private final OcrSettings settings;

	private final Path scratch;

	Tesseract(OcrSettings settings) {
		this(settings, Path.of(System.getProperty("java.io.tmpdir")));
	}

	Tesseract(OcrSettings settings, Path scratch) {
		this.settings = settings;
		this.scratch = scratch;
	}

	/**
	 * Whether the command runs and has the language data: its version and languages, or
	 * why not.
	 */
	OcrEngine probe() {
		if (!this.settings.enabled()) {
			return OcrEngine.unavailable("OCR is switched off (pipeline.parse.ocr.enabled=false)");
		}
		String version;
		String languages;
		try {
			version = run(List.of(this.settings.command(), "--version"), PROBE_LIMIT).lines()
				.findFirst()
				.orElse("")
				.strip();
			languages = run(List.of(this.settings.command(), "--list-langs"), PROBE_LIMIT);
		}
		catch (IOException | OcrException ex) {
			return OcrEngine.unavailable("Tesseract cannot be run (" + this.settings.command() + "): " + ex.getMessage()
					+ "; install the Debian packages tesseract-ocr and tesseract-ocr-chi-sim");
		}
		List<String> installed = languages.lines().map(String::strip).filter((line) -> !line.contains(" ")).toList();
		for (String language : List.of(this.settings.language(), FIGURES_LANGUAGE)) {
			if (!installed.contains(language)) {
				return OcrEngine.unavailable(version + " has no language data " + language + " (installed: "
						+ String.join(", ", installed) + "); install tesseract-ocr-"
						+ language.replace('_', '-').toLowerCase() + " or set pipeline.parse.ocr.language");
			}
		}
		return OcrEngine.available(version, this.settings.language());
	}

	/**
	 * The words of a page or block of text.
	 * @param image the image
	 * @param pageSegmentation Tesseract's page segmentation mode (3: a page, 6: a block)
	 * @param figures true to read only the characters of {@link #FIGURES}
	 * @param limit the longest the call may take
	 * @return the words, in Tesseract's reading order
	 * @throws OcrException when Tesseract fails or overruns
	 */
	List<OcrWord> read(GrayImage image, int pageSegmentation, boolean figures, Duration limit) {
		Path input = null;
		try {
			input = Files.createTempFile(this.scratch, "ocr-", ".pgm");
			try (OutputStream out = Files.newOutputStream(input)) {
				image.writePgm(out);
			}
			List<String> command = new ArrayList<>(List.of(this.settings.command(), input.toString(), "stdout", "-l",
					figures ? FIGURES_LANGUAGE : this.settings.language(), "--psm", Integer.toString(pageSegmentation),
					"--dpi", Integer.toString(this.settings.dpi())));
			if (figures) {
				command.addAll(List.of("-c", "tessedit_char_whitelist=" + FIGURES));
			}
			command.add("tsv");
			return words(run(command, limit));
		}
		catch (IOException ex) {
			throw new OcrException("Tesseract could not be given the image: " + ex.getMessage(), false);
		}
		finally {
			delete(input);
		}
	}

	/** The words of Tesseract's TSV: level 5 rows, each with the box of its line. */
	static List<OcrWord> words(String tsv) {
		Map<String, GrayImage.Box> lines = new HashMap<>();
		List<OcrWord> words = new ArrayList<>();
		for (String row : tsv.split("\n")) {
			String[] field = row.split("\t", -1);
			if (field.length < 12 || !field[0].matches("[45]")) {
				continue;
			}
			String line = field[2] + "/" + field[3] + "/" + field[4];
			int left = Integer.parseInt(field[6]);
			int top = Integer.parseInt(field[7]);
			int width = Integer.parseInt(field[8]);
			int height = Integer.parseInt(field[9]);
			if (field[0].equals("4")) {
				lines.put(line, new GrayImage.Box(left, top, left + width, top + height));
				continue;
			}
			String text = field[11].strip();
			if (text.isEmpty()) {
				continue;
			}
			double confidence = Math.max(0, Math.min(100, Double.parseDouble(field[10]))) / 100;
			GrayImage.Box box = lines.getOrDefault(line, new GrayImage.Box(left, top, left + width, top + height));
			words.add(new OcrWord(text, left, top, width, height, confidence, box));
		}
		return words;
	}

	private String run(List<String> command, Duration limit) throws IOException {
		Path out = Files.createTempFile(this.scratch, "ocr-", ".out");
		Path err = Files.createTempFile(this.scratch, "ocr-", ".err");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
				.redirectError(err.toFile());
			builder.environment().put("OMP_THREAD_LIMIT", "1");
			Process process = builder.start();
			boolean finished;
			try {
				finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
				throw new OcrException("interrupted", false);
			}
			if (!finished) {
				process.destroyForcibly();
				throw new OcrException("Tesseract did not finish within " + limit.toSeconds() + " s", true);
			}
			if (process.exitValue() != 0) {
				String message = Files.readString(err, StandardCharsets.UTF_8).strip();
				throw new OcrException("Tesseract exited with code " + process.exitValue()
						+ (message.isEmpty() ? "" : ": " + lastLine(message)), false);
			}
			return Files.readString(out, StandardCharsets.UTF_8);
		}
		finally {
			delete(out);
			delete(err);
		}
	}

	private static String lastLine(String text) {
		String[] lines = text.split("\n");
		return lines[lines.length - 1].strip();
	}

	private static void delete(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// A temporary file of a finished call; the folder is temporary too.
			}
		}
	}

}
