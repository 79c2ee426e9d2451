package org.disclosure.parse.region;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.disclosure.contracts.Region;
import org.disclosure.parse.text.CompactText;

/**
 * Places a department in GB/T 2260 from its name: the division names its name starts with
 * ({@code 洛阳市洛龙区医疗保障局} → 洛阳市, 洛龙区 → 河南省 洛阳市 洛龙区 410311). A name that repeats across
 * provinces (市中区, 城关区, 鼓楼区) is narrowed by the other names in the department's name, then
 * by how often the document mentions each candidate's city and province; when that does
 * not decide, only the parts the best candidates share are returned, without a code.
 * Names are compared {@link CompactText#fold folded}: 洛陽市洛龍區醫療保障局 is in 洛阳市 洛龙区.
 */
public class RegionResolver {

	/** Prefixes of party and mass organisations before the place name. */
	private static final List<String> ORGANISATION_PREFIXES = List.of("中国共产党", "中共", "共青团");

	/** Shortest name searched for inside a department name (not at its start). */
	private static final int MIN_INNER_NAME = 3;

	private final DivisionCatalogue catalogue;

	private final int longestName;

	public RegionResolver(DivisionCatalogue catalogue) {
		this.catalogue = catalogue;
		this.longestName = catalogue.names().stream().mapToInt(String::length).max().orElse(0);
	}

	/**
	 * Resolves the region of a department.
	 * @param department the department's name, e.g. 洛阳市洛龙区医疗保障局
	 * @param text the document's text, to choose between divisions of the same name; may
	 * be empty
	 * @return the region, empty when the name holds no division name
	 */
	public Optional<ResolvedRegion> resolve(String department, String text) {
		if (department == null || department.isBlank()) {
			return Optional.empty();
		}
		List<String> names = placeNames(CompactText.fold(department));
		for (int last = names.size() - 1; last >= 0; last--) {
			List<Division> candidates = consistent(names.get(last), names.subList(0, last));
			if (!candidates.isEmpty()) {
				return Optional.of(choose(candidates, CompactText.fold(text)));
			}
		}
		return Optional.empty();
	}

	/** The division names a department's name is built from, outermost first. */
	List<String> placeNames(String department) {
		String name = department.strip();
		for (String prefix : ORGANISATION_PREFIXES) {
			if (name.startsWith(prefix)) {
				name = name.substring(prefix.length());
				break;
			}
		}
		List<String> names = namesFrom(name, 0);
		if (names.isEmpty()) {
			for (int start = 1; start < name.length() && names.isEmpty(); start++) {
				String first = longestNameAt(name, start);
				if (first != null && first.length() >= MIN_INNER_NAME) {
					names = namesFrom(name, start);
				}
			}
		}
		return names;
	}

	private List<String> namesFrom(String name, int start) {
		List<String> names = new ArrayList<>();
		int position = start;
		for (String next = longestNameAt(name, position); next != null; next = longestNameAt(name, position)) {
			names.add(next);
			position += next.length();
		}
		return names;
	}

	private String longestNameAt(String name, int start) {
		for (int end = Math.min(name.length(), start + this.longestName); end >= start + 2; end--) {
			String candidate = name.substring(start, end);
			if (!this.catalogue.named(candidate).isEmpty()) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * The divisions named {@code name} that lie inside every division named in
	 * {@code outer}.
	 */
	private List<Division> consistent(String name, List<String> outer) {
		List<Division> consistent = new ArrayList<>();
		for (Division candidate : this.catalogue.named(name)) {
			Set<String> ancestors = ancestorNames(candidate);
			if (ancestors.containsAll(outer)) {
				consistent.add(candidate);
			}
		}
		return consistent;
	}

	private Set<String> ancestorNames(Division division) {
		Set<String> names = new LinkedHashSet<>();
		Optional<Division> parent = this.catalogue.parent(division);
		while (parent.isPresent()) {
			if (!parent.get().placeholder()) {
				names.add(CompactText.fold(parent.get().name()));
			}
			parent = this.catalogue.parent(parent.get());
		}
		return names;
	}

	private ResolvedRegion choose(List<Division> candidates, String text) {
		List<Division> best = new ArrayList<>();
		int bestScore = -1;
		for (Division candidate : candidates) {
			int score = mentions(candidate, text);
			if (score > bestScore) {
				best.clear();
				bestScore = score;
			}
			if (score == bestScore) {
				best.add(candidate);
			}
		}
		return (best.size() == 1) ? resolved(best.get(0)) : shared(best);
	}

	/** How often the text names the cities and provinces above {@code division}. */
	private int mentions(Division division, String text) {
		int count = 0;
		for (String ancestor : ancestorNames(division)) {
			count += occurrences(text, shortName(ancestor));
		}
		return count;
	}

	/** 洛阳市 → 洛阳, 河南省 → 河南; names that would get too short stay whole. */
	private static String shortName(String name) {
		for (String suffix : List.of("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "地区", "省", "市", "盟")) {
			if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
				return name.substring(0, name.length() - suffix.length());
			}
		}
		return name;
	}

	private static int occurrences(String text, String name) {
		int count = 0;
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
			count++;
		}
		return count;
	}

	private ResolvedRegion resolved(Division division) {
		Division province = this.catalogue.province(division);
		String city = null;
		String county = null;
		if (division.level() == Division.Level.COUNTY) {
			county = division.name();
			Division parent = this.catalogue.parent(division).orElseThrow();
			city = cityName(parent);
		}
		else if (division.level() == Division.Level.CITY) {
			city = division.name();
		}
		return new ResolvedRegion(new Region(province.name(), city, county, division.code()), AdminLevel.of(division));
	}

	/**
	 * The city of a county: its prefecture; none under a municipality (上海市 普陀区: the
	 * municipality has no city level) or for a county the province administers directly
	 * (济源市, 仙桃市).
	 */
	private static String cityName(Division city) {
		return city.placeholder() ? null : city.name();
	}

	/** What the candidates agree on, without a code. */
	private ResolvedRegion shared(List<Division> candidates) {
		List<Region> regions = candidates.stream().map(this::resolved).map(ResolvedRegion::region).toList();
		AdminLevel level = AdminLevel.of(candidates.get(0));
		return new ResolvedRegion(new Region(common(regions.stream().map(Region::province).toList()),
				common(regions.stream().map(Region::city).toList()),
				common(regions.stream().map(Region::county).toList()), null), level);
	}

	private static String common(List<String> values) {
		String first = values.get(0);
		for (String value : values) {
			if (first == null || !first.equals(value)) {
				return null;
			}
		}
		return first;
	}

}
