package org.disclosure.parse.attachments;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.disclosure.parse.layout.XhtmlLayout;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The documents a web page links as attachments ({@code …部门决算.pdf}, {@code …预算公开.xls}):
 * the {@code <a href>} of Tika's XHTML whose path or text ends in a format disclosures
 * are published in. Relative links are resolved against the page's own URL when it is
 * known (and written in ASCII, 部门决算.pdf percent-encoded in UTF-8, as a browser requests
 * it) and kept as printed when it is not.
 */
public final class AttachmentLinks {

	/** Formats the pipeline reads (ingest takes them in), as file name endings. */
	private static final Pattern DOCUMENT = Pattern.compile("\\.(?:pdf|docx?|xlsx?|wps|et|rtf|txt)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NO_DOCUMENT = Pattern.compile("^(?:javascript|mailto|tel|data):",
			Pattern.CASE_INSENSITIVE);

	private AttachmentLinks() {
	}

	/**
	 * The attachments {@code xhtml} links, each once, in page order.
	 * @param xhtml Tika's XHTML of a page
	 * @param pageUrl the URL the page was fetched from, or null when unknown
	 * @return absolute URLs where the page's URL or the link allows, else the links as
	 * printed
	 */
	public static List<String> find(String xhtml, String pageUrl) {
		if (xhtml == null || xhtml.isEmpty()) {
			return List.of();
		}
		Links links = new Links();
		try {
			XhtmlLayout.parse(xhtml, links);
		}
		catch (IllegalArgumentException ex) {
			// XHTML cut at the write limit: the links read so far are all there is.
		}
		URI base = base(pageUrl);
		Set<String> attachments = new LinkedHashSet<>();
		for (Link link : links.found) {
			if (isDocument(link)) {
				attachments.add(resolve(base, link.href()));
			}
		}
		return List.copyOf(attachments);
	}

	private static boolean isDocument(Link link) {
		String href = link.href().strip();
		if (href.isEmpty() || href.startsWith("#") || NO_DOCUMENT.matcher(href).find()) {
			return false;
		}
		String path = href.replaceFirst("[?#].*$", "");
		return DOCUMENT.matcher(path).find() || DOCUMENT.matcher(link.text().strip()).find();
	}

	private static URI base(String pageUrl) {
		if (pageUrl == null || pageUrl.isBlank()) {
			return null;
		}
		try {
			URI base = new URI(escape(pageUrl.strip()));
			return base.isAbsolute() ? base : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static String resolve(URI base, String href) {
		String printed = href.strip();
		try {
			URI link = new URI(escape(printed));
			URI resolved = link.isAbsolute() || base == null ? link : base.resolve(link);
			String scheme = (resolved.getScheme() != null) ? resolved.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) ? resolved.toASCIIString() : printed;
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return printed;
		}
	}

	/** Spaces and other characters sites leave unescaped in their links. */
	private static String escape(String url) {
		return url.replace(" ", "%20").replace("\\", "/").replace("|", "%7C");
	}

	private record Link(String href, String text) {
	}

	private static final class Links extends DefaultHandler {

		private final List<Link> found = new ArrayList<>();

		private String href;

		private StringBuilder text;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			String name = localName.isEmpty() ? qName : localName;
			if (name.equals("a") && attributes.getValue("href") != null) {
				this.href = attributes.getValue("href");
				this.text = new StringBuilder();
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			String name = localName.isEmpty() ? qName : localName;
			if (name.equals("a") && this.href != null) {
				this.found.add(new Link(this.href, this.text.toString()));
				this.href = null;
				this.text = null;
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (this.text != null) {
				this.text.append(ch, start, length);
			}
		}

	}

}
