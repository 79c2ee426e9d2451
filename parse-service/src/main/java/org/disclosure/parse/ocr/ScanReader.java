package org.disclosure.parse.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.disclosure.parse.layout.Layout;
import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.layout.PageContent;
import org.disclosure.parse.layout.PdfLayout;

/**
 * Reads the pages of a PDF that have no usable text layer, and the pages of an image, by
 * OCR: each PDF page's text layer is judged ({@link TextLayer}; a page with little text
 * is read when an image covers it, or when it shows ink), pages to read are rendered in
 * gray and read by {@link PageOcr} within the page time limit, and the document is laid
 * out with those pages read from their image. A page that fails or overruns is recorded
 * and its text layer kept; the rest of the document is read. Thread-safe: each call reads
 * one document.
 */
public class ScanReader {

	/** Reason of a page without text. */
	static final String NO_TEXT = "no_text";

	/** Reason of a page whose characters are no language. */
	static final String NOT_LANGUAGE = "not_language";

	/** Reason of an image, or a page an image covers. */
	static final String IMAGE = "image";

	/** A page with little text is a scan when images cover this share of it. */
	private static final double SCANNED = 0.3;

	/** A page with some text is still a scan when images cover this share of it. */
	private static final double COVERED = 0.6;

	/** Characters of text a page covered by an image may have and still be a scan. */
	private static final int TYPED_OVER_SCAN = 200;

	private final OcrSettings settings;

	private final Tesseract tesseract;

	private final PageOcr pages;

	private volatile OcrEngine engine;

	public ScanReader(OcrSettings settings) {
		this(settings, new Tesseract(settings));
	}

	ScanReader(OcrSettings settings, Tesseract tesseract) {
		this.settings = settings;
		this.tesseract = tesseract;
		this.pages = new PageOcr(tesseract, settings.dpi());
	}

	/** Whether OCR can run here, found out once. */
	public OcrEngine engine() {
		OcrEngine known = this.engine;
		if (known == null) {
			known = this.tesseract.probe();
			this.engine = known;
		}
		return known;
	}

	/** True for the image media types read as scans: PNG, JPEG, TIFF. */
	public static boolean isImage(String mediaType) {
		return mediaType.startsWith("image/png") || mediaType.startsWith("image/jpeg")
				|| mediaType.startsWith("image/tiff");
	}

	/**
	 * Reads an image (PNG, JPEG, TIFF: each frame a page) by OCR. A PDF is read from the
	 * document Tika loaded, by {@link #readPdf} ({@link PdfScanPass}).
	 * @param bytes the image
	 * @param pageStarted told the number of each page before OCR starts on it (so a
	 * watchdog can give it its time)
	 * @return its layout and what OCR did
	 */
	public Scan readImage(byte[] bytes, IntConsumer pageStarted) {
		long started = System.nanoTime();
		List<BufferedImage> images;
		try {
			images = frames(bytes);
		}
		catch (IOException | RuntimeException ex) {
			OcrPage failed = OcrPage.notRead(1, IMAGE, "failed", millisSince(started),
					"The image cannot be decoded: " + ex.getMessage());
			return new Scan(null, engine(), List.of(failed), millisSince(started), Map.of());
		}
		Map<Integer, PageContent> replaced = new ConcurrentHashMap<>();
		Map<Integer, List<OcrText>> read = new ConcurrentHashMap<>();
		List<OcrPage> records = inParallel(images.size(),
				(i) -> readPage(i + 1, IMAGE, i, pageStarted, () -> GrayImage.of(images.get(i)), replaced, read));
		List<PageContent> pages = new ArrayList<>();
		for (int i = 1; i <= images.size(); i++) {
			if (replaced.containsKey(i)) {
				pages.add(replaced.get(i));
			}
		}
		Layout layout = pages.isEmpty() ? null : PdfLayout.read(pages);
		return new Scan(layout, engine(), records, millisSince(started), read);
	}

	/**
	 * Reads the pages of an open PDF that have no usable text layer by OCR.
	 * @param document the document (Tika's, while it reads the text)
	 * @param textLayer the layout of its text layer, or null when it could not be read
	 * @param pageStarted told the number of each page before OCR starts on it
	 * @return its layout and what OCR did, or {@link Scan#NONE} without a text layer's
	 * layout or when the PDF cannot be read further
	 */
	public Scan readPdf(PDDocument document, Layout textLayer, IntConsumer pageStarted) {
		if (textLayer == null) {
			return Scan.NONE;
		}
		try {
			return readPages(document, textLayer, pageStarted);
		}
		catch (IOException | RuntimeException ex) {
			// Tika read the text; the layout reader falls back to it.
			return Scan.NONE;
		}
	}

	private Scan readPages(PDDocument document, Layout textLayer, IntConsumer pageStarted) throws IOException {
		long started = System.nanoTime();
		Map<Integer, StringBuilder> texts = new HashMap<>();
		for (LayoutLine line : textLayer.lines()) {
			texts.computeIfAbsent(line.page(), (page) -> new StringBuilder()).append(line.text());
		}
		Map<Integer, String> reasons = new LinkedHashMap<>();
		PDFRenderer renderer = null;
		for (int number = 1; number <= document.getNumberOfPages(); number++) {
			String text = texts.containsKey(number) ? texts.get(number).toString() : "";
			TextLayer judged = TextLayer.judge(text);
			if (judged == TextLayer.NOT_LANGUAGE) {
				reasons.put(number, NOT_LANGUAGE);
				continue;
			}
			if (text.length() >= TYPED_OVER_SCAN) {
				continue;
			}
			double covered = ImageCoverage.of(document.getPage(number - 1));
			if (covered >= COVERED || covered >= SCANNED && judged == TextLayer.SPARSE) {
				reasons.put(number, IMAGE);
			}
			else if (text.isBlank()) {
				renderer = (renderer != null) ? renderer : new PDFRenderer(document);
				if (showsInk(renderer, number)) {
					reasons.put(number, NO_TEXT);
				}
			}
		}
		if (reasons.isEmpty()) {
			return new Scan(textLayer, null, List.of(), 0, Map.of());
		}
		PDFRenderer pdf = (renderer != null) ? renderer : new PDFRenderer(document);
		Map<Integer, PageContent> replaced = new ConcurrentHashMap<>();
		Map<Integer, List<OcrText>> read = new ConcurrentHashMap<>();
		List<Integer> numbers = new ArrayList<>(reasons.keySet());
		List<OcrPage> records = inParallel(numbers.size(), (i) -> {
			int number = numbers.get(i);
			return readPage(number, reasons.get(number), i, pageStarted, () -> {
				// PDFBox renders one page of a document at a time.
				synchronized (pdf) {
					return GrayImage.of(pdf.renderImageWithDPI(number - 1, this.settings.dpi(), ImageType.GRAY));
				}
			}, replaced, read);
		});
		Layout layout = replaced.isEmpty() ? textLayer : PdfLayout.read(document, replaced);
		return new Scan(layout, engine(), records, millisSince(started), read);
	}

	/**
	 * Reads one page, recording why not when it cannot: no engine, beyond the page limit,
	 * a failure or an overrun.
	 */
	private OcrPage readPage(int number, String reason, int before, IntConsumer pageStarted, Render render,
			Map<Integer, PageContent> replaced, Map<Integer, List<OcrText>> read) {
		OcrEngine available = engine();
		if (!available.available()) {
			return OcrPage.notRead(number, reason, "unavailable", 0, available.message());
		}
		if (before >= this.settings.maxPages()) {
			return OcrPage.notRead(number, reason, "skipped", 0,
					"beyond the " + this.settings.maxPages() + " pages read by OCR in one document");
		}
		pageStarted.accept(number);
		long started = System.nanoTime();
		try {
			GrayImage image = render.image();
			Duration left = this.settings.pageTimeLimit().minusNanos(System.nanoTime() - started);
			ScannedPage scanned = this.pages.read(image, left.isNegative() ? Duration.ofMillis(1) : left);
			replaced.put(number, scanned.content());
			read.put(number, scanned.texts());
			return OcrPage.read(number, reason, millisSince(started), scanned);
		}
		catch (OcrException ex) {
			return OcrPage.notRead(number, reason, ex.timedOut() ? "timed_out" : "failed", millisSince(started),
					"OCR of page " + number + " " + (ex.timedOut() ? "timed out: " : "failed: ") + ex.getMessage());
		}
		catch (IOException | RuntimeException ex) {
			return OcrPage.notRead(number, reason, "failed", millisSince(started),
					"Page " + number + " could not be rendered: " + ex);
		}
	}

	/**
	 * Reads {@code count} pages, {@link OcrSettings#threads()} at a time, and gives their
	 * records in order.
	 */
	private List<OcrPage> inParallel(int count, IntFunction<OcrPage> page) {
		if (this.settings.threads() == 1 || count < 2) {
			List<OcrPage> records = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				records.add(page.apply(i));
			}
			return records;
		}
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, this.settings.threads()));
		try {
			List<Future<OcrPage>> pending = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				pending.add(pool.submit(() -> page.apply(index)));
			}
			List<OcrPage> records = new ArrayList<>();
			for (Future<OcrPage> record : pending) {
				records.add(record.get());
			}
			return records;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while pages were read by OCR", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("OCR of a page failed", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** True when the page, rendered, shows ink (a drawing of text, not a blank page). */
	private boolean showsInk(PDFRenderer renderer, int number) throws IOException {
		GrayImage image = GrayImage.of(renderer.renderImageWithDPI(number - 1, 36, ImageType.GRAY));
		return image.inkBox(0, 0, image.width(), image.height(), 4) != null;
	}

	/** The frames of an image: one, or each page of a TIFF. */
	private static List<BufferedImage> frames(byte[] bytes) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new IOException("no image reader knows the format");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in);
				int count = Math.max(1, reader.getNumImages(true));
				List<BufferedImage> images = new ArrayList<>();
				for (int i = 0; i < count; i++) {
					images.add(reader.read(i));
				}
				return images;
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	/** Renders or decodes a page image. */
	@FunctionalInterface
	private interface Render {

		GrayImage image() throws IOException;

	}

}
