package org.disclosure.parse.tables;

import java.util.Optional;

/**
 * The level of a classification code (政府收支分类科目): 类 (3 digits), 款 (5), 项 (7); economic
 * codes have 类 (3) and 款 (5).
 */
public enum SubjectLevel {

	/** 类: three digits. */
	CLASS("类", 3),

	/** 款: five digits. */
	SEGMENT("款", 5),

	/** 项: seven digits. */
	ITEM("项", 7);

	private final String printed;

	private final int digits;

	SubjectLevel(String printed, int digits) {
		this.printed = printed;
		this.digits = digits;
	}

	/** The Chinese name of the level: 类, 款 or 项. */
	public String printed() {
		return this.printed;
	}

	/** The number of digits of a code of this level. */
	public int digits() {
		return this.digits;
	}

	/** The level of a code by its length. */
	public static Optional<SubjectLevel> ofCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (SubjectLevel level : values()) {
			if (level.digits == code.length()) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

	/**
	 * The code one level up: {@code 2101501} → {@code 21015}, {@code 21015} →
	 * {@code 210}.
	 */
	public static Optional<String> parentOf(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return switch (code.length()) {
			case 7 -> Optional.of(code.substring(0, 5));
			case 5 -> Optional.of(code.substring(0, 3));
			default -> Optional.empty();
		};
	}

}
