package org.disclosure.support.events;

import org.disclosure.contracts.PipelineEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events as JSON (UTF-8) on the wire. Unknown fields are tolerated: schemas grow
 * additively.
 */
public final class EventCodec {

	private final JsonMapper mapper;

	public EventCodec() {
		this(JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
	}

	private EventCodec(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * This codec with {@code mixin}'s Jackson annotations on {@code target}: for a reader
	 * that needs less of an event than its type holds (a {@code JsonIgnoreProperties}
	 * mixin leaves the big parts unread and null).
	 */
	public EventCodec withMixIn(Class<?> target, Class<?> mixin) {
		return new EventCodec(this.mapper.rebuild().addMixIn(target, mixin).build());
	}

	public byte[] encode(PipelineEvent event) {
		return this.mapper.writeValueAsBytes(event);
	}

	/**
	 * Reads an event of {@code type}; {@link EventDecodingException} when the bytes are
	 * not one.
	 */
	public <T extends PipelineEvent> T decode(byte[] json, Class<T> type) {
		if (json == null || json.length == 0) {
			throw new EventDecodingException("Empty record where a " + type.getSimpleName() + " was expected", null);
		}
		try {
			T event = this.mapper.readValue(json, type);
			if (event == null || event.key() == null) {
				throw new EventDecodingException("Record is not a " + type.getSimpleName() + ": it has no key", null);
			}
			return event;
		}
		catch (JacksonException ex) {
			throw new EventDecodingException("Record is not a " + type.getSimpleName() + ": " + ex.getMessage(), ex);
		}
	}

}
