package org.disclosure.stack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the launcher: the few answers it reads (health, ingest, search)
 * and the few bodies it writes. Objects become {@code Map}, arrays {@code List}, numbers
 * {@code Long} or {@code BigDecimal}.
 */
public final class Json {

	private final String text;

	private int pos;

	private Json(String text) {
		this.text = text;
	}

	public static Object parse(String text) {
		Json json = new Json(text);
		json.skipWhitespace();
		Object value = json.value();
		json.skipWhitespace();
		if (json.pos != text.length()) {
			throw json.error("unexpected trailing content");
		}
		return value;
	}

	/**
	 * The object at the top of {@code text}, or an empty map when it is not an object.
	 */
	public static Map<String, Object> parseObject(String text) {
		Object value = parse(text);
		return (value instanceof Map<?, ?>) ? asMap(value) : Map.of();
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> asMap(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	public static List<Object> asList(Object value) {
		if (value instanceof List<?> list) {
			return Collections.unmodifiableList(list);
		}
		return List.of();
	}

	/** The value at a dotted path such as {@code region.province}, or null. */
	public static Object at(Object root, String path) {
		Object current = root;
		for (String key : path.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(key);
		}
		return current;
	}

	/** The text at a dotted path, or null when absent, null or blank. */
	public static String text(Object root, String path) {
		Object value = at(root, path);
		if (value == null) {
			return null;
		}
		String text = (value instanceof BigDecimal decimal) ? decimal.toPlainString() : value.toString();
		return text.isBlank() ? null : text;
	}

	public static String quote(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	private Object value() {
		if (this.pos >= this.text.length()) {
			throw error("unexpected end");
		}
		char c = this.text.charAt(this.pos);
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		this.pos++;
		skipWhitespace();
		if (peek('}')) {
			this.pos++;
			return map;
		}
		while (true) {
			skipWhitespace();
			if (!peek('"')) {
				throw error("expected a field name");
			}
			String key = string();
			skipWhitespace();
			expect(':');
			skipWhitespace();
			map.put(key, value());
			skipWhitespace();
			if (peek(',')) {
				this.pos++;
				continue;
			}
			expect('}');
			return map;
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		this.pos++;
		skipWhitespace();
		if (peek(']')) {
			this.pos++;
			return list;
		}
		while (true) {
			skipWhitespace();
			list.add(value());
			skipWhitespace();
			if (peek(',')) {
				this.pos++;
				continue;
			}
			expect(']');
			return list;
		}
	}

	private String string() {
		this.pos++;
		StringBuilder out = new StringBuilder();
		while (this.pos < this.text.length()) {
			char c = this.text.charAt(this.pos++);
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (this.pos >= this.text.length()) {
				break;
			}
			char escaped = this.text.charAt(this.pos++);
			switch (escaped) {
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'u' -> {
					if (this.pos + 4 > this.text.length()) {
						throw error("bad unicode escape");
					}
					out.append((char) Integer.parseInt(this.text.substring(this.pos, this.pos + 4), 16));
					this.pos += 4;
				}
				default -> out.append(escaped);
			}
		}
		throw error("unterminated string");
	}

	private Object number() {
		int start = this.pos;
		while (this.pos < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.pos)) >= 0) {
			this.pos++;
		}
		String token = this.text.substring(start, this.pos);
		if (token.isEmpty()) {
			throw error("unexpected character '" + this.text.charAt(start) + "'");
		}
		try {
			BigDecimal number = new BigDecimal(token);
			if (token.indexOf('.') < 0 && token.indexOf('e') < 0 && token.indexOf('E') < 0) {
				try {
					return number.longValueExact();
				}
				catch (ArithmeticException tooLarge) {
					return number;
				}
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw error("bad number '" + token + "'");
		}
	}

	private Object literal(String word, Object value) {
		if (!this.text.startsWith(word, this.pos)) {
			throw error("unexpected token");
		}
		this.pos += word.length();
		return value;
	}

	private boolean peek(char c) {
		return this.pos < this.text.length() && this.text.charAt(this.pos) == c;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("expected '" + c + "'");
		}
		this.pos++;
	}

	private void skipWhitespace() {
		while (this.pos < this.text.length() && Character.isWhitespace(this.text.charAt(this.pos))) {
			this.pos++;
		}
	}

	private IllegalArgumentException error(String message) {
		return new IllegalArgumentException("Invalid JSON at " + this.pos + ": " + message);
	}

}
