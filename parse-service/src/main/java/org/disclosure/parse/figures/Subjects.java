package org.disclosure.parse.figures;

import java.util.List;
import java.util.regex.Pattern;

import org.disclosure.parse.text.CompactText;

/**
 * The catalogue of subjects a narrative describes: printed phrases (compact, half-width)
 * mapped to a canonical subject and its topic. The first matching entry wins, so specific
 * phrases come before general ones.
 */
final class Subjects {

	private static final List<Entry> ENTRIES = List.of(entry("财政拨款收支总计", Topic.FISCAL_APPROPRIATION, "财政拨款收[、,]?支总计"),
			entry("财政拨款收入", Topic.REVENUE, "^财政拨款收入$|^财政拨款$"), entry("收支总计", Topic.GRAND_TOTAL, "^(?:部门)?收[、,]?支总计"),
			entry("收入总计", Topic.GRAND_TOTAL, "收入总计"), entry("支出总计", Topic.GRAND_TOTAL, "支出总计"),
			entry("收入合计", Topic.REVENUE, "收入合计"), entry("支出合计", Topic.EXPENDITURE, "支出合计"),
			entry("上级补助收入", Topic.REVENUE, "上级补助收入"), entry("事业收入", Topic.REVENUE, "^事业收入"),
			entry("经营收入", Topic.REVENUE, "经营收入"), entry("附属单位上缴收入", Topic.REVENUE, "附属单位上缴收入"),
			entry("其他收入", Topic.REVENUE, "^其他收入"),
			entry("一般公共预算财政拨款基本支出", Topic.BASIC_EXPENDITURE, "一般公共预算(?:财政拨款)?基本支出"),
			entry("基本支出", Topic.BASIC_EXPENDITURE, "^基本支出"), entry("项目支出", Topic.PROJECT_EXPENDITURE, "^项目支出"),
			entry("上缴上级支出", Topic.EXPENDITURE, "上缴上级支出"), entry("经营支出", Topic.EXPENDITURE, "^经营支出"),
			entry("对附属单位补助支出", Topic.EXPENDITURE, "对附属单位补助支出"),
			entry("一般公共预算财政拨款支出", Topic.GENERAL_BUDGET, "一般公共预算(?:财政拨款)?(?:支出|收支预算)"),
			entry("人员经费", Topic.PERSONNEL, "人员经费"), entry("公用经费", Topic.PUBLIC_FUNDS, "公用经费"),
			entry("因公出国（境）费", Topic.THREE_PUBLIC, "因公出国\\(境\\)(?:费|经费)"),
			entry("公务用车购置及运行维护费", Topic.THREE_PUBLIC, "公务用车购置及运行(?:维护)?费"),
			entry("公务用车购置费", Topic.THREE_PUBLIC, "公务用车购置(?:费|支出)"),
			entry("公务用车运行维护费", Topic.THREE_PUBLIC, "公务用车运行(?:维护)?(?:费|支出)"), entry("外宾接待费", Topic.THREE_PUBLIC, "外宾接待"),
			entry("国内公务接待费", Topic.THREE_PUBLIC, "国内公务接待"), entry("公务接待费", Topic.THREE_PUBLIC, "公务接待费"),
			entry("三公经费", Topic.THREE_PUBLIC, "三公(?:经费)?"), entry("因公出国（境）团组", Topic.THREE_PUBLIC, "因公出国\\(境\\)团组"),
			entry("来访团组", Topic.THREE_PUBLIC, "来访团组"), entry("来访人次", Topic.THREE_PUBLIC, "来访外宾|来宾|人次"),
			entry("机关运行经费", Topic.OPERATING_COSTS, "(?:机关|机构)运行经费"), entry("授予小微企业合同", Topic.PROCUREMENT, "小微企业"),
			entry("授予中小企业合同", Topic.PROCUREMENT, "中小企业"), entry("政府采购货物", Topic.PROCUREMENT, "政府采购货物"),
			entry("政府采购工程", Topic.PROCUREMENT, "政府采购工程"), entry("政府采购服务", Topic.PROCUREMENT, "政府采购服务"),
			entry("政府采购", Topic.PROCUREMENT, "政府采购"), entry("公务用车保有量", Topic.ASSETS, "保有量"),
			entry("车辆", Topic.ASSETS, "^(?:共有)?车辆$"), entry(null, Topic.ASSETS, "用车$|车辆$"),
			entry("设备", Topic.ASSETS, "设备"), entry("政府性基金预算", Topic.OTHER, "政府性基金"),
			entry("国有资本经营预算", Topic.OTHER, "国有资本经营"), entry("项目", Topic.PERFORMANCE, "项目|自评|评价|得分"));

	private Subjects() {
	}

	/** The canonical subject and topic of a printed subject; empty subject when none. */
	static Entry of(String printed) {
		String compact = CompactText.of(printed).replaceAll("[“”\"]", "");
		for (Entry entry : ENTRIES) {
			if (entry.pattern().matcher(compact).find()) {
				return (entry.subject() != null) ? entry : new Entry(printed, entry.topic(), entry.pattern());
			}
		}
		return new Entry(printed, Topic.OTHER, null);
	}

	private static Entry entry(String subject, Topic topic, String pattern) {
		return new Entry(subject, topic, Pattern.compile(pattern));
	}

	/** A catalogue entry; a null subject keeps the printed one. */
	record Entry(String subject, Topic topic, Pattern pattern) {
	}

}
