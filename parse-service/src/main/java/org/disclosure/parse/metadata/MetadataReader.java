package org.disclosure.parse.metadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocKind;
import org.disclosure.parse.region.AdminLevel;
import org.disclosure.parse.region.ResolvedRegion;
import org.disclosure.parse.region.RegionResolver;
import org.disclosure.parse.tables.TableCode;
import org.disclosure.parse.tables.TableScan;
import org.disclosure.parse.tables.TableTitle;
import org.disclosure.parse.text.CompactText;
import org.disclosure.parse.text.DocumentText;

/**
 * Reads what a disclosure says about itself: title, department, region, level, fiscal
 * year, kind, publication month, money unit and covered units. A field is filled only
 * from what the document prints; one not found stays null.
 */
public class MetadataReader {

	private static final Pattern YEAR_CELL = Pattern.compile("^([0-9]{4})年度$");

	private static final Pattern YEAR_OF_ACCOUNT = Pattern.compile("([0-9]{4})年度?部门(?:决算|预算)");

	private static final Pattern YEAR = Pattern.compile("([0-9]{4})年度");

	private static final Pattern TITLE_YEAR = Pattern.compile("([0-9]{4})年");

	private static final Pattern UNIT = Pattern.compile("单位:(万元|亿元|千元|元)(?![\\p{IsHan}])");

	/** The office of a township or a sub-district (街道). */
	private static final Pattern TOWNSHIP = Pattern.compile("街道办事处$|街道$|[乡镇](?:人民政府|政府)$|[乡镇]$");

	/** The central government's own budget and the units it runs. */
	private static final Pattern CENTRAL = Pattern.compile("中央部门(?:预算|决算)|中央本级|(?:教育部|工业和信息化部|国家民委)直属");

	private static final Pattern DEPARTMENT_ACCOUNT = Pattern.compile("部门(?:预算|决算)");

	private static final Pattern UNIT_ACCOUNT = Pattern.compile("单位(?:预算|决算)(?!单位)");

	private static final Pattern FINAL_ACCOUNT_PHRASES = Pattern.compile("部门决算|决算(?:总体)?情况说明|决算表");

	private static final Pattern BUDGET_PHRASES = Pattern
		.compile("部门预算(?!总额|项目|管理|资金)|预算(?:总体)?情况说明|(?:收支|收入|支出)预算(?:总体)?情况|部门预算表");

	/**
	 * Phrases needed to call a document a disclosure when it has no title and no tables.
	 */
	private static final int MIN_KIND_PHRASES = 3;

	private final RegionResolver regions;

	public MetadataReader(RegionResolver regions) {
		this.regions = regions;
	}

	/**
	 * Reads the metadata of a document.
	 * @param text the document's text
	 * @param tables the canonical tables found in it
	 * @return the metadata; fields not found are null
	 */
	public DisclosureMetadata read(DocumentText text, TableScan tables) {
		Optional<TitleLine> title = TitleLine.find(text, tables);
		String department = DepartmentFinder.find(text, title, tables).orElse(null);
		Optional<ResolvedRegion> region = this.regions.resolve(department, text.text());
		List<String> coveredUnits = CoveredUnits.find(text);
		AdminLevel level = level(department, region.map(ResolvedRegion::level).orElse(null), text);
		Scope scope = scope(text, title);
		return new DisclosureMetadata(title.map(TitleLine::title).orElse(null), department,
				region.map(ResolvedRegion::region).orElse(null), (level != null) ? level.value() : null,
				fiscalYear(text, title, tables), kind(text, title, tables),
				PublicationDate.find(text, tables).orElse(null), unit(text),
				coveredUnits.isEmpty() ? null : coveredUnits, (scope != null) ? scope.value() : null);
	}

	/**
	 * The level of the department: a township's office (街道办事处, 乡/镇人民政府) sits below the
	 * district its name places it in; a department no province holds whose text names the
	 * central government's budget is central; else the level of its region.
	 */
	static AdminLevel level(String department, AdminLevel regionLevel, DocumentText text) {
		if (department != null && TOWNSHIP.matcher(department).find()) {
			return AdminLevel.TOWNSHIP;
		}
		if (regionLevel == null && CENTRAL.matcher(text.text()).find()) {
			return AdminLevel.CENTRAL;
		}
		return regionLevel;
	}

	/**
	 * The title's 部门/单位; else 部门 when the text speaks of 部门预算/部门决算 and not of 单位预算/单位决算,
	 * and 单位 the other way round.
	 */
	private static Scope scope(DocumentText text, Optional<TitleLine> title) {
		if (title.isPresent() && title.get().scope() != null) {
			return title.get().scope();
		}
		String compact = String.join("\n", text.compactLines());
		int department = occurrences(DEPARTMENT_ACCOUNT, compact);
		int unit = occurrences(UNIT_ACCOUNT, compact);
		if (department > 0 && unit == 0) {
			return Scope.DEPARTMENT;
		}
		return (unit > 0 && department == 0) ? Scope.UNIT : null;
	}

	/**
	 * The year of the title; else the year most table headers ({@code 2024年度}), table
	 * titles ({@code 2024年部门收支总体情况表}) and {@code 2024年度部门决算} phrases give; else the most
	 * frequent {@code …年度}.
	 */
	private static Integer fiscalYear(DocumentText text, Optional<TitleLine> title, TableScan tables) {
		if (title.isPresent() && title.get().fiscalYear() != null) {
			return title.get().fiscalYear();
		}
		Map<Integer, Integer> stated = new LinkedHashMap<>();
		Map<Integer, Integer> mentioned = new LinkedHashMap<>();
		for (TableTitle table : tables.titles()) {
			if (table.table()) {
				count(TITLE_YEAR.matcher(CompactText.fold(table.whose())), stated);
			}
		}
		for (int i = 0; i < text.size(); i++) {
			for (String cell : text.line(i).split("\t")) {
				count(YEAR_CELL.matcher(CompactText.of(cell)), stated);
			}
			count(YEAR_OF_ACCOUNT.matcher(text.compact(i)), stated);
			count(YEAR.matcher(text.compact(i)), mentioned);
		}
		return mostFrequent(stated.isEmpty() ? mentioned : stated);
	}

	private static void count(Matcher matcher, Map<Integer, Integer> years) {
		while (matcher.find()) {
			int year = Integer.parseInt(matcher.group(1));
			if (year >= 1990 && year <= 2100) {
				years.merge(year, 1, Integer::sum);
			}
		}
	}

	private static <T> T mostFrequent(Map<T, Integer> counts) {
		return counts.entrySet()
			.stream()
			.max(Map.Entry.<T, Integer>comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(null);
	}

	/**
	 * The kind the title states; else the kind of most canonical tables found; else the
	 * kind the narrative names clearly more often ({@code 部门决算}, {@code 决算情况说明} …).
	 */
	private static DocKind kind(DocumentText text, Optional<TitleLine> title, TableScan tables) {
		if (title.isPresent() && title.get().kind() != null) {
			return title.get().kind();
		}
		Map<DocKind, Integer> byTables = new LinkedHashMap<>();
		for (TableCode code : tables.present()) {
			code.kind().ifPresent((kind) -> byTables.merge(kind, 1, Integer::sum));
		}
		int finalTables = byTables.getOrDefault(DocKind.FINAL_ACCOUNT, 0);
		int budgetTables = byTables.getOrDefault(DocKind.BUDGET, 0);
		if (finalTables != budgetTables) {
			return (finalTables > budgetTables) ? DocKind.FINAL_ACCOUNT : DocKind.BUDGET;
		}
		String compact = String.join("\n", text.compactLines());
		int finalPhrases = occurrences(FINAL_ACCOUNT_PHRASES, compact);
		int budgetPhrases = occurrences(BUDGET_PHRASES, compact);
		if (Math.max(finalPhrases, budgetPhrases) < MIN_KIND_PHRASES || finalPhrases == budgetPhrases) {
			return null;
		}
		return (finalPhrases > budgetPhrases) ? DocKind.FINAL_ACCOUNT : DocKind.BUDGET;
	}

	private static int occurrences(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	/** The money unit most table headers state ({@code 单位：万元}, {@code 金额单位：万元}). */
	private static String unit(DocumentText text) {
		Map<String, Integer> units = new LinkedHashMap<>();
		for (String compact : text.compactLines()) {
			Matcher matcher = UNIT.matcher(compact);
			while (matcher.find()) {
				units.merge(matcher.group(1), 1, Integer::sum);
			}
		}
		return mostFrequent(units);
	}

}
