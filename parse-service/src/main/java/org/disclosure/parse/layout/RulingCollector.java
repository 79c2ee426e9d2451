package org.disclosure.parse.layout;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Collects the straight horizontal and vertical lines a PDF page draws: stroked paths and
 * thin filled rectangles, the borders of ruled tables. It is told the page's path
 * operations in device space by {@link PathOperators}, in the same pass over the page's
 * content as its characters' positions. One per page.
 */
final class RulingCollector {

	/** A filled rectangle at most this thick (points) is a line. */
	private static final float THIN = 2.5f;

	/** A segment shorter than this (points) is no table border. */
	private static final float MIN_LENGTH = 3f;

	private final List<float[]> subpath = new ArrayList<>();

	private final List<List<float[]>> path = new ArrayList<>();

	private final List<float[][]> rectangles = new ArrayList<>();

	private final List<Ruling> rulings = new ArrayList<>();

	private final float left;

	private final float bottom;

	private final float height;

	private final float width;

	private final int rotation;

	private Point2D current = new Point2D.Float();

	RulingCollector(PDPage page) {
		PDRectangle box = page.getCropBox();
		this.left = box.getLowerLeftX();
		this.bottom = box.getLowerLeftY();
		this.height = box.getHeight();
		this.width = box.getWidth();
		this.rotation = ((page.getRotation() % 360) + 360) % 360;
	}

	/** The rulings of the page so far, in points from its top-left corner. */
	List<Ruling> rulings() {
		return this.rulings;
	}

	void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		this.rectangles.add(new float[][] { point(p0), point(p1), point(p2), point(p3) });
		this.current = p0;
	}

	void moveTo(float x, float y) {
		closeSubpath();
		this.subpath.add(point(x, y));
		this.current = new Point2D.Float(x, y);
	}

	void lineTo(float x, float y) {
		if (this.subpath.isEmpty()) {
			this.subpath.add(point((float) this.current.getX(), (float) this.current.getY()));
		}
		this.subpath.add(point(x, y));
		this.current = new Point2D.Float(x, y);
	}

	void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		closeSubpath();
		this.current = new Point2D.Float(x3, y3);
	}

	/** The current point of the path being built, in device space. */
	Point2D currentPoint() {
		return this.current;
	}

	void closePath() {
		if (this.subpath.size() > 1) {
			this.subpath.add(this.subpath.get(0));
		}
	}

	void endPath() {
		reset();
	}

	void strokePath() {
		closeSubpath();
		for (List<float[]> points : this.path) {
			for (int i = 1; i < points.size(); i++) {
				add(points.get(i - 1), points.get(i));
			}
		}
		for (float[][] rectangle : this.rectangles) {
			for (int i = 0; i < 4; i++) {
				add(rectangle[i], rectangle[(i + 1) % 4]);
			}
		}
		reset();
	}

	void fillPath() {
		closeSubpath();
		for (float[][] rectangle : this.rectangles) {
			addThin(rectangle);
		}
		for (List<float[]> points : this.path) {
			if (points.size() >= 4) {
				addThin(points.subList(0, 4).toArray(new float[0][]));
			}
		}
		reset();
	}

	void fillAndStrokePath() {
		strokePath();
	}

	private void addThin(float[][] corners) {
		float minX = Float.MAX_VALUE;
		float maxX = -Float.MAX_VALUE;
		float minY = Float.MAX_VALUE;
		float maxY = -Float.MAX_VALUE;
		for (float[] corner : corners) {
			minX = Math.min(minX, corner[0]);
			maxX = Math.max(maxX, corner[0]);
			minY = Math.min(minY, corner[1]);
			maxY = Math.max(maxY, corner[1]);
		}
		float w = maxX - minX;
		float h = maxY - minY;
		if (h <= THIN && w >= MIN_LENGTH) {
			this.rulings.add(new Ruling(true, (minY + maxY) / 2, minX, maxX));
		}
		else if (w <= THIN && h >= MIN_LENGTH) {
			this.rulings.add(new Ruling(false, (minX + maxX) / 2, minY, maxY));
		}
	}

	private void add(float[] a, float[] b) {
		boolean horizontal = Math.abs(a[1] - b[1]) < 1f;
		boolean vertical = Math.abs(a[0] - b[0]) < 1f;
		if (!horizontal && !vertical) {
			return;
		}
		Ruling ruling = Ruling.of(a[0], a[1], b[0], b[1]);
		boolean turned = this.rotation % 180 != 0;
		float across = turned ? this.height : this.width;
		float down = turned ? this.width : this.height;
		boolean pageFrame = ruling.horizontal() ? ruling.length() > across * 0.98f : ruling.length() > down * 0.98f;
		if (ruling.length() >= MIN_LENGTH && !pageFrame) {
			this.rulings.add(ruling);
		}
	}

	private void closeSubpath() {
		if (this.subpath.size() > 1) {
			this.path.add(new ArrayList<>(this.subpath));
		}
		this.subpath.clear();
	}

	private void reset() {
		this.subpath.clear();
		this.path.clear();
		this.rectangles.clear();
	}

	private float[] point(Point2D point) {
		return point((float) point.getX(), (float) point.getY());
	}

	/**
	 * Page space (y up from the crop box) to the top-left space of the page as displayed,
	 * where the text's positions are: a page with {@code /Rotate} is turned upright.
	 */
	private float[] point(float x, float y) {
		float fromLeft = x - this.left;
		float fromBottom = y - this.bottom;
		return switch (this.rotation) {
			case 90 -> new float[] { fromBottom, fromLeft };
			case 180 -> new float[] { this.width - fromLeft, fromBottom };
			case 270 -> new float[] { this.height - fromBottom, this.width - fromLeft };
			default -> new float[] { fromLeft, this.height - fromBottom };
		};
	}

}
