package org.disclosure.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrlGuardTest {

	private final UrlGuard guard = new UrlGuard(List.of());

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080/a.pdf", "http://localhost/x", "http://[::1]/x", "http://10.1.2.3/x",
			"http://172.16.0.9/x", "http://192.168.1.1/x", "http://169.254.169.254/latest/meta-data",
			"http://100.64.0.1/x", "http://0.0.0.0/x", "http://[fd00::1]/x", "http://[fe80::1]/x",
			"http://[::ffff:127.0.0.1]/x", "http://224.0.0.1/x" })
	void internalAddressesAreRefused(String url) {
		assertThatThrownBy(() -> this.guard.check(URI.create(url))).isInstanceOf(FetchRefusedException.class)
			.hasMessageContaining("address")
			.matches((ex) -> ((FetchRefusedException) ex).refused());
	}

	@ParameterizedTest
	@ValueSource(strings = { "file:///etc/passwd", "ftp://example.org/a.pdf", "gopher://x/", "jar:file:/x!/y" })
	void onlyHttpAndHttpsAreFetched(String url) {
		assertThatThrownBy(() -> this.guard.check(URI.create(url))).isInstanceOf(FetchRefusedException.class)
			.hasMessageContaining("http");
	}

	@Test
	void aPublicHostPasses() {
		UrlGuard guard = new UrlGuard(List.of(),
				(host) -> new InetAddress[] { address(new byte[] { 93, (byte) 184, (byte) 215, 14 }) });
		assertThatCode(() -> guard.check(URI.create("https://www.example.gov.cn/a.pdf"))).doesNotThrowAnyException();
	}

	@Test
	void aNameResolvingToAnyInternalAddressIsRefused() {
		UrlGuard guard = new UrlGuard(List.of(), (host) -> new InetAddress[] {
				address(new byte[] { 93, (byte) 184, (byte) 215, 14 }), address(new byte[] { 10, 0, 0, 1 }) });
		assertThatThrownBy(() -> guard.check(URI.create("https://rebind.example/a.pdf")))
			.hasMessageContaining("10.0.0.1");
	}

	@Test
	void theAllowListOpensNamedHostsAndAddresses() {
		UrlGuard guard = new UrlGuard(List.of("127.0.0.1", "intranet.local"));
		assertThatCode(() -> guard.check(URI.create("http://127.0.0.1:9/x"))).doesNotThrowAnyException();
		assertThatCode(() -> guard.check(URI.create("http://intranet.local/x"))).doesNotThrowAnyException();
		assertThatThrownBy(() -> guard.check(URI.create("http://192.168.0.1/x")))
			.isInstanceOf(FetchRefusedException.class);
	}

	private static InetAddress address(byte[] bytes) {
		try {
			return InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
