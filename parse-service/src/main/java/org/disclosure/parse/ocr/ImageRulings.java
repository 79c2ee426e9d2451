package org.disclosure.parse.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the ruling lines of tables on a page image: long thin runs of ink, horizontal
 * ones anywhere, vertical ones only where they reach from one horizontal line to another
 * (a stroke of a character never does), so that the cells between them can be read one by
 * one. A short horizontal line counts only where vertical lines meet both its ends: the
 * strokes of a large title's characters join into short runs as long as a cell's edge.
 * The page is not deskewed: a scan turned by more than a few tenths of a degree breaks
 * its long lines into pieces too short to count.
 */
final class ImageRulings {

	/** Gaps of up to this many pixels do not break a line (a worn or dotted scan). */
	private static final int GAP = 2;

	/** A page border scanned as a line: longer than this share of the page. */
	private static final double PAGE_FRAME = 0.98;

	private final List<Segment> horizontal;

	private final List<Segment> vertical;

	private ImageRulings(List<Segment> horizontal, List<Segment> vertical) {
		this.horizontal = List.copyOf(horizontal);
		this.vertical = List.copyOf(vertical);
	}

	/**
	 * The ruling lines of {@code image}, rendered or scanned at {@code dpi}.
	 * @param image the page
	 * @param dpi its resolution
	 * @return its horizontal and vertical lines
	 */
	static ImageRulings find(GrayImage image, int dpi) {
		// A horizontal line is at least about 8 mm long (two or three characters of a
		// table cell); a vertical one at least about 2 mm (a low row), and must reach
		// from
		// one horizontal line to another.
		int minHorizontal = Math.max(20, dpi / 3);
		int minVertical = Math.max(8, dpi / 12);
		int maxThickness = Math.max(4, dpi / 25);
		int reach = Math.max(4, dpi / 30);
		List<Segment> horizontal = segments(image, true, minHorizontal, maxThickness);
		horizontal.removeIf((line) -> line.length() > image.width() * PAGE_FRAME);
		List<Segment> candidates = segments(image, false, minVertical, maxThickness);
		List<Segment> vertical = verticals(candidates, horizontal, image.height(), reach);
		horizontal.removeIf((line) -> line.length() < dpi && !endsOnLines(line, vertical, reach));
		return new ImageRulings(horizontal, verticals(candidates, horizontal, image.height(), reach));
	}

	/** The vertical lines of {@code candidates} with both ends on horizontal lines. */
	private static List<Segment> verticals(List<Segment> candidates, List<Segment> horizontal, int height, int reach) {
		List<Segment> vertical = new ArrayList<>();
		for (Segment line : candidates) {
			if (line.length() <= height * PAGE_FRAME && endsOnLines(line, horizontal, reach)) {
				vertical.add(line);
			}
		}
		return vertical;
	}

	List<Segment> horizontal() {
		return this.horizontal;
	}

	List<Segment> vertical() {
		return this.vertical;
	}

	/** Paints every line white on {@code image}, so OCR reads the text between them. */
	void blankOut(GrayImage image) {
		for (Segment line : this.horizontal) {
			image.blankOut(line.from() - 1, line.low() - 2, line.to() + 1, line.high() + 3);
		}
		for (Segment line : this.vertical) {
			image.blankOut(line.low() - 2, line.from() - 1, line.high() + 3, line.to() + 1);
		}
	}

	/**
	 * True when both ends of a line lie on lines across it (a vertical line's on
	 * horizontal ones, a horizontal line's on vertical ones).
	 */
	private static boolean endsOnLines(Segment line, List<Segment> across, int reach) {
		boolean start = false;
		boolean end = false;
		int at = line.position();
		for (Segment other : across) {
			if (at < other.from() - reach || at > other.to() + reach) {
				continue;
			}
			start |= Math.abs(other.position() - line.from()) <= reach;
			end |= Math.abs(other.position() - line.to()) <= reach;
		}
		return start && end;
	}

	/**
	 * The runs of ink of at least {@code minLength} pixels along one axis, joined across
	 * neighbouring rows (or columns) into lines at most {@code maxThickness} thick.
	 */
	private static List<Segment> segments(GrayImage image, boolean horizontal, int minLength, int maxThickness) {
		int lines = horizontal ? image.height() : image.width();
		int length = horizontal ? image.width() : image.height();
		List<Segment> done = new ArrayList<>();
		List<Segment> open = new ArrayList<>();
		for (int across = 0; across < lines; across++) {
			List<int[]> runs = runs(image, horizontal, across, length, minLength);
			List<Segment> next = new ArrayList<>();
			for (int[] run : runs) {
				Segment joined = null;
				for (Segment segment : open) {
					if (segment.high() == across - 1 && overlaps(segment, run[0], run[1])) {
						joined = segment;
						break;
					}
				}
				if (joined != null) {
					open.remove(joined);
					next.add(new Segment(Math.min(joined.from(), run[0]), Math.max(joined.to(), run[1]), joined.low(),
							across));
				}
				else {
					next.add(new Segment(run[0], run[1], across, across));
				}
			}
			for (Segment segment : open) {
				keep(done, segment, maxThickness);
			}
			open = next;
		}
		for (Segment segment : open) {
			keep(done, segment, maxThickness);
		}
		return done;
	}

	private static void keep(List<Segment> done, Segment segment, int maxThickness) {
		if (segment.high() - segment.low() + 1 <= maxThickness) {
			done.add(segment);
		}
	}

	private static boolean overlaps(Segment segment, int from, int to) {
		int overlap = Math.min(segment.to(), to) - Math.max(segment.from(), from);
		return overlap >= Math.min(segment.to() - segment.from(), to - from) / 2;
	}

	/** The runs of ink along one row (or column), gaps of {@link #GAP} bridged. */
	private static List<int[]> runs(GrayImage image, boolean horizontal, int across, int length, int minLength) {
		List<int[]> runs = new ArrayList<>();
		int start = -1;
		int lastInk = -1;
		for (int along = 0; along < length; along++) {
			boolean ink = horizontal ? image.ink(along, across) : image.ink(across, along);
			if (ink) {
				if (start < 0 || along - lastInk > GAP + 1) {
					if (start >= 0 && lastInk - start + 1 >= minLength) {
						runs.add(new int[] { start, lastInk + 1 });
					}
					start = along;
				}
				lastInk = along;
			}
		}
		if (start >= 0 && lastInk - start + 1 >= minLength) {
			runs.add(new int[] { start, lastInk + 1 });
		}
		return runs;
	}

	/**
	 * A line on the image: along its axis from {@code from} to {@code to} (exclusive),
	 * across it from {@code low} to {@code high} (inclusive) pixels.
	 */
	record Segment(int from, int to, int low, int high) {

		int length() {
			return this.to - this.from;
		}

		/**
		 * Its middle across its axis: the y of a horizontal line, the x of a vertical
		 * one.
		 */
		int position() {
			return (this.low + this.high) / 2;
		}

	}

}
