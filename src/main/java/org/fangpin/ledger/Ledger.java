package org.fangpin.ledger;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 台账: the ledgers a county keeps and hands upward as spreadsheets, each after a template of the seeds.
 * {@link #entryFields} are the schema fields through which the API reaches the same rows: a caller who may
 * not ask for one of them (a department, for monitoring data) is refused the ledger.
 */
public enum Ledger {

	/** 农户花名册 (seed 002 附件1, columns after seed 003 附件1): every household of the grid. */
	ROSTER("roster", "农户花名册", List.of("Query.households")),
	/** 帮扶措施台账 (seed 003 附件2): 一户一方案、一人一措施, one row per measure. */
	MEASURES("measures", "帮扶措施台账", List.of("Query.cases", "MonitoredCase.measures")),
	/** 已消除风险监测对象台账 (seed 004 附件4). */
	ELIMINATED("eliminated", "已消除风险监测对象台账", List.of("Query.cases")),
	/** 未消除风险监测对象台账 (seed 004 附件5): identified cases whose risk is not eliminated yet. */
	NOT_ELIMINATED("not-eliminated", "未消除风险监测对象台账", List.of("Query.cases", "MonitoredCase.measures")),
	/**
	 * 防止返贫动态监测基层网格工作台账 (seed 002 附件2): each group grid with its households, its grid workers and
	 * its village's cadres as the identity provider holds them ({@code Grid.workers}).
	 */
	GRID_WORKERS("grid-workers", "防止返贫动态监测基层网格工作台账", List.of("Query.grids")),
	/**
	 * 防止返贫监测帮扶集中排查工作进度统计表 (seed 004 附件1) of a campaign: a township's villages and its subtotal,
	 * a county's villages, townships and total, the week and since the campaign began ({@link ProgressWorkbook}).
	 */
	PROGRESS("progress", "防止返贫监测帮扶集中排查工作进度统计表", List.of("Query.campaignProgress")),
	/** 防止返贫监测帮扶集中排查问题清单 (seed 004 附件6): a campaign's problems with their rectification. */
	PROBLEMS("problems", "防止返贫监测帮扶集中排查问题清单", List.of("Query.problems")),
	/** 排查台账（十类人群和特殊对象） (seed 004 附件2): a campaign's inspections of key households. */
	KEY_INSPECTIONS("key-inspections", "防止返贫监测帮扶集中排查工作排查台账（十类人群和特殊对象）", List.of("Campaign.inspections")),
	/** 排查台账（一般户） (seed 004 附件3): a campaign's inspections of ordinary households. */
	INSPECTIONS("inspections", "防止返贫监测帮扶集中排查工作排查台账（一般户）", List.of("Campaign.inspections"));

	/** The ledgers of one campaign: their download names it ({@code campaign=…}). */
	private static final Set<Ledger> OF_CAMPAIGN = EnumSet.of(PROGRESS, PROBLEMS, KEY_INSPECTIONS, INSPECTIONS);

	private final String path;

	private final String title;

	private final List<String> entryFields;

	Ledger(String path, String title, List<String> entryFields) {
		this.path = path;
		this.title = title;
		this.entryFields = entryFields;
	}

	/** The name in the URL: {@code /ledgers/{path}.xlsx}. */
	public String path() {
		return this.path;
	}

	public String title() {
		return this.title;
	}

	List<String> entryFields() {
		return this.entryFields;
	}

	boolean ofCampaign() {
		return OF_CAMPAIGN.contains(this);
	}

	static Optional<Ledger> ofPath(String path) {
		return Arrays.stream(values()).filter((ledger) -> ledger.path.equals(path)).findFirst();
	}

}
