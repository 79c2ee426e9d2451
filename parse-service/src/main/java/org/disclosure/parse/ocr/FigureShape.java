package org.disclosure.parse.ocr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Judges whether a figure read by OCR has the shape its cell prints: a well-formed
 * number, as many characters as the ink of the cell is wide (a dropped or doubled digit:
 * 100.00 read as 10.00), and the decimals of its column. A reading that fails is doubtful
 * whatever Tesseract's own confidence: a rule comparing it warns, never errs.
 */
final class FigureShape {

	/** The confidence given a reading whose shape disagrees with its cell. */
	static final double DOUBTFUL = 0.5;

	/** A number as disclosures print it: thousands commas, a decimal point, a sign. */
	private static final Pattern NUMBER = Pattern
		.compile("[-(]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?%?\\)?");

	/** Readings measured before a page's character width is trusted. */
	private static final int SAMPLE = 5;

	/** Pixels the ink box of a cell is grown by on each side. */
	private final int margin;

	/** Median pixels per character unit of the page's figures; 0 when unknown. */
	private final double unitWidth;

	private FigureShape(int margin, double unitWidth) {
		this.margin = margin;
		this.unitWidth = unitWidth;
	}

	/**
	 * The shape of a page's figures, measured on its well-formed readings read with
	 * confidence.
	 * @param readings each reading's text and the width of its ink in pixels
	 * @param margin pixels each ink box was grown by on each side
	 */
	static FigureShape measured(Collection<Measure> readings, int margin) {
		List<Double> widths = new ArrayList<>();
		for (Measure reading : readings) {
			double units = units(reading.text());
			if (wellFormed(reading.text()) && reading.confidence() >= 0.9 && units >= 3) {
				widths.add((reading.width() - 2.0 * margin) / units);
			}
		}
		if (widths.size() < SAMPLE) {
			return new FigureShape(margin, 0);
		}
		widths.sort(Double::compare);
		return new FigureShape(margin, widths.get(widths.size() / 2));
	}

	/** True when {@code text} is a number as a disclosure prints one. */
	static boolean wellFormed(String text) {
		return NUMBER.matcher(text).matches();
	}

	/**
	 * True when {@code text} has about as many characters as ink {@code width} pixels
	 * wide holds (always, before the page's character width is known).
	 */
	boolean fitsWidth(String text, int width) {
		if (this.unitWidth <= 0) {
			return true;
		}
		double units = units(text);
		double measured = (width - 2.0 * this.margin) / this.unitWidth;
		return Math.abs(measured - units) <= Math.max(0.8, 0.12 * units);
	}

	/** The decimals a figure prints: 2 for 1,055.79, 0 for 12. */
	static int decimals(String text) {
		String digits = text.replaceAll("[%)]", "");
		int point = digits.lastIndexOf('.');
		return (point < 0) ? 0 : digits.length() - point - 1;
	}

	/**
	 * Characters in widths of a digit: a separator is narrower in most fonts (as wide in
	 * the 宋体 of many disclosures), a per cent sign wider.
	 */
	static double units(String text) {
		double units = 0;
		for (char c : text.toCharArray()) {
			units += switch (c) {
				case '.', ',' -> 0.7;
				case '%' -> 1.6;
				case '-', '(', ')' -> 0.6;
				default -> 1;
			};
		}
		return units;
	}

	/** A reading of a cell: its text, its confidence, the width of its ink. */
	record Measure(String text, double confidence, int width) {
	}

}
