package org.disclosure.parse.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scans made by the build from a text PDF: each page rendered to an image (PDFBox) and
 * put, alone, on a page of a new PDF, as a scanner or a "print to image" does. The scan
 * has no text layer at all.
 */
public final class ScannedPdfs {

	/** The resolution of the scans. */
	public static final int DPI = 300;

	private ScannedPdfs() {
	}

	/**
	 * An image-only PDF of {@code pdf}: every page a gray JPEG (quality 0.9) at
	 * {@link #DPI}, the size of the original page.
	 */
	public static byte[] scan(byte[] pdf) {
		try (PDDocument original = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
			PDFRenderer renderer = new PDFRenderer(original);
			for (int i = 0; i < original.getNumberOfPages(); i++) {
				BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
				PDRectangle size = new PDRectangle(image.getWidth() * 72f / DPI, image.getHeight() * 72f / DPI);
				PDPage page = new PDPage(size);
				scan.addPage(page);
				PDImageXObject picture = JPEGFactory.createFromImage(scan, image, 0.9f, DPI);
				try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
					content.drawImage(picture, 0, 0, size.getWidth(), size.getHeight());
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			scan.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make a scan of the PDF", ex);
		}
	}

}
