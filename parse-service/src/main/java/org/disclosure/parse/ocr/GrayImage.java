package org.disclosure.parse.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page image in 8-bit gray, 0 black to 255 white, with the few operations OCR needs:
 * crop, blank out, find ink, write as PGM (which Tesseract reads without a codec).
 */
final class GrayImage {

	/** A pixel darker than this is ink. */
	static final int INK = 160;

	private final int width;

	private final int height;

	private final byte[] pixels;

	GrayImage(int width, int height, byte[] pixels) {
		if (pixels.length != width * height) {
			throw new IllegalArgumentException(width + "×" + height + " pixels expected, not " + pixels.length);
		}
		this.width = width;
		this.height = height;
		this.pixels = pixels;
	}

	/** A white image. */
	static GrayImage blank(int width, int height) {
		byte[] pixels = new byte[width * height];
		Arrays.fill(pixels, (byte) 255);
		return new GrayImage(width, height, pixels);
	}

	/** {@code image} in gray (converted when it is in colour). */
	static GrayImage of(BufferedImage image) {
		BufferedImage gray = image;
		if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
			gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
			Graphics2D graphics = gray.createGraphics();
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.drawImage(image, 0, 0, null);
			graphics.dispose();
		}
		byte[] data = (byte[]) gray.getRaster().getDataElements(0, 0, gray.getWidth(), gray.getHeight(), null);
		return new GrayImage(gray.getWidth(), gray.getHeight(), data);
	}

	int width() {
		return this.width;
	}

	int height() {
		return this.height;
	}

	int at(int x, int y) {
		return this.pixels[y * this.width + x] & 0xff;
	}

	boolean ink(int x, int y) {
		return at(x, y) < INK;
	}

	/** A copy, to blank out without touching this one. */
	GrayImage copy() {
		return new GrayImage(this.width, this.height, this.pixels.clone());
	}

	/** Paints the rectangle white (clipped to the image). */
	void blankOut(int left, int top, int right, int bottom) {
		int x0 = Math.max(0, left);
		int x1 = Math.min(this.width, right);
		for (int y = Math.max(0, top); y < Math.min(this.height, bottom); y++) {
			if (x1 > x0) {
				Arrays.fill(this.pixels, y * this.width + x0, y * this.width + x1, (byte) 255);
			}
		}
	}

	/**
	 * The smallest box holding the ink inside the rectangle, or null when it holds fewer
	 * than {@code minimum} ink pixels (specks of a scan are no text).
	 */
	Box inkBox(int left, int top, int right, int bottom, int minimum) {
		int x0 = Math.max(0, left);
		int x1 = Math.min(this.width, right);
		int y0 = Math.max(0, top);
		int y1 = Math.min(this.height, bottom);
		int minX = Integer.MAX_VALUE;
		int minY = Integer.MAX_VALUE;
		int maxX = -1;
		int maxY = -1;
		int count = 0;
		for (int y = y0; y < y1; y++) {
			int row = y * this.width;
			for (int x = x0; x < x1; x++) {
				if ((this.pixels[row + x] & 0xff) < INK) {
					count++;
					minX = Math.min(minX, x);
					maxX = Math.max(maxX, x);
					minY = Math.min(minY, y);
					maxY = Math.max(maxY, y);
				}
			}
		}
		return (count < minimum) ? null : new Box(minX, minY, maxX + 1, maxY + 1);
	}

	/** Copies the rectangle of {@code source} to ({@code x}, {@code y}) of this image. */
	void paste(GrayImage source, Box from, int x, int y) {
		for (int row = 0; row < from.height(); row++) {
			int sourceY = from.top() + row;
			int targetY = y + row;
			if (sourceY < 0 || sourceY >= source.height || targetY < 0 || targetY >= this.height) {
				continue;
			}
			int sourceX = Math.max(0, from.left());
			int targetX = x + (sourceX - from.left());
			int length = Math.min(Math.min(from.right(), source.width) - sourceX, this.width - targetX);
			if (length > 0 && targetX >= 0) {
				System.arraycopy(source.pixels, sourceY * source.width + sourceX, this.pixels,
						targetY * this.width + targetX, length);
			}
		}
	}

	/**
	 * The rectangle {@code box} alone on white, {@code pad} pixels around it, each pixel
	 * made {@code factor} × {@code factor} pixels (Tesseract reads digits best when they
	 * are 30 or more pixels high).
	 */
	GrayImage crop(Box box, int pad, int factor) {
		GrayImage padded = blank(box.width() + 2 * pad, box.height() + 2 * pad);
		padded.paste(this, box, pad, pad);
		if (factor <= 1) {
			return padded;
		}
		GrayImage scaled = blank(padded.width * factor, padded.height * factor);
		for (int y = 0; y < scaled.height; y++) {
			int from = (y / factor) * padded.width;
			for (int x = 0; x < scaled.width; x++) {
				scaled.pixels[y * scaled.width + x] = padded.pixels[from + x / factor];
			}
		}
		return scaled;
	}

	/** Writes the image as binary PGM (P5). */
	void writePgm(OutputStream out) throws IOException {
		out.write(("P5\n" + this.width + " " + this.height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
		out.write(this.pixels);
	}

	/** A rectangle of pixels, right and bottom exclusive. */
	record Box(int left, int top, int right, int bottom) {

		int width() {
			return this.right - this.left;
		}

		int height() {
			return this.bottom - this.top;
		}

		Box grown(int by) {
			return new Box(this.left - by, this.top - by, this.right + by, this.bottom + by);
		}

		boolean contains(double x, double y) {
			return x >= this.left && x < this.right && y >= this.top && y < this.bottom;
		}

	}

}
