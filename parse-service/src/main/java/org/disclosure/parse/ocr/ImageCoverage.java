package org.disclosure.parse.ocr;

import java.awt.geom.Point2D;
import java.io.IOException;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The share of a PDF page its images cover: a scanned page is one image over the whole
 * page, whatever text a scanner or an editor typed over it.
 */
final class ImageCoverage extends PDFGraphicsStreamEngine {

	private double area;

	private ImageCoverage(PDPage page) {
		super(page);
	}

	/** The share (0–1) of {@code page} its images cover (overlaps counted twice). */
	static double of(PDPage page) throws IOException {
		ImageCoverage coverage = new ImageCoverage(page);
		coverage.processPage(page);
		PDRectangle box = page.getCropBox();
		double pageArea = (double) box.getWidth() * box.getHeight();
		return (pageArea <= 0) ? 0 : Math.min(1, coverage.area / pageArea);
	}

	@Override
	public void drawImage(PDImage image) {
		Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
		this.area += Math.abs((double) ctm.getScaleX() * ctm.getScaleY() - (double) ctm.getShearX() * ctm.getShearY());
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		// Paths are no images.
	}

	@Override
	public void clip(int windingRule) {
		// Clipping does not change what an image covers here.
	}

	@Override
	public void moveTo(float x, float y) {
		// Paths are no images.
	}

	@Override
	public void lineTo(float x, float y) {
		// Paths are no images.
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		// Paths are no images.
	}

	@Override
	public Point2D getCurrentPoint() {
		return new Point2D.Float();
	}

	@Override
	public void closePath() {
		// Paths are no images.
	}

	@Override
	public void endPath() {
		// Paths are no images.
	}

	@Override
	public void strokePath() {
		// Paths are no images.
	}

	@Override
	public void fillPath(int windingRule) {
		// Paths are no images.
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		// Paths are no images.
	}

	@Override
	public void shadingFill(COSName shadingName) {
		// Shadings are no images.
	}

}
