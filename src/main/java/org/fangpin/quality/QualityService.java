package org.fangpin.quality;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.household.IdNumberCipher;
import org.fangpin.household.SchoolingStage;
import org.fangpin.quality.QualityMapper.MemberRow;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.GridInScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * 数据质量 (seed 004, 核实补正): findings under a grid in the caller's scope, each naming the household (and
 * member) and what to fix. The list is derived from the records as they are, so a finding leaves it once the
 * record is corrected, or judged right as it is by the grid that owns it ({@link FindingSettlements}); the
 * dashboard's counts are of the findings {@link FindingSweep} recorded, so they follow at its next sweep.
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

	/**
	 * 问题 as the schema shows it.
	 *
	 * @param recordId the global id of the record it is about: its member, or else its household
	 * @param otherHouseholds for SAME_PERSON_IN_TWO_HOUSEHOLDS, the other households the person appears in, those
	 * the caller may see
	 * @param ownerGridCode the grid that answers for it: the one it was given to, or else the household's village
	 * @param acknowledgement the owner's last judgement of it, if any
	 * @param problemId the problem raised from it, if any
	 */
	public record Finding(FindingKind kind, String recordId, Household household, @Nullable String memberName,
			String whatToFix, @Nullable List<String> otherCountyCodes, List<Household> otherHouseholds,
			String ownerGridCode, @Nullable LocalDate deadline, boolean overdue,
			@Nullable Acknowledgement acknowledgement, @Nullable Long problemId, int version) {
	}

	/**
	 * 研判: the owner's judgement of a finding.
	 *
	 * @param current whether the data the finding is found on is as it was when judged
	 */
	public record Acknowledgement(FindingJudgement judgement, String reason, String judgedBy, LocalDate judgedOn,
			boolean current) {
	}

	/**
	 * The findings under the grid (of one kind, if given), households in order, at most {@code first}; those
	 * judged right as they are only with {@code includeSettled}, until their data changes.
	 */
	public List<Finding> findings(Caller caller, @Nullable String gridCode, @Nullable FindingKind kind,
			@Nullable Integer first, boolean includeSettled) {
		int limit = (first == null) ? MAX_FINDINGS : Math.max(0, Math.min(first, MAX_FINDINGS));
		GridCode grid = GridInScope.of(caller, gridCode);
		Scope scope = caller.scope();
		Map<String, Settlement> settlements = settlements(scope, grid);
		List<Candidate> found = candidates(scope, grid, kind, limit, settlements, includeSettled);
		return toFindings(caller, found.subList(0, Math.min(limit, found.size())), settlements);
	}

	/** The finding of this kind about this record (a member or the household) if it is found now. */
	@Nullable Finding find(Caller caller, FindingKind kind, Household household, long recordId) {
		Candidate candidate = candidate(caller, kind, household, recordId);
		if (candidate == null) {
			return null;
		}
		Map<String, Settlement> settlements = settlements(caller.scope(), new GridCode(household.groupCode()));
		return toFindings(caller, List.of(candidate), settlements).stream().findFirst().orElse(null);
	}

	/** The candidate under the finding, for a judgement to keep its fingerprint. */
	@Nullable Candidate candidate(Caller caller, FindingKind kind, Household household, long recordId) {
		return candidates(caller.scope(), new GridCode(household.groupCode()), kind, null, Map.of(), true).stream()
			.filter((candidate) -> candidate.recordId() == recordId && candidate.householdId() == household.id())
			.findFirst()
			.orElse(null);
	}

	private List<Finding> toFindings(Caller caller, List<Candidate> page, Map<String, Settlement> settlements) {
		Map<Long, Household> byId = this.households.findAll(caller, page.stream()
			.flatMap((candidate) -> Stream.concat(Stream.of(candidate.householdId()), candidate.otherHouseholdIds().stream()))
			.distinct()
			.toList());
		LocalDate today = LocalDate.now(this.clock.withZone(InputCheck.ZONE));
		return page.stream().filter((candidate) -> byId.containsKey(candidate.householdId())).map((candidate) -> {
			Household household = byId.get(candidate.householdId());
			Settlement settlement = settlements.get(candidate.key());
			Acknowledgement acknowledgement = (settlement != null) ? settlement.acknowledgement(candidate) : null;
			boolean settled = acknowledgement != null && acknowledgement.current()
					&& acknowledgement.judgement() == FindingJudgement.DATA_CORRECT;
			LocalDate deadline = (settlement != null) ? settlement.deadline() : null;
			return new Finding(candidate.kind(), candidate.globalId(), household, candidate.memberName(),
					candidate.kind().whatToFix(), candidate.otherCountyCodes(),
					candidate.otherHouseholdIds().stream().filter(byId::containsKey).map(byId::get).toList(),
					(settlement != null) ? settlement.ownerGrid() : household.villageCode(), deadline,
					!settled && deadline != null && deadline.isBefore(today), acknowledgement,
					(settlement != null) ? settlement.problemId() : null, (settlement != null) ? settlement.version() : 0);
		}).toList();
	}

	/** The judgements and owners of the findings under the grid, by {@link Candidate#key()}. */
	Map<String, Settlement> settlements(Scope scope, GridCode grid) {
		return this.checks.settlements(scope, grid.lineage())
			.stream()
			.collect(Collectors.toMap(Settlement::key, (settlement) -> settlement));
	}

	/**
	 * The findings under the grid within the scope, households in order, without those judged right as they are
	 * on the data they are still found on (unless {@code includeSettled}); with a limit, the SQL checks stop at
	 * it (the Java ones are few).
	 */
	List<Candidate> candidates(Scope scope, GridCode grid, @Nullable FindingKind kind, @Nullable Integer limit,
			Map<String, Settlement> settlements, boolean includeSettled) {
		List<Candidate> found = new ArrayList<>();
		if (kind == null || kind.isDecidedInSql()) {
			// the settled ones are passed over after the limit: as many more rows as there are judgements
			Integer rows = limit;
			if (limit != null && !includeSettled) {
				rows = limit + settlements.size();
			}
			this.checks.findings(scope, grid.lineage(), (kind != null) ? kind.name() : null, lastYear(), rows)
				.forEach((row) -> found.add(new Candidate(FindingKind.valueOf(row.kind()), row.householdId(),
						row.memberId(), row.memberName(),
						(row.otherCounties() != null) ? List.of(row.otherCounties().split(",")) : null, List.of(),
						row.basis())));
		}
		found.addAll(decidedInJava(scope, grid, kind));
		found.sort(Comparator.comparingLong(Candidate::householdId).thenComparing(Candidate::kind));
		if (includeSettled) {
			return found;
		}
		return found.stream().filter((candidate) -> {
			Settlement settlement = settlements.get(candidate.key());
			return settlement == null || !settlement.settles(candidate);
		}).toList();
	}

	/**
	 * The findings resolved in a period under the grids given (a campaign's) and within the caller's scope, by
	 * the grid of {@code level} they lie under (and only under {@code under}, if given).
	 */
	public List<ResolvedCount> countResolved(Caller caller, Collection<GridCode> within, GridLevel level,
			@Nullable GridCode under, LocalDate from, LocalDate to) {
		return this.checks.countResolved(caller.scope(), within.stream().map(GridCode::value).toList(),
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
							pupil.name(), null, List.of(), pupil.version() + "/" + pupil.schoolingStage()));
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
								.toList(), samePerson.stream()
								.sorted(Comparator.comparingLong(MemberRow::id))
								.map((same) -> same.id() + ":" + same.version())
								.collect(Collectors.joining(","))))));
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

	/**
	 * A finding before its households are loaded; {@code memberId} is null when it is about the household;
	 * {@code basis} is what it was found on (the records and their versions), which a judgement's fingerprint keeps.
	 */
	record Candidate(FindingKind kind, long householdId, @Nullable Long memberId, @Nullable String memberName,
			@Nullable List<String> otherCountyCodes, List<Long> otherHouseholdIds, @Nullable String basis) {

		/** The record the finding is about: its member, or else its household. */
		long recordId() {
			return (this.memberId != null) ? this.memberId : this.householdId;
		}

		String globalId() {
			return new GlobalId((this.memberId != null) ? "Member" : "Household", recordId()).encode();
		}

		/** The finding's name, as quality_finding and quality_settlement key it. */
		String key() {
			return key(this.kind.name(), recordId());
		}

		static String key(String kind, long recordId) {
			return kind + "/" + recordId;
		}

		/** SHA-256 of the kind and the basis: equal while the data the finding is found on is unchanged. */
		String fingerprint() {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest((this.kind + "|" + Objects.toString(this.basis, "")).getBytes(StandardCharsets.UTF_8));
				return HexFormat.of().formatHex(digest);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is part of every JDK", ex);
			}
		}

	}

}
