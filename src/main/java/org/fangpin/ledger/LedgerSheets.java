package org.fangpin.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.fangpin.graphql.InputCheck;
import org.fangpin.grid.GridPeople;
import org.fangpin.grid.GridPeople.Cadre;
import org.fangpin.grid.GridPeople.PostHolding;
import org.fangpin.grid.Post;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.household.IdNumberCipher;
import org.fangpin.ledger.LedgerRows.CaseRow;
import org.fangpin.ledger.LedgerRows.Check;
import org.fangpin.ledger.LedgerRows.GridRow;
import org.fangpin.ledger.LedgerRows.GroupRow;
import org.fangpin.ledger.LedgerRows.InspectionRow;
import org.fangpin.ledger.LedgerRows.HouseholdPart;
import org.fangpin.ledger.LedgerRows.MeasureRow;
import org.fangpin.ledger.LedgerRows.ProblemRow;
import org.fangpin.ledger.LedgerRows.RosterRow;
import org.fangpin.monitoring.CaseStatus;
import org.fangpin.security.rows.DataSubject;
import org.fangpin.security.Role;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The ledgers' columns, after the templates of the seeds: the template's headers in its order, then what the
 * system knows beyond it. Each column names the schema field it shows, so the API's field rules decide who
 * gets it.
 */
@Component
class LedgerSheets {

	/** Statuses of identified cases whose risk is not eliminated yet (seed 004 附件5): the monitored households. */
	static final List<String> NOT_ELIMINATED = CaseStatus.names(CaseStatus::isMonitored);

	private static final List<String> ELIMINATED = List.of(CaseStatus.RISK_ELIMINATED.name());

	private final Map<Ledger, LedgerSheet<?>> sheets = new EnumMap<>(Ledger.class);

	private final IdNumberCipher cipher;

	private final GridPeople people;

	LedgerSheets(IdNumberCipher cipher, GridPeople people) {
		this.cipher = cipher;
		this.people = people;
		this.sheets.put(Ledger.ROSTER, new LedgerSheet<>(Ledger.ROSTER, roster(),
				(rows, scope, column, grid, campaign) -> LedgerSheet.stream(rows.roster(scope, column, grid))));
		this.sheets.put(Ledger.MEASURES, new LedgerSheet<>(Ledger.MEASURES, measures(),
				(rows, scope, column, grid, campaign) -> LedgerSheet.stream(rows.measures(scope, column, grid))));
		this.sheets.put(Ledger.ELIMINATED, new LedgerSheet<>(Ledger.ELIMINATED, eliminated(),
				(rows, scope, column, grid, campaign) -> LedgerSheet.stream(rows.cases(scope, column, grid, ELIMINATED))));
		this.sheets.put(Ledger.NOT_ELIMINATED, new LedgerSheet<>(Ledger.NOT_ELIMINATED, notEliminated(),
				(rows, scope, column, grid, campaign) -> LedgerSheet.stream(rows.cases(scope, column, grid,
						NOT_ELIMINATED))));
		this.sheets.put(Ledger.GRID_WORKERS, new LedgerSheet<>(Ledger.GRID_WORKERS, gridWorkers(),
				(rows, scope, column, grid, campaign) -> withWorkers(scope,
						LedgerSheet.stream(rows.groups(scope, column, grid)))));
		this.sheets.put(Ledger.KEY_INSPECTIONS, new LedgerSheet<>(Ledger.KEY_INSPECTIONS, keyInspections(),
				(rows, scope, column, grid, campaign) -> LedgerSheet.stream(rows.inspections(scope, column, grid,
						Objects.requireNonNull(campaign), true))));
		this.sheets.put(Ledger.INSPECTIONS, new LedgerSheet<>(Ledger.INSPECTIONS, inspections(),
				(rows, scope, column, grid, campaign) -> LedgerSheet.stream(rows.inspections(scope, column, grid,
						Objects.requireNonNull(campaign), false))));
		this.sheets.put(Ledger.PROBLEMS, new LedgerSheet<>(Ledger.PROBLEMS, problems(),
				(rows, scope, column, grid, campaign) -> LedgerSheet.stream(rows.problems(scope, grid,
						Objects.requireNonNull(campaign)))));
	}

	/** A ledger's sheet; none for 附件1, which is a table of figures ({@link ProgressWorkbook}). */
	@Nullable LedgerSheet<?> of(Ledger ledger) {
		return this.sheets.get(ledger);
	}

	/**
	 * Seed 003 附件1: 序号 镇 村 户主姓名 户主证件号码 家庭人口 脱贫年度 返贫风险类型 详细原因 包抓干部, then what the
	 * roster of every household (seed 002 附件1) needs besides: group, number, category, case type, phone, address.
	 */
	private List<LedgerColumn<RosterRow>> roster() {
		List<LedgerColumn<RosterRow>> columns = new ArrayList<>(place(RosterRow::household));
		columns.addAll(head(RosterRow::household));
		columns.add(alleviationYear(RosterRow::household));
		columns.add(LedgerColumn.repeated("返贫风险类型", "MonitoredCase.riskTypes", RosterRow::riskTypes));
		columns.add(LedgerColumn.toFillIn("详细原因"));
		columns.add(LedgerColumn.repeated("包抓干部", "ContactCadre.name", RosterRow::contactCadreName));
		columns.add(LedgerColumn.repeated("村组网格", "Grid.name", (row) -> row.household().groupName()));
		columns.add(LedgerColumn.unique("户编号", "Household.householdNumber", (row) -> row.household().householdNumber()));
		columns.add(LedgerColumn.repeated("户类型", "Household.category", (row) -> row.household().category()));
		columns.add(LedgerColumn.repeated("监测对象类型", "MonitoredCase.type", RosterRow::caseType));
		columns.add(LedgerColumn.unique("联系电话", "Household.phone", (row) -> row.household().phone()));
		columns.add(LedgerColumn.unique("住址", "Household.address", (row) -> row.household().address()));
		return numbered(columns);
	}

	/** Seed 003 附件2: 序号 镇 村 户主姓名 户主证件号码 家庭人口 脱贫年度 返贫风险类型 制定的帮扶措施 完成时限 包抓干部, then the measure's details. */
	private List<LedgerColumn<MeasureRow>> measures() {
		List<LedgerColumn<MeasureRow>> columns = new ArrayList<>(place(MeasureRow::household));
		columns.addAll(head(MeasureRow::household));
		columns.add(alleviationYear(MeasureRow::household));
		columns.add(LedgerColumn.repeated("返贫风险类型", "MonitoredCase.riskTypes", MeasureRow::riskTypes));
		columns.add(LedgerColumn.unique("制定的帮扶措施", "Measure.content", MeasureRow::content));
		columns.add(LedgerColumn.repeated("完成时限", "Measure.plannedCompletion", (row) -> date(row.plannedCompletion())));
		columns.add(LedgerColumn.repeated("包抓干部", "ContactCadre.name", MeasureRow::contactCadreName));
		columns.add(LedgerColumn.repeated("措施类别", "Measure.category", MeasureRow::category));
		columns.add(LedgerColumn.repeated("帮扶对象", "Member.name", MeasureRow::memberName));
		columns.add(LedgerColumn.repeated("责任单位", "Measure.responsibleDepartment", MeasureRow::responsibleDepartment));
		columns.add(LedgerColumn.repeated("责任人", "Measure.responsibleCadre", MeasureRow::responsibleCadre));
		columns.add(LedgerColumn.repeated("资金（元）", "Measure.funds", MeasureRow::funds));
		columns.add(LedgerColumn.repeated("状态", "Measure.status", MeasureRow::status));
		columns.add(LedgerColumn.repeated("完成日期", "Measure.completedOn", (row) -> date(row.completedOn())));
		return numbered(columns);
	}

	/**
	 * Seed 004 附件4: the judgments are those of the case's latest look back (回头看), then the day the county
	 * approved the elimination, when the case left the risk ledger (seed 003: 销号).
	 */
	private List<LedgerColumn<CaseRow>> eliminated() {
		List<LedgerColumn<CaseRow>> columns = new ArrayList<>(households(CaseRow::household));
		columns.add(LedgerColumn.repeated("对象类型", "MonitoredCase.type", CaseRow::caseType));
		columns.add(lookBack("收入是否持续稳定", "incomeStable", Check::incomeStable));
		columns.add(lookBack("帮扶措施是否落实", "measuresDone", Check::measuresDone));
		columns.add(lookBack("“三保障”及饮水安全持续巩固是否持稳续", "guaranteesSecured", Check::guaranteesSecured));
		columns.add(lookBack("风险消除是否持稳续", "eliminationStable", Check::eliminationStable));
		columns.add(lookBack("是否需要重新标注或备注", "needsRemarking", Check::needsRemarking));
		columns.add(lookBack("是否需要清退", "needsClearance", Check::needsClearance));
		columns.add(LedgerColumn.unique("备注", "CaseCheck.note", (row) -> note(row.lookBack())));
		columns.add(LedgerColumn.repeated("销号日期", "MonitoredCase.closedAt", (row) -> date(row.closedAt())));
		return numbered(columns);
	}

	/** Seed 004 附件5: the judgments are those of the case's latest review (研判). */
	private List<LedgerColumn<CaseRow>> notEliminated() {
		List<LedgerColumn<CaseRow>> columns = new ArrayList<>(households(CaseRow::household));
		columns.add(LedgerColumn.repeated("纳入时间", "MonitoredCase.identifiedAt", (row) -> date(row.identifiedAt())));
		columns.add(LedgerColumn.repeated("风险类型", "MonitoredCase.riskTypes", CaseRow::riskTypes));
		columns.add(LedgerColumn.unique("已落实帮扶措施", "MonitoredCase.measures", CaseRow::completedMeasures));
		columns.add(review("帮扶是否落实", "measuresDone", Check::measuresDone));
		columns.add(review("是否达到消除标准", "meetsElimination", Check::meetsElimination));
		columns.add(LedgerColumn.unique("备注", "CaseCheck.note", (row) -> note(row.review())));
		columns.add(LedgerColumn.repeated("对象类型", "MonitoredCase.type", CaseRow::caseType));
		return numbered(columns);
	}

	private static LedgerColumn<CaseRow> lookBack(String header, String field, Function<Check, @Nullable Boolean> answer) {
		return LedgerColumn.repeated(header, "CaseCheck." + field,
				(row) -> (row.lookBack() != null) ? yesNo(answer.apply(row.lookBack())) : null);
	}

	private static LedgerColumn<CaseRow> review(String header, String field, Function<Check, @Nullable Boolean> answer) {
		return LedgerColumn.repeated(header, "CaseCheck." + field,
				(row) -> (row.review() != null) ? yesNo(answer.apply(row.review())) : null);
	}

	private static @Nullable String note(@Nullable Check check) {
		return (check != null) ? check.note() : null;
	}

	/** 是/否 as the templates ask; a question the check did not answer stays empty. */
	private static @Nullable String yesNo(@Nullable Boolean answer) {
		return (answer == null) ? null : answer ? "是" : "否";
	}

	/**
	 * Seed 002 附件2: the template's title names the township and village, then 序号 村组网格名称 农户数, the group's
	 * grid worker (姓名 村民组长 党员 其他(职务) 联系电话) and the village's (姓名 职务 联系电话), 备注. The people are those
	 * holding the grids in the identity provider ({@code Grid.workers}); whether one is the group's head or a Party
	 * member, and their post, are not recorded, so those columns are left out.
	 */
	private List<LedgerColumn<GroupRow>> gridWorkers() {
		List<LedgerColumn<GroupRow>> columns = new ArrayList<>();
		columns.add(LedgerColumn.repeated("乡镇（街道、开发区）", "Grid.name", (row) -> row.grid().townshipName()));
		columns.add(LedgerColumn.repeated("村", "Grid.name", (row) -> row.grid().villageName()));
		columns.add(LedgerColumn.repeated("村组网格名称", "Grid.name", (row) -> row.grid().groupName()));
		columns.add(LedgerColumn.repeated("农户数", "Grid.householdCount", (row) -> row.grid().households()));
		columns.add(LedgerColumn.of("村组网格员姓名", "GridWorker.name", (row) -> names(row.groupWorkers()),
				(row) -> DataSubject.grid(row.grid().groupCode())));
		columns.add(LedgerColumn.of("村组网格员联系电话", "GridWorker.phone", (row) -> phones(row.groupWorkers()),
				(row) -> DataSubject.grid(row.grid().groupCode())));
		// seed 002 附件2 names each group's 包保乡村干部: the post the grid administrators give in the group
		columns.add(LedgerColumn.of("包保乡村干部姓名", "GridPost.name",
				(row) -> row.contactCadres().stream().map(PostHolding::name).toList(),
				(row) -> DataSubject.grid(row.grid().groupCode())));
		columns.add(LedgerColumn.of("包保乡村干部联系电话", "GridPost.phone",
				(row) -> row.contactCadres().stream().map(PostHolding::phone).toList(),
				(row) -> DataSubject.grid(row.grid().groupCode())));
		columns.add(LedgerColumn.of("村级网格员姓名", "GridWorker.name", (row) -> names(row.villageWorkers()),
				(row) -> DataSubject.grid(villageOf(row))));
		columns.add(LedgerColumn.of("村级网格员联系电话", "GridWorker.phone", (row) -> phones(row.villageWorkers()),
				(row) -> DataSubject.grid(villageOf(row))));
		return numbered(columns);
	}

	/**
	 * Group grids with the people holding them and their villages, each village read once an export; the
	 * village's people only where the caller may read the village grid (a group's grid worker may not).
	 */
	private Stream<GroupRow> withWorkers(Scope scope, Stream<GridRow> groups) {
		Map<String, List<Cadre>> villages = new HashMap<>();
		return groups.map((group) -> {
			GridCode code = new GridCode(group.groupCode());
			String villageCode = code.value().substring(0, GridLevel.VILLAGE.codeLength());
			List<Cadre> village = villages.computeIfAbsent(villageCode,
					(readable) -> scope.getTreeCodes().stream().anyMatch(readable::startsWith)
							? this.people.holding(new GridCode(readable), Role.VILLAGE_CADRE) : List.of());
			return new GroupRow(group, this.people.holding(code, Role.GRID_WORKER), village,
					this.people.holding(code, Post.GROUP_CONTACT_CADRE));
		});
	}

	private static String villageOf(GroupRow row) {
		return row.grid().groupCode().substring(0, GridLevel.VILLAGE.codeLength());
	}

	private static List<String> names(List<Cadre> people) {
		return people.stream().map(Cadre::name).toList();
	}

	private static List<@Nullable String> phones(List<Cadre> people) {
		return people.stream().map(Cadre::phone).toList();
	}

	/**
	 * Seed 004 附件2: 序号 镇街 行政村 户主姓名 家庭人口 联系电话 家庭情况 排查人 会议研判结论 备注, then the day. 对象类型
	 * (which of the ten categories) is derived from the household as it is now, not kept with the inspection:
	 * left out ({@code Household.keyCategories} answers it).
	 */
	private List<LedgerColumn<InspectionRow>> keyInspections() {
		List<LedgerColumn<InspectionRow>> columns = new ArrayList<>(households(InspectionRow::household));
		columns.add(LedgerColumn.unique("家庭情况", "Inspection.familySituation", InspectionRow::familySituation));
		columns.add(LedgerColumn.repeated("排查人", "Inspection.inspectorName", InspectionRow::inspectorName));
		columns.add(LedgerColumn.repeated("会议研判结论", "Inspection.conclusion", InspectionRow::conclusion));
		columns.add(LedgerColumn.unique("备注", "Inspection.note", InspectionRow::note));
		columns.add(LedgerColumn.repeated("排查日期", "Inspection.inspectedOn", (row) -> date(row.inspectedOn())));
		return numbered(columns);
	}

	/** Seed 004 附件3: 序号 镇街 行政村 户主姓名 家庭人口 联系电话 排查方式 近期是否发生风险 是否基本了解防返贫政策 排查员 备注, then the day. */
	private List<LedgerColumn<InspectionRow>> inspections() {
		List<LedgerColumn<InspectionRow>> columns = new ArrayList<>(households(InspectionRow::household));
		columns.add(LedgerColumn.repeated("排查方式", "Inspection.method", InspectionRow::method));
		columns.add(LedgerColumn.repeated("近期是否发生风险", "Inspection.riskFound", (row) -> yesNo(row.riskFound())));
		columns.add(LedgerColumn.repeated("是否基本了解防返贫政策", "Inspection.policyAware", (row) -> yesNo(row.policyAware())));
		columns.add(LedgerColumn.repeated("排查员", "Inspection.inspectorName", InspectionRow::inspectorName));
		columns.add(LedgerColumn.unique("备注", "Inspection.note", InspectionRow::note));
		columns.add(LedgerColumn.repeated("排查日期", "Inspection.inspectedOn", (row) -> date(row.inspectedOn())));
		return numbered(columns);
	}

	/**
	 * Seed 004 附件6: 序号 类型 具体问题, then where the problem is and what became of it: the person responsible,
	 * the measure and deadline, its state, the rectification and its verification (对账销号).
	 */
	private List<LedgerColumn<ProblemRow>> problems() {
		List<LedgerColumn<ProblemRow>> columns = new ArrayList<>();
		columns.add(LedgerColumn.repeated("类型", "Problem.category", ProblemRow::category));
		columns.add(LedgerColumn.unique("具体问题", "Problem.description", ProblemRow::description));
		columns.add(LedgerColumn.repeated("镇街", "Grid.name", ProblemRow::townshipName));
		columns.add(LedgerColumn.repeated("行政村", "Grid.name", ProblemRow::villageName));
		columns.add(LedgerColumn.repeated("责任人", "Problem.responsiblePerson", ProblemRow::responsiblePerson));
		columns.add(LedgerColumn.unique("整改措施", "Problem.measure", ProblemRow::measure));
		columns.add(LedgerColumn.repeated("完成时限", "Problem.deadline", (row) -> date(row.deadline())));
		columns.add(LedgerColumn.repeated("状态", "Problem.status", ProblemRow::status));
		columns.add(LedgerColumn.unique("整改情况", "Problem.rectification", ProblemRow::rectification));
		columns.add(LedgerColumn.repeated("整改日期", "Problem.rectifiedOn", (row) -> date(row.rectifiedOn())));
		columns.add(LedgerColumn.repeated("销号人", "Problem.verifiedBy", ProblemRow::verifiedBy));
		columns.add(LedgerColumn.repeated("销号日期", "Problem.verifiedOn", (row) -> date(row.verifiedOn())));
		return numbered(columns);
	}

	/** 镇街 行政村 户主姓名 家庭人口 联系电话: how the ledgers of seed 004 begin. */
	private static <R> List<LedgerColumn<R>> households(Function<R, HouseholdPart> household) {
		return List.of(LedgerColumn.repeated("镇街", "Grid.name", (row) -> household.apply(row).townshipName()),
				LedgerColumn.repeated("行政村", "Grid.name", (row) -> household.apply(row).villageName()),
				LedgerColumn.unique("户主姓名", "Member.name", (row) -> household.apply(row).headName()),
				LedgerColumn.repeated("家庭人口", "Household.population", (row) -> household.apply(row).population()),
				LedgerColumn.unique("联系电话", "Household.phone", (row) -> household.apply(row).phone()));
	}

	private static <R> List<LedgerColumn<R>> place(Function<R, HouseholdPart> household) {
		return List.of(LedgerColumn.repeated("镇", "Grid.name", (row) -> household.apply(row).townshipName()),
				LedgerColumn.repeated("村", "Grid.name", (row) -> household.apply(row).villageName()));
	}

	private <R> List<LedgerColumn<R>> head(Function<R, HouseholdPart> household) {
		return List.of(LedgerColumn.unique("户主姓名", "Member.name", (row) -> household.apply(row).headName()),
				LedgerColumn.unique("户主证件号码", "Member.idNumber", (row) -> idNumber(household.apply(row))),
				LedgerColumn.repeated("家庭人口", "Household.population", (row) -> household.apply(row).population()));
	}

	/** Seed 003: 脱贫年度 as the national system has it; a household never in poverty reads 非贫困户. */
	private static <R> LedgerColumn<R> alleviationYear(Function<R, HouseholdPart> household) {
		return LedgerColumn.repeated("脱贫年度", "Household.alleviationYear", (row) -> {
			HouseholdPart part = household.apply(row);
			return "ALLEVIATED".equals(part.category()) ? part.alleviationYear() : "非贫困户";
		});
	}

	private @Nullable String idNumber(HouseholdPart household) {
		byte[] sealed = household.headIdNumber();
		return (sealed != null) ? this.cipher.decrypt(sealed).value() : null;
	}

	private static <R> List<LedgerColumn<R>> numbered(List<LedgerColumn<R>> columns) {
		List<LedgerColumn<R>> all = new ArrayList<>();
		all.add(new LedgerColumn<>("序号", null, (row) -> null, false));
		all.addAll(columns);
		return List.copyOf(all);
	}

	private static @Nullable String date(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static @Nullable String date(@Nullable Instant instant) {
		return (instant != null) ? instant.atZone(InputCheck.ZONE).toLocalDate().toString() : null;
	}

}
