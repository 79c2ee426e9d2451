package org.disclosure.parse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Small PDFs with Chinese text written by a test: pages portrait, landscape or turned by
 * {@code /Rotate 90}, blank pages and pages holding only an image. No CJK font has to be
 * installed: the text is drawn with a font that is not embedded, each character's code
 * being its Unicode value and a ToUnicode map saying so, which is all text extraction
 * reads (CJK characters a full em wide, ASCII half). Positions are in points from the
 * left and from the top of the page as a reader sees it.
 */
public final class SyntheticPdf {

	/** Font size of every text. */
	public static final float SIZE = 10;

	private static final PDRectangle PORTRAIT = PDRectangle.A4;

	private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

	private final List<Page> pages = new ArrayList<>();

	/** A new portrait page. */
	public Page page() {
		return add(new Page(PORTRAIT, false, false));
	}

	/** A new page wider than tall. */
	public Page landscapePage() {
		return add(new Page(LANDSCAPE, false, false));
	}

	/**
	 * A portrait page shown turned a quarter clockwise ({@code /Rotate 90}): a reader
	 * sees it landscape.
	 */
	public Page rotatedPage() {
		return add(new Page(PORTRAIT, true, false));
	}

	/** A page without anything on it. */
	public SyntheticPdf blankPage() {
		add(new Page(PORTRAIT, false, false));
		return this;
	}

	/** A page holding one image and no text, like a scan. */
	public SyntheticPdf imagePage() {
		add(new Page(PORTRAIT, false, true));
		return this;
	}

	/** The document's bytes. */
	public byte[] bytes() {
		try (PDDocument document = new PDDocument()) {
			PDType0Font font = font(document);
			for (Page page : this.pages) {
				page.write(document, font);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Page add(Page page) {
		this.pages.add(page);
		return page;
	}

	/** A Type0 font whose codes are Unicode values, not embedded. */
	private PDType0Font font(PDDocument document) throws IOException {
		COSDictionary descriptor = new COSDictionary();
		descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
		descriptor.setName(COSName.FONT_NAME, "SyntheticSong");
		descriptor.setInt(COSName.FLAGS, 4);
		COSArray box = new COSArray();
		for (int value : new int[] { 0, -120, 1000, 880 }) {
			box.add(COSInteger.get(value));
		}
		descriptor.setItem(COSName.FONT_BBOX, box);
		descriptor.setInt(COSName.ITALIC_ANGLE, 0);
		descriptor.setInt(COSName.ASCENT, 880);
		descriptor.setInt(COSName.DESCENT, -120);
		descriptor.setInt(COSName.CAP_HEIGHT, 700);
		descriptor.setInt(COSName.STEM_V, 80);
		COSDictionary systemInfo = new COSDictionary();
		systemInfo.setString(COSName.REGISTRY, "Adobe");
		systemInfo.setString(COSName.ORDERING, "Identity");
		systemInfo.setInt(COSName.SUPPLEMENT, 0);
		COSDictionary cidFont = new COSDictionary();
		cidFont.setItem(COSName.TYPE, COSName.FONT);
		cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
		cidFont.setName(COSName.BASE_FONT, "SyntheticSong");
		cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
		cidFont.setItem(COSName.FONT_DESC, descriptor);
		cidFont.setInt(COSName.DW, 1000);
		cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
		COSArray widths = new COSArray();
		for (int value : new int[] { 0x20, 0x7e, 500 }) {
			widths.add(COSInteger.get(value));
		}
		cidFont.setItem(COSName.W, widths);
		COSDictionary type0 = new COSDictionary();
		type0.setItem(COSName.TYPE, COSName.FONT);
		type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
		type0.setName(COSName.BASE_FONT, "SyntheticSong");
		type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
		COSArray descendants = new COSArray();
		descendants.add(cidFont);
		type0.setItem(COSName.DESCENDANT_FONTS, descendants);
		type0.setItem(COSName.TO_UNICODE, toUnicode(document));
		return new UnicodeCodedFont(type0);
	}

	/** A ToUnicode map of every character the pages draw to itself. */
	private COSStream toUnicode(PDDocument document) throws IOException {
		TreeSet<Character> used = new TreeSet<>();
		for (Page page : this.pages) {
			for (Text text : page.texts) {
				for (char c : text.text().toCharArray()) {
					used.add(c);
				}
			}
		}
		StringBuilder cmap = new StringBuilder("""
				/CIDInit /ProcSet findresource begin
				12 dict begin
				begincmap
				/CMapName /Synthetic-UCS def
				/CMapType 2 def
				1 begincodespacerange
				<0000> <FFFF>
				endcodespacerange
				""");
		List<Character> chars = new ArrayList<>(used);
		for (int start = 0; start < chars.size(); start += 100) {
			List<Character> section = chars.subList(start, Math.min(start + 100, chars.size()));
			cmap.append(section.size()).append(" beginbfchar\n");
			for (char c : section) {
				cmap.append(String.format("<%04X> <%04X>%n", (int) c, (int) c));
			}
			cmap.append("endbfchar\n");
		}
		cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
		COSStream stream = document.getDocument().createCOSStream();
		try (OutputStream out = stream.createOutputStream()) {
			out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
		}
		return stream;
	}

	/**
	 * A text drawn with its baseline at {@code y} from the top, starting at {@code x}.
	 */
	private record Text(float x, float y, String text) {
	}

	/** A page being written. */
	public final class Page {

		private final PDRectangle size;

		private final boolean rotated;

		private final boolean image;

		private final List<Text> texts = new ArrayList<>();

		private Page(PDRectangle size, boolean rotated, boolean image) {
			this.size = size;
			this.rotated = rotated;
			this.image = image;
		}

		/** Draws {@code text} from {@code x}, its baseline {@code y} below the top. */
		public Page text(float x, float y, String text) {
			this.texts.add(new Text(x, y, text));
			return this;
		}

		/** Draws a row: each text from its own x, all on the baseline {@code y}. */
		public Page row(float y, float[] xs, String... cells) {
			for (int i = 0; i < cells.length; i++) {
				if (!cells[i].isEmpty()) {
					text(xs[i], y, cells[i]);
				}
			}
			return this;
		}

		/** Another page of the same document. */
		public SyntheticPdf done() {
			return SyntheticPdf.this;
		}

		private void write(PDDocument document, PDType0Font font) throws IOException {
			PDPage page = new PDPage(this.size);
			if (this.rotated) {
				page.setRotation(90);
			}
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				if (this.image) {
					BufferedImage scan = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
					PDImageXObject picture = LosslessFactory.createFromImage(document, scan);
					content.drawImage(picture, 50, 50, 400, 600);
				}
				for (Text text : this.texts) {
					content.beginText();
					content.setFont(font, SIZE);
					content.setTextMatrix(matrix(text));
					content.showText(text.text());
					content.endText();
				}
			}
		}

		/**
		 * Where a text starts in the page's own space: on a page turned clockwise the
		 * reader's right is the page's up.
		 */
		private Matrix matrix(Text text) {
			if (this.rotated) {
				return new Matrix(0, 1, -1, 0, text.y(), text.x());
			}
			return Matrix.getTranslateInstance(text.x(), this.size.getHeight() - text.y());
		}

	}

	/** The font with each character's code its Unicode value (two bytes). */
	private static final class UnicodeCodedFont extends PDType0Font {

		UnicodeCodedFont(COSDictionary dictionary) throws IOException {
			super(dictionary);
		}

		@Override
		protected byte[] encode(int unicode) {
			return new byte[] { (byte) (unicode >> 8), (byte) unicode };
		}

	}

}
