package org.disclosure.parse.metadata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.parse.text.CompactText;

/**
 * Tells a department or unit name from other words in the same place: Chinese characters
 * and brackets only, of a sensible length, ending as organisations end (局, 委员会, 中心, 院 …),
 * optionally followed by {@code （本级）}, in simplified or traditional characters (委員會).
 */
final class OrganisationNames {

	private static final Pattern NAME = Pattern.compile("[\\p{IsHan}()（）·]{4,40}");

	private static final Pattern ORGANISATION_END = Pattern.compile(
			"(局|委员会|委|办公室|办|厅|院|中心|所|站|部|会|馆|队|处|署|府|社|校|学|园|室|台|团|司|宫|场|组|庭|狱|行|库|集团)" + "([(（](本级|机关|本部)[)）])?$");

	private static final Pattern OWN_LEVEL = Pattern.compile("[(（](本级|机关|本部)[)）]$");

	private OrganisationNames() {
	}

	/**
	 * The name in {@code value}, as printed, when it is one.
	 * @param value a candidate without whitespace
	 * @return the name, empty when {@code value} is no organisation name
	 */
	static Optional<String> of(String value) {
		String folded = CompactText.fold(value);
		if (value == null || !NAME.matcher(folded).matches() || !ORGANISATION_END.matcher(folded).find()) {
			return Optional.empty();
		}
		return Optional.of(value);
	}

	/** {@code name} without a trailing {@code （本级）}: the department itself. */
	static String withoutOwnLevel(String name) {
		Matcher ownLevel = OWN_LEVEL.matcher(CompactText.fold(name));
		return ownLevel.find() ? name.substring(0, ownLevel.start()) : name;
	}

}
