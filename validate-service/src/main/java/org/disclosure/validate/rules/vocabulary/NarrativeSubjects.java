package org.disclosure.validate.rules.vocabulary;

import java.util.regex.Pattern;

/**
 * What the narrative's figures describe ({@code NarrativeFigure.subject}), by the names
 * the 情况说明 prints. The one place to align with the parser's subjects.
 */
public final class NarrativeSubjects {

	/** 收、支总计 (NR-TOTAL against FA01 总计, BU-NR against BU01). */
	public static final Term TOTAL = Term.of("收支总计", "收入支出总计", "收入总计", "支出总计", "总计");

	/** 财政拨款收、支总计 (NR-TOTAL against FA04 总计). */
	public static final Term FISCAL_TOTAL = Term.of("财政拨款收支总计", "财政拨款收入支出总计", "财政拨款收入总计", "财政拨款支出总计");

	/** 收入合计. */
	public static final Term INCOME = Term.of("收入合计", "本年收入合计", "部门收入合计", "收入");

	/** 支出合计. */
	public static final Term EXPENDITURE = Term.of("支出合计", "本年支出合计", "部门支出合计", "支出");

	/** 财政拨款收入 (NR-INC). */
	public static final Term FISCAL_INCOME = Term.of("财政拨款收入", "财政拨款");

	/** 一般公共预算财政拨款支出 (NR-GPB, NR-DETAIL total, BU-NR). */
	public static final Term GENERAL_BUDGET = Term.of("一般公共预算财政拨款支出", "一般公共预算支出", "一般公共预算财政拨款", "一般公共预算", "一般公共预算收支预算");

	/** 基本支出 (NR-EXP, NR-BASIC). */
	public static final Term BASIC = Term.of("基本支出", "一般公共预算财政拨款基本支出", "一般公共预算基本支出");

	/** 项目支出 (NR-EXP). */
	public static final Term PROJECT = Term.of("项目支出");

	/** 人员经费 (NR-BASIC, BU-NR). */
	public static final Term PERSONNEL = Term.of("人员经费", "人员经费支出");

	/** 公用经费 (NR-BASIC, BU-NR). */
	public static final Term PUBLIC_FUNDS = Term.of("公用经费", "公用经费支出", "日常公用经费");

	/** The 三公 total (NR-3GONG, BU-NR). */
	public static final Term THREE_PUBLIC = Term.of("三公经费", "三公经费支出", "三公经费财政拨款支出", "财政拨款三公经费支出", "一般公共预算财政拨款三公经费",
			"一般公共预算财政拨款三公经费支出", "三公经费预算");

	/** 因公出国（境）费. */
	public static final Term OUTBOUND = Term.of("因公出国(境)费", "因公出国(境)费支出", "因公出国(境)费用", "因公出国(境)");

	/** 公务用车购置及运行（维护）费. */
	public static final Term VEHICLES = Term.of("公务用车购置及运行费", "公务用车购置及运行维护费", "公务用车购置及运行费支出");

	/** 公务用车购置费. */
	public static final Term VEHICLE_PURCHASE = Term.of("公务用车购置费", "公务用车购置", "公务用车购置支出");

	/** 公务用车运行维护费. */
	public static final Term VEHICLE_OPERATION = Term.of("公务用车运行维护费", "公务用车运行维护", "公务用车运行", "公务用车运行支出", "公务用车运行维护支出",
			"公务用车运行费");

	/** 公务接待费. */
	public static final Term RECEPTION = Term.of("公务接待费", "公务接待费支出", "公务接待");

	/** 外宾接待 (part of 公务接待). */
	public static final Term FOREIGN_RECEPTION = Term.of("外宾接待", "外宾接待支出", "外宾接待费", "国(境)外公务接待");

	/** 国内公务接待 (part of 公务接待). */
	public static final Term DOMESTIC_RECEPTION = Term.of("国内公务接待", "国内公务接待支出", "其他国内公务接待", "其他国内公务接待支出");

	/** 机关运行经费 (final account) / 机构运行经费 (budget, BU12). */
	public static final Term OPERATION_FUNDS = Term.of("机关运行经费", "机构运行经费", "机关运行经费支出", "机构运行经费支出");

	/** 政府采购 total (NR-PROC). */
	public static final Term PROCUREMENT = Term.of("政府采购", "政府采购支出", "政府采购支出总额", "政府采购预算", "政府采购总额");

	/** 政府采购货物. */
	public static final Term PROCUREMENT_GOODS = Term.of("政府采购货物支出", "政府采购货物", "政府采购货物预算", "货物");

	/** 政府采购工程. */
	public static final Term PROCUREMENT_WORKS = Term.of("政府采购工程支出", "政府采购工程", "政府采购工程预算", "工程");

	/** 政府采购服务. */
	public static final Term PROCUREMENT_SERVICES = Term.of("政府采购服务支出", "政府采购服务", "政府采购服务预算", "服务");

	/** The vehicles held (NR-ASSET). */
	public static final Term VEHICLES_HELD = Term.of("车辆", "共有车辆", "车辆总数", "实有车辆");

	/** 政府性基金预算支出 (BU-NR against BU09). */
	public static final Term FUND_BUDGET = Term.of("政府性基金预算支出", "政府性基金预算", "政府性基金收支预算", "政府性基金支出");

	private static final Pattern YEAR = Pattern.compile("^(?:20[0-9]{2}年(?:度)?)");

	private NarrativeSubjects() {
	}

	/** True when a narrative subject is {@code term} ({@code 收、支总计} = 收支总计). */
	public static boolean is(Term term, String subject) {
		return term.matches(clean(subject));
	}

	/** A subject without the decorations narratives add: 、, a leading year. */
	public static String clean(String subject) {
		String folded = Names.fold(subject).replace("、", "");
		return YEAR.matcher(folded).replaceFirst("");
	}

	/** The 三公 visits or trips a count describes, or null: 出国, 外宾, 国内. */
	public static Term visitsOf(String subject) {
		String folded = clean(subject);
		if (folded.contains("出国") || folded.contains("出境")) {
			return OUTBOUND;
		}
		if (folded.contains("外宾") || folded.contains("国(境)外来访") || folded.contains("境外来访")) {
			return FOREIGN_RECEPTION;
		}
		if (folded.contains("国内来访") || folded.contains("来宾") || folded.contains("国内公务接待")) {
			return DOMESTIC_RECEPTION;
		}
		return null;
	}

}
