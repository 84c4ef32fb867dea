package org.fangpin.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.fangpin.graphql.InputCheck;
import org.fangpin.household.IdNumberCipher;
import org.fangpin.ledger.LedgerRows.CaseRow;
import org.fangpin.ledger.LedgerRows.GridRow;
import org.fangpin.ledger.LedgerRows.HouseholdPart;
import org.fangpin.ledger.LedgerRows.MeasureRow;
import org.fangpin.ledger.LedgerRows.RosterRow;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The ledgers' columns, after the templates of the seeds: the template's headers in its order, then what the
 * system knows beyond it. Each column names the schema field it shows, so the API's field rules decide who
 * gets it.
 */
@Component
class LedgerSheets {

	/** Statuses of identified cases whose risk is not eliminated yet (seed 004 附件5). */
	static final Set<String> NOT_ELIMINATED = Set.of("MONITORING", "ELIMINATION_PROPOSED", "ELIMINATION_NOTICE",
			"PENDING_ACCEPTANCE", "PENDING_ELIMINATION_APPROVAL");

	private final Map<Ledger, LedgerSheet<?>> sheets = new EnumMap<>(Ledger.class);

	private final IdNumberCipher cipher;

	LedgerSheets(LedgerMapper rows, IdNumberCipher cipher) {
		this.cipher = cipher;
		this.sheets.put(Ledger.ROSTER, new LedgerSheet<>(Ledger.ROSTER, roster(), rows::roster));
		this.sheets.put(Ledger.MEASURES, new LedgerSheet<>(Ledger.MEASURES, measures(), rows::measures));
		this.sheets.put(Ledger.ELIMINATED, new LedgerSheet<>(Ledger.ELIMINATED, eliminated(),
				(scope, column, grid, after, limit) -> rows.cases(scope, column, grid, Set.of("RISK_ELIMINATED"), after, limit)));
		this.sheets.put(Ledger.NOT_ELIMINATED, new LedgerSheet<>(Ledger.NOT_ELIMINATED, notEliminated(),
				(scope, column, grid, after, limit) -> rows.cases(scope, column, grid, NOT_ELIMINATED, after, limit)));
		this.sheets.put(Ledger.GRID_WORKERS, new LedgerSheet<>(Ledger.GRID_WORKERS, gridWorkers(), rows::groups));
	}

	LedgerSheet<?> of(Ledger ledger) {
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

	/** Seed 004 附件4; the judgments of the review are the village's to fill in. */
	private List<LedgerColumn<CaseRow>> eliminated() {
		List<LedgerColumn<CaseRow>> columns = new ArrayList<>(cases());
		columns.add(LedgerColumn.repeated("对象类型", "MonitoredCase.type", CaseRow::caseType));
		for (String header : List.of("收入是否持续稳定", "帮扶措施是否落实", "“三保障”及饮水安全持续巩固是否持稳续", "风险消除是否持稳续",
				"是否需要重新标注或备注", "是否需要清退", "备注")) {
			columns.add(LedgerColumn.toFillIn(header));
		}
		return numbered(columns);
	}

	/** Seed 004 附件5. */
	private List<LedgerColumn<CaseRow>> notEliminated() {
		List<LedgerColumn<CaseRow>> columns = new ArrayList<>(cases());
		columns.add(LedgerColumn.repeated("纳入时间", "MonitoredCase.identifiedAt", (row) -> date(row.identifiedAt())));
		columns.add(LedgerColumn.repeated("风险类型", "MonitoredCase.riskTypes", CaseRow::riskTypes));
		columns.add(LedgerColumn.unique("已落实帮扶措施", "MonitoredCase.measures", CaseRow::completedMeasures));
		columns.add(LedgerColumn.repeated("帮扶是否落实", "MonitoredCase.measures", (row) -> row.openMeasures() == 0 ? "是" : "否"));
		columns.add(LedgerColumn.toFillIn("是否达到消除标准"));
		columns.add(LedgerColumn.toFillIn("备注"));
		columns.add(LedgerColumn.repeated("对象类型", "MonitoredCase.type", CaseRow::caseType));
		return numbered(columns);
	}

	/**
	 * Seed 002 附件2: the template's title names the township and village, then 序号 村组网格名称 农户数, the group's
	 * grid worker (姓名 村民组长 党员 其他(职务) 联系电话) and the village's (姓名 职务 联系电话), 备注.
	 */
	private List<LedgerColumn<GridRow>> gridWorkers() {
		List<LedgerColumn<GridRow>> columns = new ArrayList<>();
		columns.add(LedgerColumn.repeated("乡镇（街道、开发区）", "Grid.name", GridRow::townshipName));
		columns.add(LedgerColumn.repeated("村", "Grid.name", GridRow::villageName));
		columns.add(LedgerColumn.repeated("村组网格名称", "Grid.name", GridRow::groupName));
		columns.add(LedgerColumn.repeated("农户数", "Grid.householdCount", GridRow::households));
		for (String header : List.of("村组网格员姓名", "村民组长", "党员", "其他（职务）", "村组网格员联系电话", "村级网格员姓名",
				"村级网格员职务", "村级网格员联系电话", "备注")) {
			columns.add(LedgerColumn.toFillIn(header));
		}
		return numbered(columns);
	}

	/** 镇街 行政村 户主姓名 家庭人口 联系电话: how both ledgers of seed 004 begin. */
	private List<LedgerColumn<CaseRow>> cases() {
		List<LedgerColumn<CaseRow>> columns = new ArrayList<>();
		columns.add(LedgerColumn.repeated("镇街", "Grid.name", (row) -> row.household().townshipName()));
		columns.add(LedgerColumn.repeated("行政村", "Grid.name", (row) -> row.household().villageName()));
		columns.add(LedgerColumn.unique("户主姓名", "Member.name", (row) -> row.household().headName()));
		columns.add(LedgerColumn.repeated("家庭人口", "Household.population", (row) -> row.household().population()));
		columns.add(LedgerColumn.unique("联系电话", "Household.phone", (row) -> row.household().phone()));
		return columns;
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
