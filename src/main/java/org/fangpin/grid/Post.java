package org.fangpin.grid;

import org.fangpin.gridcode.GridLevel;

/**
 * 职务: a title held in a grid, as the seeds name who answers for each level. A post is not a duty: it gives
 * no access to anything, it says who the grid's responsible people are (the grid ledger, seed 002 附件2-4).
 */
public enum Post {

	/** 政策落实工作组分管负责人 (seed 002 区级网格: the county's policy implementation working group). */
	POLICY_GROUP_HEAD(GridLevel.COUNTY, "政策落实工作组分管负责人"),
	/** 数据处理工作组分管负责人 (seed 002 区级网格: the county's data processing working group). */
	DATA_GROUP_HEAD(GridLevel.COUNTY, "数据处理工作组分管负责人"),
	/** 工作组业务联络员 (seed 002: each member unit names a liaison). */
	WORKING_GROUP_LIAISON(GridLevel.COUNTY, "工作组业务联络员"),
	/** 网格长 (seed 000 第四条: the county leader in charge of the township leads its 总网格). */
	GRID_CHIEF(GridLevel.TOWNSHIP, "网格长"),
	/** 副网格长 (seed 000 第四条: the township's Party secretary). */
	DEPUTY_GRID_CHIEF(GridLevel.TOWNSHIP, "副网格长"),
	/** 一级网格员 (seed 000 第四条: the township head). */
	FIRST_LEVEL_GRID_WORKER(GridLevel.TOWNSHIP, "一级网格员"),
	/** 研判处置工作组组长 (seed 002 乡级网格: the Party (working) committee secretary leads it). */
	TOWNSHIP_WORKING_GROUP_LEADER(GridLevel.TOWNSHIP, "研判处置工作组组长"),
	/** 二级网格员 (seed 000 第四条: the township leader in charge of the village). */
	SECOND_LEVEL_GRID_WORKER(GridLevel.VILLAGE, "二级网格员"),
	/** 村级网格负责人 (seed 002 村级网格: the village Party secretary). */
	VILLAGE_GRID_HEAD(GridLevel.VILLAGE, "村级网格负责人"),
	/** 联村干部 (seed 002 村级网格: the township cadre linked to the village). */
	VILLAGE_LIAISON_CADRE(GridLevel.VILLAGE, "联村干部"),
	/** 三级网格员 (seed 000 第四条: first secretary, work team member or village cadre over a part of the village). */
	THIRD_LEVEL_GRID_WORKER(GridLevel.GROUP, "三级网格员"),
	/** 村组网格员 (seed 002 村组网格: the group head). */
	GROUP_GRID_WORKER(GridLevel.GROUP, "村组网格员"),
	/** 包保乡村干部 (seed 002 附件2: the township or village cadre answering for the group). */
	GROUP_CONTACT_CADRE(GridLevel.GROUP, "包保乡村干部");

	private final GridLevel level;

	private final String title;

	Post(GridLevel level, String title) {
		this.level = level;
		this.title = title;
	}

	/** The level of the grids the post is held in. */
	public GridLevel level() {
		return this.level;
	}

	public String title() {
		return this.title;
	}

	/** The attribute of the grid's Keycloak group that lists the usernames holding the post. */
	String attribute() {
		return "post." + name();
	}

}
