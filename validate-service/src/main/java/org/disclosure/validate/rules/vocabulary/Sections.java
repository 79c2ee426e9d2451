package org.disclosure.validate.rules.vocabulary;

/**
 * The narrative sections (情况说明 一 … 十三) by what their headings say, so a figure is checked
 * against the table its section restates. The one place to align with the headings the
 * parser reports.
 */
public final class Sections {

	private Sections() {
	}

	/** What a section restates. */
	public enum Topic {

		/** 收入支出决算/预算总体情况. */
		OVERVIEW,
		/** 收入决算/预算情况. */
		INCOME,
		/** 支出决算/预算情况. */
		EXPENDITURE,
		/** 财政拨款收入支出决算/预算总体情况. */
		FISCAL_OVERVIEW,
		/** 一般公共预算财政拨款支出决算情况; 一般公共预算支出预算情况. */
		GENERAL_BUDGET,
		/** 一般公共预算财政拨款基本支出情况. */
		BASIC,
		/** 政府性基金预算财政拨款支出情况. */
		FUND,
		/** 国有资本经营预算财政拨款支出情况. */
		STATE_CAPITAL,
		/** 三公 经费. */
		THREE_PUBLIC,
		/** 机关/机构运行经费. */
		OPERATION_FUNDS,
		/** 政府采购. */
		PROCUREMENT,
		/** 国有资产占用. */
		ASSETS,
		/** 预算绩效. */
		PERFORMANCE,
		/** 经济分类 and other sections. */
		OTHER

	}

	/** The topic of a section heading; {@link Topic#OTHER} when it says none of these. */
	public static Topic topicOf(String heading) {
		String h = Names.fold(heading).replace("“", "").replace("”", "").replace("\"", "");
		if (h.contains("经济分类")) {
			return Topic.OTHER;
		}
		if (h.contains("三公")) {
			return Topic.THREE_PUBLIC;
		}
		if (h.contains("机关运行经费") || h.contains("机构运行经费")) {
			return Topic.OPERATION_FUNDS;
		}
		if (h.contains("政府采购")) {
			return Topic.PROCUREMENT;
		}
		if (h.contains("国有资产")) {
			return Topic.ASSETS;
		}
		if (h.contains("绩效")) {
			return Topic.PERFORMANCE;
		}
		if (h.contains("基本支出")) {
			return Topic.BASIC;
		}
		if (h.contains("政府性基金")) {
			return Topic.FUND;
		}
		if (h.contains("国有资本经营")) {
			return Topic.STATE_CAPITAL;
		}
		if (h.contains("一般公共预算")) {
			return Topic.GENERAL_BUDGET;
		}
		if (h.contains("财政拨款收入支出") || h.contains("财政拨款收支")) {
			return Topic.FISCAL_OVERVIEW;
		}
		if (h.contains("收入支出决算总体") || h.contains("收入支出预算总体") || h.contains("收支总体") || h.contains("收入支出总体")) {
			return Topic.OVERVIEW;
		}
		if (h.contains("收入决算") || h.contains("收入预算")) {
			return Topic.INCOME;
		}
		if (h.contains("支出决算") || h.contains("支出预算")) {
			return Topic.EXPENDITURE;
		}
		return Topic.OTHER;
	}

}
