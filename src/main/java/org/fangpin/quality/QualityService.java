package org.fangpin.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fangpin.graphql.InputCheck;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.household.IdNumberCipher;
import org.fangpin.household.SchoolingStage;
import org.fangpin.quality.QualityMapper.MemberRow;
import org.fangpin.security.Caller;
import org.fangpin.security.GridInScope;
import org.fangpin.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * 数据质量 (seed 004, 核实补正): findings under a grid in the caller's scope, each naming the household (and
 * member) and what to fix. The list is derived from the records as they are, so a finding leaves it once the
 * record is corrected; the dashboard's counts are of the findings {@link FindingSweep} recorded, so they follow
 * at its next sweep.
 */
@Service
public class QualityService {

	/** At most this many findings per request: a county narrows by kind or grid. */
	static final int MAX_FINDINGS = 500;

	/** The ages at which each stage of schooling is plausible (lenient: late starts and repeats happen). */
	private static final Map<SchoolingStage, int[]> PLAUSIBLE_AGES = Map.of(SchoolingStage.PRESCHOOL, new int[] { 2, 7 },
			SchoolingStage.PRIMARY, new int[] { 5, 16 }, SchoolingStage.JUNIOR_SECONDARY, new int[] { 10, 19 },
			SchoolingStage.SENIOR_SECONDARY, new int[] { 13, 23 }, SchoolingStage.VOCATIONAL, new int[] { 13, 30 },
			SchoolingStage.UNIVERSITY, new int[] { 15, 45 });

	private final QualityMapper checks;

	private final HouseholdService households;

	private final IdNumberCipher cipher;

	private final Clock clock;

	QualityService(QualityMapper checks, HouseholdService households, IdNumberCipher cipher, Clock clock) {
		this.checks = checks;
		this.households = households;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** 问题 as the schema shows it. */
	/**
	 * @param otherHouseholds for SAME_PERSON_IN_TWO_HOUSEHOLDS, the other households the person appears in, those
	 * the caller may see
	 */
	public record Finding(FindingKind kind, Household household, @Nullable String memberName, String whatToFix,
			@Nullable List<String> otherCountyCodes, List<Household> otherHouseholds) {
	}

	/** The findings under the grid (of one kind, if given), households in order, at most {@code first}. */
	public List<Finding> findings(Caller caller, @Nullable String gridCode, @Nullable FindingKind kind,
			@Nullable Integer first) {
		int limit = (first == null) ? MAX_FINDINGS : Math.max(0, Math.min(first, MAX_FINDINGS));
		GridCode grid = GridInScope.of(caller, gridCode);
		List<Candidate> found = candidates(Scope.of(caller), grid, kind, limit);
		List<Candidate> page = found.subList(0, Math.min(limit, found.size()));
		Map<Long, Household> byId = this.households.findAll(caller, page.stream()
			.flatMap((candidate) -> Stream.concat(Stream.of(candidate.householdId()), candidate.otherHouseholdIds().stream()))
			.distinct()
			.toList());
		return page.stream()
			.filter((candidate) -> byId.containsKey(candidate.householdId()))
			.map((candidate) -> new Finding(candidate.kind(), byId.get(candidate.householdId()), candidate.memberName(),
					candidate.kind().whatToFix(), candidate.otherCountyCodes(),
					candidate.otherHouseholdIds().stream().filter(byId::containsKey).map(byId::get).toList()))
			.toList();
	}

	/**
	 * The findings under the grid within the scope, households in order; with a limit, the SQL checks stop at
	 * it (the Java ones are few).
	 */
	List<Candidate> candidates(Scope scope, GridCode grid, @Nullable FindingKind kind, @Nullable Integer limit) {
		List<Candidate> found = new ArrayList<>();
		if (kind == null || kind.isDecidedInSql()) {
			this.checks.findings(scope, grid.lineage(), (kind != null) ? kind.name() : null, lastYear(), limit)
				.forEach((row) -> found.add(new Candidate(FindingKind.valueOf(row.kind()), row.householdId(),
						row.memberId(), row.memberName(),
						(row.otherCounties() != null) ? List.of(row.otherCounties().split(",")) : null, List.of())));
		}
		found.addAll(decidedInJava(scope, grid, kind));
		found.sort(Comparator.comparingLong(Candidate::householdId).thenComparing(Candidate::kind));
		return found;
	}

	/**
	 * The findings resolved in a period under the grids given (a campaign's) and within the caller's scope, by
	 * the grid of {@code level} they lie under (and only under {@code under}, if given).
	 */
	public List<ResolvedCount> countResolved(Caller caller, Collection<GridCode> within, GridLevel level,
			@Nullable GridCode under, LocalDate from, LocalDate to) {
		return this.checks.countResolved(Scope.of(caller), within.stream().map(GridCode::value).toList(),
				level.getHouseholdColumn(), (under != null) ? under.value() : null,
				(under != null) ? under.getHouseholdColumn() : null, from, to);
	}

	/**
	 * The open findings of each kind under each child grid ({@code childColumn}: the household column of the
	 * children's level) of a grid within {@code scope}, for the dashboard's snapshot: what the last sweep
	 * recorded ({@link FindingSweep}), not the checks made again.
	 */
	public Map<String, Map<FindingKind, Long>> openCountsByChild(Scope scope, GridCode grid, String childColumn) {
		Map<String, Map<FindingKind, Long>> counts = new HashMap<>();
		this.checks.openCounts(scope, grid.lineage(), childColumn)
			.forEach((count) -> counts.computeIfAbsent(count.grid(), (key) -> new EnumMap<>(FindingKind.class))
				.put(FindingKind.valueOf(count.kind()), count.count()));
		return counts;
	}

	private List<Candidate> decidedInJava(Scope scope, GridCode grid, @Nullable FindingKind kind) {
		List<Candidate> found = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock.withZone(InputCheck.ZONE));
		if (kind == null || kind == FindingKind.SCHOOLING_IMPOSSIBLE_FOR_AGE) {
			for (MemberRow pupil : this.checks.pupils(scope, grid.lineage())) {
				int age = Period.between(birthDate(pupil), today).getYears();
				int[] plausible = PLAUSIBLE_AGES.get(SchoolingStage.valueOf(Objects.requireNonNull(pupil.schoolingStage())));
				if (age < plausible[0] || age > plausible[1]) {
					found.add(new Candidate(FindingKind.SCHOOLING_IMPOSSIBLE_FOR_AGE, pupil.householdId(), pupil.id(),
							pupil.name(), null, List.of()));
				}
			}
		}
		if (kind == null || kind == FindingKind.SAME_PERSON_IN_TWO_HOUSEHOLDS) {
			// the whole village of a group grid: the other household may lie in another group of it
			List<GridCode> villages = grid.lineage().stream().filter((code) -> code.level() != GridLevel.GROUP).toList();
			Map<String, List<MemberRow>> sameName = this.checks.villageMembers(scope, villages)
				.stream()
				.collect(Collectors.groupingBy((m) -> m.villageCode() + "/" + m.name()));
			sameName.values()
				.stream()
				.filter(QualityService::inSeveralHouseholds)
				.flatMap((members) -> members.stream()
					.collect(Collectors.groupingBy(this::birthDate))
					.values()
					.stream())
				.filter(QualityService::inSeveralHouseholds)
				.forEach((samePerson) -> samePerson.stream()
					.filter((member) -> grid.level() != GridLevel.GROUP || member.groupCode().equals(grid.value()))
					.forEach((member) -> found.add(new Candidate(FindingKind.SAME_PERSON_IN_TWO_HOUSEHOLDS,
							member.householdId(), member.id(), member.name(), null, samePerson.stream()
								.map(MemberRow::householdId)
								.filter((household) -> household != member.householdId())
								.distinct()
								.toList()))));
		}
		return found;
	}

	private static boolean inSeveralHouseholds(List<MemberRow> members) {
		return members.stream().map(MemberRow::householdId).distinct().count() > 1;
	}

	private LocalDate birthDate(MemberRow member) {
		return this.cipher.decrypt(member.idNumberCipher()).birthDate();
	}

	private int lastYear() {
		return LocalDate.now(this.clock.withZone(InputCheck.ZONE)).getYear() - 1;
	}

	/** A finding before its households are loaded; {@code memberId} is null when it is about the household. */
	record Candidate(FindingKind kind, long householdId, @Nullable Long memberId, @Nullable String memberName,
			@Nullable List<String> otherCountyCodes, List<Long> otherHouseholdIds) {

		/** The record the finding is about: its member, or else its household. */
		long recordId() {
			return (this.memberId != null) ? this.memberId : this.householdId;
		}

	}

}
