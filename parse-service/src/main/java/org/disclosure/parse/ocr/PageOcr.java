package org.disclosure.parse.ocr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.disclosure.parse.layout.Glyph;
import org.disclosure.parse.layout.GridCells;
import org.disclosure.parse.layout.PageContent;
import org.disclosure.parse.layout.Ruling;

/**
 * Reads one page image: finds its ruling lines and the table cells between them, blanks
 * the lines out, reads the page's text with Tesseract, then reads every cell and word of
 * figures again with a whitelist of digits and punctuation (whole-page OCR drops decimal
 * points: 31.71 becomes 3171), all of them in one Tesseract call on a strip composed of
 * their crops. The characters are placed where they are printed and the rulings kept, so
 * the page is laid out as a page with a text layer is.
 */
final class PageOcr {

	/**
	 * Tesseract's page segmentation for the text around the tables: one column of text of
	 * varying sizes (the automatic layout of mode 3 drops short lines of a 目录).
	 */
	private static final int PAGE = 4;

	/** Tesseract's page segmentation for a block of lines: the strip of figures. */
	private static final int BLOCK = 6;

	/** Room around a crop on the strip, and between two crops, in pixels. */
	private static final int PAD = 8;

	private static final int GAP = 28;

	/** Pixels a cell's ink box is grown by on each side before it is read. */
	private static final int INK_MARGIN = 3;

	/** Tesseract's page segmentation for a single line: a doubtful cell read alone. */
	private static final int LINE = 7;

	/** Digits lower than this many pixels are read again scaled up. */
	private static final int SMALL = 40;

	/** The most doubtful cells of a page read again alone (each a Tesseract call). */
	private static final int MOST_REREAD = 40;

	/**
	 * A line this many points high is printed larger than text (10.5 or 12 points): a
	 * title.
	 */
	private static final double TITLE_POINTS = 15;

	/** The most title lines of a page read again. */
	private static final int MOST_TITLES = 4;

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	/** Well-formed readings of a column that fix its decimals, and their share. */
	private static final int COLUMN_SAMPLE = 3;

	private static final double COLUMN_SHARE = 0.75;

	/**
	 * Words of a line closer than this share of its height are printed without a space
	 * between them.
	 */
	private static final double ADJACENT = 0.6;

	/** A figure as a cell or word prints it: digits, separators, a sign, brackets. */
	private static final Pattern FIGURE = Pattern.compile("[-+−—–(（]?[0-9０-９][0-9０-９.,，．:：]*[%％)）]?");

	private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

	/**
	 * Figures of the text with this many digits or more are read again (a decimal point
	 * may be lost); fewer are list numbers and years' digits.
	 */
	private static final int REREAD_DIGITS = 3;

	/** Letters Tesseract reads for the digits 1 and 0 of a cell of figures. */
	private static final Pattern ONE = Pattern.compile("[lI|]");

	private static final Pattern ZERO = Pattern.compile("[Oo]");

	private static final Pattern DECIMAL_COMMA = Pattern.compile(",([0-9]{1,2}%?)$");

	/** Punctuation a crop's edge adds to a figure read again: no figure ends with it. */
	private static final Pattern EDGES = Pattern.compile("^[.,:]+|[.,:\\-]+$");

	private final Tesseract tesseract;

	private final int dpi;

	PageOcr(Tesseract tesseract, int dpi) {
		this.tesseract = tesseract;
		this.dpi = dpi;
	}

	/**
	 * Reads {@code image} within {@code limit}.
	 * @throws OcrException when Tesseract fails or the page overruns its limit
	 */
	ScannedPage read(GrayImage image, Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		ImageRulings rulings = ImageRulings.find(image, this.dpi);
		List<Ruling> lines = points(rulings);
		List<GrayImage.Box> cells = GridCells.of(lines).stream().map(this::pixels).toList();
		GrayImage clean = image.copy();
		rulings.blankOut(clean);
		GrayImage outside = clean.copy();
		int speck = Math.max(6, this.dpi / 30);
		List<GrayImage.Box> inks = new ArrayList<>();
		List<GrayImage.Box> inkCells = new ArrayList<>();
		for (GrayImage.Box cell : cells) {
			GrayImage.Box ink = clean.inkBox(cell.left() + 2, cell.top() + 2, cell.right() - 2, cell.bottom() - 2,
					speck);
			if (ink != null) {
				inks.add(ink.grown(INK_MARGIN));
				inkCells.add(cell);
			}
			outside.blankOut(cell.left(), cell.top(), cell.right(), cell.bottom());
		}
		List<OcrWord> pageWords = (outside.inkBox(0, 0, outside.width(), outside.height(), speck) != null)
				? titlesReadAgain(outside, this.tesseract.read(outside, PAGE, false, remaining(deadline)), deadline)
				: List.of();
		List<List<OcrWord>> cellWords = readStrip(clean, inks, false, deadline);
		List<Place> places = new ArrayList<>();
		for (int i = 0; i < inks.size(); i++) {
			List<Letter> letters = letters(cellWords.get(i));
			places.add(new Place(inks.get(i), letters, true, letters.isEmpty() || isFigure(text(letters)),
					inkCells.get(i)));
		}
		for (List<Letter> word : byWord(letters(pageWords))) {
			GrayImage.Box box = box(word);
			places.add(new Place(new GrayImage.Box(box.left() - 1, box.top() - 3, box.right() + 1, box.bottom() + 3),
					word, false, FIGURE.matcher(text(word)).matches() && digits(text(word)) >= REREAD_DIGITS, null));
		}
		List<Place> figures = places.stream().filter(Place::figure).toList();
		List<List<OcrWord>> figureWords = readStrip(clean, figures.stream().map(Place::box).toList(), true, deadline);
		List<Glyph> glyphs = new ArrayList<>();
		List<OcrText> texts = new ArrayList<>();
		int unread = 0;
		int figure = 0;
		int words = pageWords.size();
		double confidences = pageWords.stream().mapToDouble(OcrWord::confidence).sum();
		for (List<OcrWord> read : cellWords) {
			words += read.size();
			confidences += read.stream().mapToDouble(OcrWord::confidence).sum();
		}
		List<Reading> chosen = new ArrayList<>();
		for (Place place : places) {
			chosen.add(place.figure() ? choose(new Reading(text(place.letters()), confidence(place.letters())),
					reading(figureWords.get(figure++)), place.cell()) : null);
		}
		rereadDoubtful(clean, places, chosen, deadline);
		for (int i = 0; i < places.size(); i++) {
			Place place = places.get(i);
			if (!place.figure()) {
				place.letters().forEach((letter) -> glyphs.add(glyph(letter)));
				if (place.cell()) {
					texts.add(text(new Reading(text(place.letters()), confidence(place.letters())), place.box()));
				}
				continue;
			}
			Reading reading = chosen.get(i);
			if (reading == null) {
				unread++;
				reading = new Reading("?", 0);
			}
			glyphs.addAll(spread(reading.text(), place.box()));
			texts.add(text(reading, place.box()));
		}
		double mean = (words > 0) ? confidences / words : 0;
		return new ScannedPage(new PageContent(glyphs, lines, points(image.height())), texts, words, mean, cells.size(),
				figures.size(), unread);
	}

	/**
	 * The page's words with each line printed larger than the text (a title: it names the
	 * table) read again alone, as one line, where that reading is as confident: read in
	 * the page, chi_sim takes the 表 of a 黑体 title for 舟, 夫 or 雪, which it reads alone.
	 */
	private List<OcrWord> titlesReadAgain(GrayImage outside, List<OcrWord> words, long deadline) {
		Map<GrayImage.Box, List<OcrWord>> lines = new LinkedHashMap<>();
		words.forEach((word) -> lines.computeIfAbsent(word.line(), (line) -> new ArrayList<>()).add(word));
		double titleHeight = TITLE_POINTS * this.dpi / 72.0;
		List<OcrWord> read = new ArrayList<>();
		int titles = 0;
		for (Map.Entry<GrayImage.Box, List<OcrWord>> line : lines.entrySet()) {
			GrayImage.Box box = line.getKey();
			boolean title = box.height() >= titleHeight && titles < MOST_TITLES
					&& line.getValue().stream().anyMatch((word) -> HAN.matcher(word.text()).find());
			List<OcrWord> again = List.of();
			if (title) {
				titles++;
				again = this.tesseract.read(outside.crop(box, PAD, 1), LINE, false, remaining(deadline))
					.stream()
					.map((word) -> word.moved(box.left() - PAD, box.top() - PAD))
					.toList();
			}
			read.addAll(again.isEmpty() ? line.getValue() : again);
		}
		return read;
	}

	/**
	 * Reads the boxes of {@code image} again, each on a line of a strip composed of their
	 * crops, in one Tesseract call: figures with the digits whitelist, else as text. The
	 * words of each box, placed back where they are on the page.
	 */
	private List<List<OcrWord>> readStrip(GrayImage image, List<GrayImage.Box> boxes, boolean digits, long deadline) {
		List<List<OcrWord>> words = new ArrayList<>();
		boxes.forEach((box) -> words.add(new ArrayList<>()));
		if (boxes.isEmpty()) {
			return words;
		}
		int width = 0;
		int height = 0;
		int[] tops = new int[boxes.size()];
		for (int i = 0; i < boxes.size(); i++) {
			tops[i] = height + GAP / 2;
			height += boxes.get(i).height() + GAP;
			width = Math.max(width, boxes.get(i).width());
		}
		GrayImage strip = GrayImage.blank(width + 4 * PAD, height);
		for (int i = 0; i < boxes.size(); i++) {
			strip.paste(image, boxes.get(i), 2 * PAD, tops[i]);
		}
		for (OcrWord word : this.tesseract.read(strip, BLOCK, digits, remaining(deadline))) {
			for (int i = 0; i < boxes.size(); i++) {
				GrayImage.Box box = boxes.get(i);
				if (word.centreY() >= tops[i] - GAP / 2.0 && word.centreY() < tops[i] + box.height() + GAP / 2.0) {
					words.get(i).add(word.moved(box.left() - 2 * PAD, box.top() - tops[i]));
					break;
				}
			}
		}
		return words;
	}

	/**
	 * Reads again, alone, padded and scaled up when small, with a single line's
	 * segmentation, each cell whose figure has not the shape of its cell (a number, its
	 * ink's width, its column's decimals), and keeps the reading that has it; a cell that
	 * still has not is given {@link FigureShape#DOUBTFUL} confidence at most.
	 */
	private void rereadDoubtful(GrayImage clean, List<Place> places, List<Reading> chosen, long deadline) {
		List<FigureShape.Measure> measures = new ArrayList<>();
		Map<String, List<Integer>> columnDecimals = new LinkedHashMap<>();
		for (int i = 0; i < places.size(); i++) {
			Reading reading = chosen.get(i);
			if (reading != null && places.get(i).cell()) {
				measures
					.add(new FigureShape.Measure(reading.text(), reading.confidence(), places.get(i).box().width()));
				if (FigureShape.wellFormed(reading.text())) {
					columnDecimals.computeIfAbsent(column(places.get(i)), (key) -> new ArrayList<>())
						.add(FigureShape.decimals(reading.text()));
				}
			}
		}
		FigureShape shape = FigureShape.measured(measures, INK_MARGIN);
		Map<String, Integer> decimals = new LinkedHashMap<>();
		columnDecimals.forEach((key, all) -> {
			Map<Integer, Integer> counts = new LinkedHashMap<>();
			all.forEach((d) -> counts.merge(d, 1, Integer::sum));
			counts.forEach((d, count) -> {
				if (all.size() >= COLUMN_SAMPLE && count >= COLUMN_SHARE * all.size()) {
					decimals.put(key, d);
				}
			});
		});
		int reread = 0;
		for (int i = 0; i < places.size(); i++) {
			Place place = places.get(i);
			Reading reading = chosen.get(i);
			if (reading == null || !place.cell() || fits(reading, place, shape, decimals)) {
				continue;
			}
			Reading again = null;
			if (reread++ < MOST_REREAD) {
				int factor = (place.box().height() < SMALL) ? 2 : 1;
				again = reading(
						this.tesseract.read(clean.crop(place.box(), PAD, factor), LINE, true, remaining(deadline)));
			}
			if (again != null && fits(again, place, shape, decimals)) {
				chosen.set(i, again);
			}
			else {
				Reading better = (again != null && again.confidence() > reading.confidence()) ? again : reading;
				chosen.set(i, new Reading(better.text(), Math.min(better.confidence(), FigureShape.DOUBTFUL),
						better.lines()));
			}
		}
	}

	/**
	 * True when a cell's reading has the shape of its cell (the width of one line: a
	 * figure wrapped over lines is as wide as its longest).
	 */
	private static boolean fits(Reading reading, Place place, FigureShape shape, Map<String, Integer> decimals) {
		Integer expected = decimals.get(column(place));
		return FigureShape.wellFormed(reading.text())
				&& (reading.lines() > 1 || shape.fitsWidth(reading.text(), place.box().width()))
				&& (expected == null || expected == FigureShape.decimals(reading.text()));
	}

	/** The column of a cell: its left and right edges, to a few pixels. */
	private static String column(Place place) {
		return Math.round(place.column().left() / 12.0) + "-" + Math.round(place.column().right() / 12.0);
	}

	/**
	 * True when a cell's text, read as text, is a figure (digits and separators, a letter
	 * or two Tesseract reads for a digit), to be read again with the digits' whitelist;
	 * ≥90% or a dash is not.
	 */
	private static boolean isFigure(String text) {
		return FIGURE.matcher(ZERO.matcher(ONE.matcher(text).replaceAll("1")).replaceAll("0")).matches();
	}

	/**
	 * A figure's separators as printed: Tesseract takes a decimal point for a comma
	 * ({@code 1,00}: a comma before fewer than three last digits) and a thousands comma
	 * for a point ({@code 1.055.79}: every point but the last).
	 */
	static String separators(String figure) {
		String text = figure.contains(".") ? figure : DECIMAL_COMMA.matcher(figure).replaceFirst(".$1");
		int last = text.lastIndexOf('.');
		if (last > 0 && text.indexOf('.') < last) {
			text = text.substring(0, last).replace('.', ',') + text.substring(last);
		}
		return text;
	}

	private static int digits(String text) {
		return NOT_DIGIT.matcher(text).replaceAll("").length();
	}

	/**
	 * The words of a figure read again, line by line and left to right (a narrow cell
	 * wraps 100.00% over two lines), as one reading; null for none.
	 */
	private static Reading reading(List<OcrWord> words) {
		if (words.isEmpty()) {
			return null;
		}
		List<OcrWord> sorted = new ArrayList<>(words);
		sorted.sort(Comparator.comparingInt((OcrWord word) -> word.line().top()).thenComparingInt(OcrWord::left));
		StringBuilder text = new StringBuilder();
		sorted.forEach((word) -> text.append(word.text()));
		String figure = separators(EDGES.matcher(text).replaceAll(""));
		long lines = sorted.stream().map(OcrWord::line).distinct().count();
		return figure.isEmpty() ? null
				: new Reading(figure, sorted.stream().mapToDouble(OcrWord::confidence).min().orElse(0), (int) lines);
	}

	/**
	 * The reading of a figure: in a cell, the one read with the whitelist (the cell's own
	 * crop); in the text, that one where its digits agree with the page's reading (it
	 * adds the punctuation the page lost), else the page's (read in its context).
	 */
	private static Reading choose(Reading printed, Reading reread, boolean cell) {
		boolean hasPrinted = !printed.text().isEmpty();
		if (reread == null || reread.text().isEmpty()) {
			return hasPrinted ? printed : null;
		}
		if (cell || !hasPrinted) {
			return reread;
		}
		boolean sameDigits = NOT_DIGIT.matcher(reread.text())
			.replaceAll("")
			.equals(NOT_DIGIT.matcher(printed.text()).replaceAll(""));
		return sameDigits ? reread : printed;
	}

	/**
	 * The words' characters, each given an equal share of its word's box. A word's box
	 * ends where the next word of its line starts: Tesseract gives a Chinese word a box
	 * reaching over the words after it, and splits Chinese text into words printed
	 * without space between them, which the layout would read as spaces.
	 */
	private static List<Letter> letters(List<OcrWord> words) {
		List<Letter> letters = new ArrayList<>();
		for (int w = 0; w < words.size(); w++) {
			OcrWord word = words.get(w);
			int[] points = normalised(word.text()).codePoints().toArray();
			int right = word.left() + word.width();
			if (w + 1 < words.size() && words.get(w + 1).line().equals(word.line())
					&& words.get(w + 1).left() > word.left()
					&& words.get(w + 1).left() - right < word.line().height() * ADJACENT) {
				right = words.get(w + 1).left();
			}
			double share = (double) (right - word.left()) / points.length;
			for (int i = 0; i < points.length; i++) {
				double left = word.left() + i * share;
				letters.add(new Letter(new String(points, i, 1), left, left + share, word.top(),
						word.top() + word.height(), word.line(), word.confidence(), w));
			}
		}
		return misreadsCorrected(fullWidthBrackets(letters));
	}

	/**
	 * A word as the disclosure prints it: Tesseract reads the full-width bracket （ as the
	 * angle bracket 〈, which disclosures do not print.
	 */
	static String normalised(String word) {
		return word.replace('〈', '（').replace('〉', '）');
	}

	/**
	 * The letters with each half-width bracket beside a Chinese character of its line
	 * made full-width: chi_sim reads （ as ( too, and Chinese text takes the full-width
	 * one.
	 */
	private static List<Letter> fullWidthBrackets(List<Letter> letters) {
		List<Letter> made = new ArrayList<>(letters);
		for (int i = 0; i < letters.size(); i++) {
			Letter letter = letters.get(i);
			String full = letter.text().equals("(") ? "（" : letter.text().equals(")") ? "）" : null;
			if (full != null && (han(letters, i - 1, letter) || han(letters, i + 1, letter))) {
				made.set(i, new Letter(full, letter.left(), letter.right(), letter.top(), letter.bottom(),
						letter.line(), letter.confidence(), letter.word()));
			}
		}
		return made;
	}

	/** The letters with the {@link ChineseNumeralZeros} of each line corrected. */
	private static List<Letter> misreadsCorrected(List<Letter> letters) {
		List<Letter> made = new ArrayList<>(letters);
		int start = 0;
		while (start < letters.size()) {
			int end = start;
			StringBuilder line = new StringBuilder();
			while (end < letters.size() && letters.get(end).line().equals(letters.get(start).line())) {
				line.append(letters.get(end++).text());
			}
			int[] read = line.codePoints().toArray();
			int[] corrected = ChineseNumeralZeros.corrected(line.toString()).codePoints().toArray();
			for (int i = 0; read.length == end - start && corrected.length == read.length && i < read.length; i++) {
				if (corrected[i] != read[i]) {
					Letter letter = letters.get(start + i);
					made.set(start + i, new Letter(new String(corrected, i, 1), letter.left(), letter.right(),
							letter.top(), letter.bottom(), letter.line(), letter.confidence(), letter.word()));
				}
			}
			start = end;
		}
		return made.stream().filter((letter) -> letter.text().charAt(0) != ChineseNumeralZeros.DROPPED).toList();
	}

	private static boolean han(List<Letter> letters, int at, Letter beside) {
		return at >= 0 && at < letters.size() && letters.get(at).line().equals(beside.line())
				&& Character.UnicodeScript.of(letters.get(at).text().codePointAt(0)) == Character.UnicodeScript.HAN;
	}

	/** Letters grouped back into their words, in order. */
	private static List<List<Letter>> byWord(List<Letter> letters) {
		Map<Integer, List<Letter>> words = new LinkedHashMap<>();
		letters.forEach((letter) -> words.computeIfAbsent(letter.word(), (w) -> new ArrayList<>()).add(letter));
		return new ArrayList<>(words.values());
	}

	private static String text(List<Letter> letters) {
		StringBuilder text = new StringBuilder();
		letters.forEach((letter) -> text.append(letter.text()));
		return text.toString();
	}

	private static double confidence(List<Letter> letters) {
		return letters.stream().mapToDouble(Letter::confidence).min().orElse(0);
	}

	private static GrayImage.Box box(List<Letter> letters) {
		int left = Integer.MAX_VALUE;
		int top = Integer.MAX_VALUE;
		int right = Integer.MIN_VALUE;
		int bottom = Integer.MIN_VALUE;
		for (Letter letter : letters) {
			left = Math.min(left, (int) Math.floor(letter.left()));
			right = Math.max(right, (int) Math.ceil(letter.right()));
			top = Math.min(top, letter.top());
			bottom = Math.max(bottom, letter.bottom());
		}
		return new GrayImage.Box(left, top, right, bottom);
	}

	/** A character where Tesseract read it, on its line's baseline and at its height. */
	private Glyph glyph(Letter letter) {
		return new Glyph(letter.text(), points(letter.left()), points(letter.line().bottom()),
				points(letter.right() - letter.left()), points(Math.max(1, letter.line().height())));
	}

	/**
	 * The characters of a figure read again, spread over its ink on one line: digits are
	 * about 0.7 of the font size high.
	 */
	private List<Glyph> spread(String text, GrayImage.Box ink) {
		int[] points = text.codePoints().toArray();
		double share = (double) ink.width() / points.length;
		float size = points(Math.max(1, ink.height()) / 0.7);
		List<Glyph> glyphs = new ArrayList<>();
		for (int i = 0; i < points.length; i++) {
			glyphs.add(new Glyph(new String(points, i, 1), points(ink.left() + i * share), points(ink.bottom()),
					points(share), size));
		}
		return glyphs;
	}

	private OcrText text(Reading reading, GrayImage.Box box) {
		return new OcrText(reading.text(), reading.confidence(), points(box.left()), points(box.right()));
	}

	private static Duration remaining(long deadline) {
		long left = deadline - System.nanoTime();
		if (left <= 0) {
			throw new OcrException("the page's time limit was reached", true);
		}
		return Duration.ofNanos(left);
	}

	private List<Ruling> points(ImageRulings rulings) {
		List<Ruling> lines = new ArrayList<>();
		for (ImageRulings.Segment line : rulings.horizontal()) {
			lines.add(new Ruling(true, points(line.position()), points(line.from()), points(line.to())));
		}
		for (ImageRulings.Segment line : rulings.vertical()) {
			lines.add(new Ruling(false, points(line.position()), points(line.from()), points(line.to())));
		}
		return lines;
	}

	private float points(double pixels) {
		return (float) (pixels * 72 / this.dpi);
	}

	private int pixels(float points) {
		return Math.round(points * this.dpi / 72);
	}

	private GrayImage.Box pixels(GridCells.Cell cell) {
		return new GrayImage.Box(pixels(cell.left()), pixels(cell.top()), pixels(cell.right()), pixels(cell.bottom()));
	}

	/**
	 * A place of the page read: a cell with ink, or a word outside the tables; its
	 * letters as the page was read, whether it holds a figure, and the cell's box (null
	 * for a word).
	 */
	private record Place(GrayImage.Box box, List<Letter> letters, boolean cell, boolean figure, GrayImage.Box column) {
	}

	/** A figure as read, with its confidence and the lines it was read on. */
	private record Reading(String text, double confidence, int lines) {

		Reading(String text, double confidence) {
			this(text, confidence, 1);
		}

	}

	/**
	 * One character of a word: its share of the word's box, the box of its line, the
	 * word's confidence and index.
	 */
	private record Letter(String text, double left, double right, int top, int bottom, GrayImage.Box line,
			double confidence, int word) {

		double centreX() {
			return (this.left + this.right) / 2;
		}

		double centreY() {
			return (this.top + this.bottom) / 2.0;
		}

	}

}
