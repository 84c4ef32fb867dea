package org.fangpin.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.campaign.CampaignInputs.CampaignPayload;
import org.fangpin.campaign.CampaignInputs.OpenCampaignInput;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Page;
import org.fangpin.grid.Grid;
import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns: a county officer opens one over grids of their county, for a period and with the income line
 * it uses; cadres whose grids it covers (or who stand above them) see it, and which of their households
 * it has not inspected yet.
 */
@Service
public class CampaignService {

	private static final int MAX_GRIDS = 500;

	private static final int MAX_YEARS_FROM_TODAY = 1;

	private final CampaignMapper campaigns;

	private final GridService grids;

	private final HouseholdService households;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final Clock clock;

	CampaignService(CampaignMapper campaigns, GridService grids, HouseholdService households, IdGenerator ids,
			AuditLog audit, Clock clock) {
		this.campaigns = campaigns;
		this.grids = grids;
		this.households = households;
		this.ids = ids;
		this.audit = audit;
		this.clock = clock;
	}

	public @Nullable Campaign find(Caller caller, long id) {
		return this.campaigns.findVisible(caller.scope(), List.of(id)).stream().findFirst().orElse(null);
	}

	/** The campaign of a global id; missing, malformed and not the caller's are all NOT_FOUND. */
	public Campaign get(Caller caller, String globalId) {
		return GlobalId.idOf(globalId, "Campaign")
			.map((id) -> find(caller, id))
			.orElseThrow(() -> ApiException.notFound("集中排查"));
	}

	public List<Campaign> list(Caller caller) {
		return this.campaigns.findVisible(caller.scope(), null);
	}

	public List<Grid> gridsOf(Campaign campaign) {
		return this.grids.findAll(codesOf(campaign));
	}

	List<GridCode> codesOf(Campaign campaign) {
		return this.campaigns.findGrids(campaign.id()).stream().map(GridCode::new).toList();
	}

	/** Whether the campaign covers the household: one of its grids lies above it. */
	boolean covers(Campaign campaign, Household household) {
		GridCode group = new GridCode(household.groupCode());
		return codesOf(campaign).stream().anyMatch((grid) -> grid.covers(group));
	}

	@Transactional
	public CampaignPayload open(Act act, OpenCampaignInput input) {
		Caller caller = act.caller();
		InputCheck check = new InputCheck();
		String name = check.text(input.name(), 100, "名称", "name");
		periodWithinSense(check, input.startsOn(), input.endsOn());
		BigDecimal line = input.incomeLine();
		check.require(line != null && line.signum() > 0 && line.scale() <= 2 && line.compareTo(new BigDecimal("1000000")) < 0,
				"收入监测标准应为正数，最多两位小数 (incomeLine must be positive, in yuan and fen)", "incomeLine");
		check.require(!input.gridCodes().isEmpty() && input.gridCodes().size() <= MAX_GRIDS,
				"请指定1到" + MAX_GRIDS + "个网格 (gridCodes must list 1.." + MAX_GRIDS + " grids)", "gridCodes");
		Set<GridCode> codes = new LinkedHashSet<>();
		for (String code : input.gridCodes()) {
			Optional<GridCode> grid = GridCode.parse(code.strip());
			check.require(grid.isPresent(), "网格编码应为6、9、12或14位数字 (not a grid code: " + code + ")", "gridCodes");
			grid.ifPresent(codes::add);
		}
		Set<String> counties = codes.stream().map((code) -> code.value().substring(0, 6)).collect(Collectors.toSet());
		check.require(counties.size() <= 1, "集中排查的网格应属同一县 (the grids must lie in one county)", "gridCodes");
		if (check.hasErrors()) {
			return CampaignPayload.rejected(check.errors());
		}
		codes.forEach(act::check);
		List<String> known = this.grids.findAll(codes).stream().map((grid) -> grid.code().value()).toList();
		List<String> unknown = new ArrayList<>(codes.stream().map(GridCode::value).toList());
		unknown.removeAll(known);
		if (!unknown.isEmpty()) {
			check.fail("网格不存在：" + String.join("、", unknown) + " (no such grid)", "gridCodes");
			return CampaignPayload.rejected(check.errors());
		}
		// a grid listed below another listed one adds nothing
		List<String> kept = codes.stream()
			.filter((code) -> codes.stream().noneMatch((other) -> !other.equals(code) && other.covers(code)))
			.map(GridCode::value)
			.toList();
		Campaign campaign = new Campaign(this.ids.nextId(), name, counties.iterator().next(), input.startsOn(),
				input.endsOn(), line, caller.name(), this.clock.instant());
		this.campaigns.insert(campaign);
		this.campaigns.insertGrids(campaign.id(), kept);
		this.audit.record(act, "openCampaign", "Campaign", campaign.id(),
				new Changes().field("name", null, name)
					.field("period", null, input.startsOn() + "/" + input.endsOn())
					.field("grids", null, String.join(",", kept)));
		return CampaignPayload.of(campaign);
	}

	/**
	 * A campaign is opened for the weeks around now (seed 004: a few months of inspections): a start more than
	 * {@value #MAX_YEARS_FROM_TODAY} year away from today, or a period longer than that, is a typing error
	 * (1900, 2202) that would put every inspection outside it or count weeks nobody works.
	 */
	private void periodWithinSense(InputCheck check, LocalDate startsOn, LocalDate endsOn) {
		LocalDate today = today();
		check.require(!startsOn.isBefore(today.minusYears(MAX_YEARS_FROM_TODAY))
				&& !startsOn.isAfter(today.plusYears(MAX_YEARS_FROM_TODAY)),
				"开始日期应在今天前后" + MAX_YEARS_FROM_TODAY + "年之内 (startsOn must lie within " + MAX_YEARS_FROM_TODAY
						+ " year of today)", "startsOn");
		if (endsOn.isBefore(startsOn)) {
			check.fail("结束日期不能早于开始日期 (endsOn is before startsOn)", "endsOn");
		}
		else {
			check.require(!endsOn.isAfter(startsOn.plusYears(MAX_YEARS_FROM_TODAY)),
					"集中排查期间不能超过" + MAX_YEARS_FROM_TODAY + "年 (the period is longer than " + MAX_YEARS_FROM_TODAY
							+ " year)", "endsOn");
		}
	}

	/**
	 * The households of a grid the campaign covers and has not inspected yet, a page; with how many it
	 * covers there and how many it has inspected.
	 */
	public Coverage coverage(Caller caller, String campaignId, String gridCode, Page page) {
		Campaign campaign = get(caller, campaignId);
		GridCode grid = GridCode.parse(gridCode.strip())
			.orElseThrow(() -> ApiException.badInput("网格编码应为6、9、12或14位数字 (gridCode is not a grid code)"));
		Scope scope = caller.scope();
		String column = grid.level().getHouseholdColumn();
		List<Long> ids = this.campaigns.findNotInspected(scope, campaign.id(), column, grid.value(), page.afterId(),
				page.fetchSize());
		Map<Long, Household> byId = this.households.findAll(caller, ids);
		List<Household> rows = ids.stream().map(byId::get).filter((household) -> household != null).toList();
		long covered = this.campaigns.countCovered(scope, campaign.id(), column, grid.value(), false);
		long inspected = this.campaigns.countCovered(scope, campaign.id(), column, grid.value(), true);
		return new Coverage(grid.value(), (int) covered, (int) inspected,
				page.toConnection(rows, Household::id, () -> covered - inspected));
	}

	/** 排查覆盖 as the schema shows it. */
	public record Coverage(String gridCode, int households, int inspected, Connection<Household> notInspected) {
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(InputCheck.ZONE));
	}

}
