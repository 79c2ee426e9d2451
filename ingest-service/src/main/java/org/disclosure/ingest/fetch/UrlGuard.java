package org.disclosure.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether the pipeline may fetch a URL: http or https only, and never an address
 * inside the machine or its network (loopback, private, link-local, carrier-grade NAT,
 * unique-local, multicast, cloud metadata), judged on every address the host name
 * resolves to, unless the allow-list names the host or address.
 */
public final class UrlGuard {

	private final List<String> allowedHosts;

	private final HostResolver resolver;

	public UrlGuard(List<String> allowedHosts) {
		this(allowedHosts, InetAddress::getAllByName);
	}

	UrlGuard(List<String> allowedHosts, HostResolver resolver) {
		this.allowedHosts = allowedHosts.stream().map((host) -> host.toLowerCase(Locale.ROOT)).toList();
		this.resolver = resolver;
	}

	/**
	 * Checks {@code uri}; {@link FetchRefusedException} says why it may not be fetched.
	 */
	public void check(URI uri) throws FetchRefusedException {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new FetchRefusedException("Only http and https URLs are fetched, not '" + uri.getScheme() + "'");
		}
		String host = uri.getHost();
		if (host == null || host.isBlank()) {
			throw new FetchRefusedException("URL has no host: " + uri);
		}
		String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (this.allowedHosts.contains(bareHost.toLowerCase(Locale.ROOT))) {
			return;
		}
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(bareHost);
		}
		catch (UnknownHostException ex) {
			throw new FetchRefusedException("Host does not resolve: " + bareHost);
		}
		for (InetAddress address : addresses) {
			if (this.allowedHosts.contains(address.getHostAddress())) {
				continue;
			}
			String kind = internalKind(address);
			if (kind != null) {
				throw new FetchRefusedException("Refusing to fetch " + bareHost + ": it resolves to " + kind
						+ " address " + address.getHostAddress());
			}
		}
	}

	/** What kind of internal address {@code address} is, or null for a public one. */
	static String internalKind(InetAddress address) {
		if (address.isLoopbackAddress()) {
			return "a loopback";
		}
		if (address.isAnyLocalAddress()) {
			return "a wildcard";
		}
		if (address.isLinkLocalAddress()) {
			return "a link-local (or metadata)";
		}
		if (address.isSiteLocalAddress()) {
			return "a private";
		}
		if (address.isMulticastAddress()) {
			return "a multicast";
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			if (first == 100 && second >= 64 && second <= 127) {
				return "a carrier-grade NAT";
			}
			if (first == 0 || first >= 240 || (first == 192 && second == 0 && (b[2] & 0xff) == 0)) {
				return "a reserved";
			}
			if (first == 198 && (second == 18 || second == 19)) {
				return "a benchmarking";
			}
		}
		if (address instanceof Inet6Address) {
			if ((b[0] & 0xfe) == 0xfc) {
				return "a unique-local";
			}
			if (isMappedOrTranslatedV4(b)) {
				try {
					return internalKind(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
				}
				catch (UnknownHostException ex) {
					return "an unreadable";
				}
			}
		}
		return null;
	}

	private static boolean isMappedOrTranslatedV4(byte[] b) {
		for (int i = 0; i < 10; i++) {
			if (b[i] != 0) {
				return b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b; // 64:ff9b::/96
			}
		}
		return (b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0);
	}

	/** Resolves a host name to all its addresses. */
	@FunctionalInterface
	interface HostResolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

}
