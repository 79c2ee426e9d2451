package org.disclosure.parse.tables;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a canonical table is expected to hold: its shape and its amount columns with the
 * headers that print them, derived from the standard formats (财政部 决算公开 and the provinces'
 * 预算公开 sets). Columns are mapped by header where the header can be read, by the
 * template's order where it cannot but the row width agrees.
 *
 * @param shape how rows are laid out
 * @param columns the amount columns and the headers that print them (the expenditure
 * side's for a two-sided table), most specific first
 * @param order the template's order of the amount columns, used when the header cannot be
 * read but the row width agrees; empty when the template has none
 * @param incomeColumns the income side's amount columns of a two-sided table
 * @param codeKind what the row codes classify
 * @param inheritCode true when a row without a code continues the code above (BU06)
 * @param nameHeader the header of the name column where several text columns precede the
 * amounts (项目名称); null to take the first text cell
 * @param groupHeader the header of a column that groups rows (类型); null when none
 */
record TableTemplate(TableShape shape, List<ColumnSpec> columns, List<String> order, List<ColumnSpec> incomeColumns,
		CodeKind codeKind, boolean inheritCode, Pattern nameHeader, Pattern groupHeader) {

	private static final List<ColumnSpec> AMOUNT = List.of(ColumnSpec.of("金额", "金额|决算数|预算数"));

	private static final List<ColumnSpec> FA02 = List.of(ColumnSpec.of("本年收入合计", "收入合计|^(项目)?合计$"),
			ColumnSpec.of("财政拨款收入", "财政拨款"), ColumnSpec.of("上级补助收入", "上级补助"), ColumnSpec.of("事业收入", "^事业收入|[^位]事业收入"),
			ColumnSpec.of("经营收入", "经营收入"), ColumnSpec.of("附属单位上缴收入", "附属单位"), ColumnSpec.of("其他收入", "其他收入"));

	private static final List<ColumnSpec> FA03 = List.of(ColumnSpec.of("本年支出合计", "支出合计|^(项目)?合计$"),
			ColumnSpec.of("基本支出", "基本支出"), ColumnSpec.of("项目支出", "项目支出"), ColumnSpec.of("上缴上级支出", "上缴上级"),
			ColumnSpec.of("经营支出", "经营支出"), ColumnSpec.of("对附属单位补助支出", "附属单位"));

	private static final List<ColumnSpec> FA05 = List.of(ColumnSpec.of("基本支出", "基本支出"), ColumnSpec.of("人员经费", "人员经费"),
			ColumnSpec.of("公用经费", "公用经费"), ColumnSpec.of("项目支出", "项目支出"), ColumnSpec.of("年初预算", "年初预算"),
			ColumnSpec.of("调整预算", "调整"), ColumnSpec.of("合计", "小计|合计|决算数|本年支出$"));

	private static final List<String> FA05_ORDER = List.of("合计", "基本支出", "项目支出");

	private static final List<ColumnSpec> FA07 = List.of(ColumnSpec.of("年初结转和结余", "年初结转"),
			ColumnSpec.of("本年收入", "本年收入"), ColumnSpec.of("基本支出", "基本支出"), ColumnSpec.of("项目支出", "项目支出"),
			ColumnSpec.of("年末结转和结余", "年末结转"), ColumnSpec.of("本年支出合计", "本年支出|小计|合计"));

	private static final List<String> FA07_ORDER = List.of("年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出", "年末结转和结余");

	private static final List<ColumnSpec> FA08 = List.of(ColumnSpec.of("基本支出", "基本支出"), ColumnSpec.of("项目支出", "项目支出"),
			ColumnSpec.of("合计", "合计|小计|本年支出"));

	private static final List<ColumnSpec> BU03 = List.of(ColumnSpec.of("基本支出", "基本支出"), ColumnSpec.of("项目支出", "项目支出"),
			ColumnSpec.of("工资福利支出", "工资福利"), ColumnSpec.of("对个人和家庭的补助", "对个人和家庭"), ColumnSpec.of("商品和服务支出", "商品和服务"),
			ColumnSpec.of("资本性支出", "资本性"), ColumnSpec.of("其他运转类", "其他运转"), ColumnSpec.of("特定目标类", "特定目标"),
			ColumnSpec.of("单位预留机动经费", "预留机动"), ColumnSpec.of("结转下年资金", "结转下年"), ColumnSpec.of("合计", "合计|总计"));

	private static final List<String> BU03_ORDER = List.of("合计", "基本支出", "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "资本性支出",
			"项目支出", "其他运转类", "特定目标类");

	private static final List<ColumnSpec> FA04_EXPENDITURE = List.of(ColumnSpec.of("一般公共预算财政拨款", "一般公共预算"),
			ColumnSpec.of("政府性基金预算财政拨款", "政府性基金"), ColumnSpec.of("国有资本经营预算财政拨款", "国有资本"),
			ColumnSpec.of("合计", "合计|小计|金额"));

	private static final List<String> FA04_ORDER = List.of("合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款");

	private static final List<ColumnSpec> BU04_EXPENDITURE = List.of(ColumnSpec.of("一般公共预算财政拨款", "其中:?财政拨款"),
			ColumnSpec.of("一般公共预算", "一般公共预算"), ColumnSpec.of("政府性基金预算", "政府性基金"), ColumnSpec.of("国有资本经营预算", "国有资本"),
			ColumnSpec.of("合计", "合计|小计|金额"));

	private static final List<String> BU04_ORDER = List.of("合计", "一般公共预算", "一般公共预算财政拨款", "政府性基金预算", "国有资本经营预算");

	private static final List<ColumnSpec> ECONOMIC = List.of(ColumnSpec.of("人员经费", "人员经费"),
			ColumnSpec.of("公用经费", "公用经费"), ColumnSpec.of("合计", "合计|小计|金额|基本支出|运行经费|预算数|决算数"));

	private static final List<String> ECONOMIC_ORDER = List.of("合计", "人员经费", "公用经费");

	/** The 三公 items, in the printed order of the standard grid. */
	static final List<String> THREE_PUBLIC_ITEMS = List.of("合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费",
			"公务接待费");

	private static TableTemplate subject(List<ColumnSpec> columns, List<String> order) {
		return new TableTemplate(TableShape.SUBJECT, columns, order, List.of(), CodeKind.FUNCTIONAL, false, null, null);
	}

	private static TableTemplate twoSided(List<ColumnSpec> expenditure, List<String> order) {
		return new TableTemplate(TableShape.TWO_SIDED, expenditure, order, AMOUNT, null, false, null, null);
	}

	private static final TableTemplate T_FA01 = twoSided(AMOUNT, List.of("金额"));

	private static final TableTemplate T_FA02 = subject(FA02, FA02.stream().map(ColumnSpec::name).toList());

	private static final TableTemplate T_FA03 = subject(FA03, FA03.stream().map(ColumnSpec::name).toList());

	private static final TableTemplate T_FA04 = twoSided(FA04_EXPENDITURE, FA04_ORDER);

	private static final TableTemplate T_FA05 = subject(FA05, FA05_ORDER);

	private static final TableTemplate T_FA07 = subject(FA07, FA07_ORDER);

	private static final TableTemplate T_FA08 = subject(FA08, FA05_ORDER);

	private static final TableTemplate T_BU03 = subject(BU03, BU03_ORDER);

	private static final TableTemplate T_BU04 = twoSided(BU04_EXPENDITURE, BU04_ORDER);

	private static final TableTemplate T_OTHER_SUBJECT = subject(List.of(), List.of());

	private static final TableTemplate T_TRIPLETS = new TableTemplate(TableShape.TRIPLETS, List.of(), List.of(),
			List.of(), CodeKind.ECONOMIC, false, null, null);

	private static final TableTemplate T_BU06 = economic(true);

	private static final TableTemplate T_ECONOMIC = economic(false);

	private static final TableTemplate T_THREE_PUBLIC = new TableTemplate(TableShape.THREE_PUBLIC, List.of(), List.of(),
			List.of(), null, false, null, null);

	private static final TableTemplate T_PROJECTS = new TableTemplate(TableShape.SUBJECT, List.of(), List.of(),
			List.of(), CodeKind.PROJECT, false, Pattern.compile("项目名称"), Pattern.compile("类型|项目类别"));

	private static final TableTemplate T_GENERIC = new TableTemplate(TableShape.GENERIC, List.of(), List.of(),
			List.of(), null, false, null, null);

	private static TableTemplate economic(boolean inherit) {
		return new TableTemplate(TableShape.SUBJECT, ECONOMIC, ECONOMIC_ORDER, List.of(), CodeKind.ECONOMIC, inherit,
				null, null);
	}

	/** The template of a canonical table. */
	static TableTemplate of(TableCode code) {
		return switch (code) {
			case FA01, BU01 -> T_FA01;
			case FA02 -> T_FA02;
			case FA03 -> T_FA03;
			case FA04 -> T_FA04;
			case FA05 -> T_FA05;
			case FA06 -> T_TRIPLETS;
			case FA07, FA13 -> T_FA07;
			case FA08 -> T_FA08;
			case FA09, BU08 -> T_THREE_PUBLIC;
			case FA10, FA11, FA12, BU02 -> T_OTHER_SUBJECT;
			case BU03, BU05, BU09, BU11 -> T_BU03;
			case BU04 -> T_BU04;
			case BU06 -> T_BU06;
			case BU07, BU12 -> T_ECONOMIC;
			case BU10 -> T_PROJECTS;
			case BU13, BU14, BU15, PERF_DEPT, PERF_PROJECT -> T_GENERIC;
		};
	}

}
