package org.fangpin.campaign;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 附件1's figures (seed 004: 工作进度统计表), one constant each, in the table's order: the field of
 * {@code ProgressFigures} that shows it ({@link #field}), the spreadsheet's header ({@link #header}) and, for a
 * figure kept per grid and day as the records are written ({@link ProgressRecorder}), its column of
 * campaign_grid_day and campaign_grid_total ({@link #getKeptColumn}). A new kept figure is a constant here, its
 * field in the schema and a migration adding its column to both tables with DEFAULT 0; the record that changes it says so in {@link ProgressRecorder}.
 */
public enum ProgressColumn {

	/** A household counts once, on the day of its first inspection in the campaign (本周新增排查). */
	HOUSEHOLDS_INSPECTED("householdsInspected", "集中排查对象户数", "households"),
	PEOPLE_INSPECTED("peopleInspected", "集中排查对象人数", "people"),
	ALLEVIATED_HOUSEHOLDS("alleviatedHouseholds", "其中脱贫户户数", "alleviated_households"),
	ALLEVIATED_PEOPLE("alleviatedPeople", "其中脱贫户人数", "alleviated_people"),
	/** 监测户 ({@code CaseStatus#isMonitored}) at their first inspection. */
	MONITORED_HOUSEHOLDS("monitoredHouseholds", "其中监测对象户数", "monitored_households"),
	MONITORED_PEOPLE("monitoredPeople", "其中监测对象人数", "monitored_people"),
	/** Distinct per grid and period, so not a sum of days: counted from campaign_inspector. */
	INSPECTORS("inspectors", "参与集中排查的各级部门总人数", null),
	CONCLUDED_INCLUDE("concludedInclude", "研判拟纳入户数", "concluded_include"),
	CONCLUDED_EXCLUDE("concludedExclude", "研判不纳入户数", "concluded_exclude"),
	LOOK_BACKS("lookBacks", "“回头看”总数", "look_backs"),
	REVIEWS("reviews", "未消除风险对象研判数", "reviews"),
	ROLLED_BACK("rolledBack", "回退户数", null),
	CLEARED("cleared", "清退户数", null),
	PROBLEMS_FOUND("problemsFound", "排查问题总数", null),
	PROBLEMS_RECTIFIED("problemsRectified", "问题整改数", null),
	DATA_CORRECTED("dataCorrected", "补正数据", null),
	/** 是否专门安排部署: 是 when above zero. */
	DEPLOYMENT_MEETINGS("deploymentMeetings", "部署会议次数", null),
	TRAININGS("trainings", "培训次数", null),
	PEOPLE_TRAINED("peopleTrained", "培训人数", null);

	/** The figures kept per grid and day, in the order of the constants. */
	static final List<ProgressColumn> KEPT = Arrays.stream(values()).filter((column) -> column.keptColumn != null).toList();

	private final String field;

	private final String header;

	private final @Nullable String keptColumn;

	ProgressColumn(String field, String header, @Nullable String keptColumn) {
		this.field = field;
		this.header = header;
		this.keptColumn = keptColumn;
	}

	/** The field of {@code ProgressFigures} in the schema. */
	public String field() {
		return this.field;
	}

	/** The header of the column in the spreadsheet of 附件1. */
	public String header() {
		return this.header;
	}

	/** The column of campaign_grid_day that keeps the figure (a bean property, for the mapper's statements). */
	public @Nullable String getKeptColumn() {
		return this.keptColumn;
	}

}
