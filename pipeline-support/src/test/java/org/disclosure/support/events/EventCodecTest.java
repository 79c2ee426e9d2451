package org.disclosure.support.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

	private final EventCodec codec = new EventCodec();

	@Test
	void eventsRoundTrip() {
		DocumentFetched fetched = new DocumentFetched(1, "ab".repeat(32), "ab".repeat(32),
				new DocumentSource(null, "卢氏县.pdf", "application/pdf", 10, null),
				Instant.parse("2025-01-02T03:04:05Z"));
		assertThat(this.codec.decode(this.codec.encode(fetched), DocumentFetched.class)).isEqualTo(fetched);
	}

	@Test
	void unknownFieldsAreTolerated() {
		byte[] json = "{\"schemaVersion\":1,\"docId\":\"x\",\"addedLater\":true}".getBytes(StandardCharsets.UTF_8);
		assertThat(this.codec.decode(json, DocumentFetched.class).docId()).isEqualTo("x");
	}

	@Test
	void randomBytesAreNotAnEvent() {
		byte[] garbage = { (byte) 0xff, 0x00, 0x13, 0x37 };
		assertThatThrownBy(() -> this.codec.decode(garbage, DocumentFetched.class))
			.isInstanceOf(EventDecodingException.class)
			.hasMessageContaining("DocumentFetched");
		assertThatThrownBy(() -> this.codec.decode(new byte[0], DocumentFetched.class))
			.isInstanceOf(EventDecodingException.class);
		assertThatThrownBy(() -> this.codec.decode("{}".getBytes(StandardCharsets.UTF_8), DocumentFetched.class))
			.isInstanceOf(EventDecodingException.class)
			.hasMessageContaining("schemaVersion");
		byte[] keyless = "{\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.codec.decode(keyless, DocumentFetched.class))
			.isInstanceOf(EventDecodingException.class)
			.hasMessageContaining("no key");
	}

}
