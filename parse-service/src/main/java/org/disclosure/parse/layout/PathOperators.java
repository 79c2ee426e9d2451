package org.disclosure.parse.layout;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.function.Supplier;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * The path operators of a page's content (move, line, curve, rectangle, close, stroke,
 * fill, end), given to a content-stream engine that reads something else, such as the
 * text stripper reading characters' positions: the page's {@link RulingCollector} is told
 * each path operation in device space, as PDFBox's graphics engine would tell it, so a
 * page's content is parsed once for its characters and its rulings. Clipping, colours,
 * shadings and images carry no rulings and are not read.
 */
final class PathOperators {

	private PathOperators() {
	}

	/**
	 * Adds the path operators to {@code engine}, each telling the collector
	 * {@code rulings} gives for the page being read.
	 */
	static void addTo(PDFStreamEngine engine, Supplier<RulingCollector> rulings) {
		engine.addOperator(new PathOperator(engine, OperatorName.MOVE_TO, 2, (collector, points) -> {
			collector.moveTo(points[0].x, points[0].y);
		}, rulings));
		engine.addOperator(new PathOperator(engine, OperatorName.LINE_TO, 2, (collector, points) -> {
			collector.lineTo(points[0].x, points[0].y);
		}, rulings));
		engine.addOperator(new PathOperator(engine, OperatorName.CURVE_TO, 6, (collector, points) -> {
			collector.curveTo(points[0].x, points[0].y, points[1].x, points[1].y, points[2].x, points[2].y);
		}, rulings));
		engine.addOperator(
				new PathOperator(engine, OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT, 4, (collector, points) -> {
					Point2D from = collector.currentPoint();
					collector.curveTo((float) from.getX(), (float) from.getY(), points[0].x, points[0].y, points[1].x,
							points[1].y);
				}, rulings));
		engine.addOperator(
				new PathOperator(engine, OperatorName.CURVE_TO_REPLICATE_FINAL_POINT, 4, (collector, points) -> {
					collector.curveTo(points[0].x, points[0].y, points[1].x, points[1].y, points[1].x, points[1].y);
				}, rulings));
		engine.addOperator(new PathOperator(engine, OperatorName.APPEND_RECT, 4, (collector, corners) -> {
			collector.appendRectangle(corners[0], corners[1], corners[2], corners[3]);
		}, rulings));
		engine.addOperator(painting(engine, OperatorName.CLOSE_PATH, rulings, RulingCollector::closePath));
		engine.addOperator(painting(engine, OperatorName.STROKE_PATH, rulings, RulingCollector::strokePath));
		engine.addOperator(painting(engine, OperatorName.CLOSE_AND_STROKE, rulings, (collector) -> {
			collector.closePath();
			collector.strokePath();
		}));
		for (String fill : List.of(OperatorName.FILL_NON_ZERO, OperatorName.LEGACY_FILL_NON_ZERO,
				OperatorName.FILL_EVEN_ODD)) {
			engine.addOperator(painting(engine, fill, rulings, RulingCollector::fillPath));
		}
		for (String fillAndStroke : List.of(OperatorName.FILL_NON_ZERO_AND_STROKE,
				OperatorName.FILL_EVEN_ODD_AND_STROKE)) {
			engine.addOperator(painting(engine, fillAndStroke, rulings, RulingCollector::fillAndStrokePath));
		}
		for (String closeFillAndStroke : List.of(OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE,
				OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE)) {
			engine.addOperator(painting(engine, closeFillAndStroke, rulings, (collector) -> {
				collector.closePath();
				collector.fillAndStrokePath();
			}));
		}
		// A clipping path is no border; it is discarded by the end-path operator that
		// follows it.
		engine.addOperator(painting(engine, OperatorName.ENDPATH, rulings, RulingCollector::endPath));
	}

	private static OperatorProcessor painting(PDFStreamEngine engine, String name, Supplier<RulingCollector> rulings,
			java.util.function.Consumer<RulingCollector> action) {
		return new PathOperator(engine, name, 0, (collector, points) -> action.accept(collector), rulings);
	}

	/** What an operator does with the collector and its operands as device points. */
	@FunctionalInterface
	private interface PathAction {

		void apply(RulingCollector collector, Point2D.Float[] points);

	}

	/**
	 * One path operator: its numeric operands, taken in pairs as points and transformed
	 * by the current transformation matrix (a rectangle's {@code x y w h} becomes its
	 * four corners), then handed to the page's collector. Operands missing or not numbers
	 * leave the path as it was, as PDFBox's own operators do.
	 */
	private static final class PathOperator extends OperatorProcessor {

		private final String name;

		private final int operands;

		private final PathAction action;

		private final Supplier<RulingCollector> rulings;

		PathOperator(PDFStreamEngine engine, String name, int operands, PathAction action,
				Supplier<RulingCollector> rulings) {
			super(engine);
			this.name = name;
			this.operands = operands;
			this.action = action;
			this.rulings = rulings;
		}

		@Override
		public void process(Operator operator, List<COSBase> arguments) {
			RulingCollector collector = this.rulings.get();
			if (collector == null || arguments.size() < this.operands) {
				return;
			}
			float[] values = new float[this.operands];
			for (int i = 0; i < this.operands; i++) {
				if (!(arguments.get(i) instanceof COSNumber number)) {
					return;
				}
				values[i] = number.floatValue();
			}
			Matrix ctm = getContext().getGraphicsState().getCurrentTransformationMatrix();
			this.action.apply(collector,
					OperatorName.APPEND_RECT.equals(this.name) ? corners(ctm, values) : points(ctm, values));
		}

		@Override
		public String getName() {
			return this.name;
		}

		private static Point2D.Float[] points(Matrix ctm, float[] values) {
			Point2D.Float[] points = new Point2D.Float[values.length / 2];
			for (int i = 0; i < points.length; i++) {
				points[i] = ctm.transformPoint(values[2 * i], values[2 * i + 1]);
			}
			return points;
		}

		private static Point2D.Float[] corners(Matrix ctm, float[] rectangle) {
			float x1 = rectangle[0];
			float y1 = rectangle[1];
			float x2 = x1 + rectangle[2];
			float y2 = y1 + rectangle[3];
			return new Point2D.Float[] { ctm.transformPoint(x1, y1), ctm.transformPoint(x2, y1),
					ctm.transformPoint(x2, y2), ctm.transformPoint(x1, y2) };
		}

	}

}
