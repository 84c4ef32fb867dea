package org.fangpin.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fangpin.grid.GridPeople.Cadre;
import org.fangpin.grid.GridPeople.PostHolding;
import org.fangpin.security.rows.DataSubject;
import org.jspecify.annotations.Nullable;

/** The rows of the ledgers as {@link LedgerMapper} reads them; the ID number still sealed. */
public final class LedgerRows {

	private LedgerRows() {
	}

	/** What every ledger shows of a household: where it is, its head, its size. */
	public record HouseholdPart(long householdId, String householdNumber, String groupCode, @Nullable String townshipName,
			@Nullable String villageName, @Nullable String groupName, String address, String category,
			@Nullable Integer alleviationYear, @Nullable String phone, @Nullable String headName,
			byte @Nullable [] headIdNumber, int population) {
	}

	/** A row about one household: the personal data in it is of that household's people. */
	public interface OfHousehold extends DataSubject {

		HouseholdPart household();

		@Override
		default Long dataSubjectHousehold() {
			return household().householdId();
		}

		@Override
		default String dataSubjectGrid() {
			return household().groupCode();
		}

	}

	/** A household of the roster, with its active case if it has one. */
	public record RosterRow(HouseholdPart household, @Nullable String caseType, @Nullable String riskTypes,
			@Nullable String contactCadreName) implements OfHousehold {
	}

	/** A measure of the measures ledger, with its case's risks and contact cadre. */
	public record MeasureRow(HouseholdPart household, long measureId, String riskTypes, String content,
			LocalDate plannedCompletion, @Nullable String contactCadreName, String category,
			@Nullable String memberName, String responsibleDepartment, String responsibleCadre, BigDecimal funds,
			String status, @Nullable LocalDate completedOn) implements OfHousehold {
	}

	/**
	 * A case of the eliminated or not-eliminated ledger, with what its measures achieved and the latest look
	 * back (附件4) and review (附件5) of it, as {@code MonitoredCase.campaignChecks} lists them first.
	 */
	public record CaseRow(HouseholdPart household, long caseId, String caseType, String riskTypes,
			@Nullable Instant identifiedAt, @Nullable Instant closedAt, @Nullable String completedMeasures,
			@Nullable Check lookBack, @Nullable Check review) implements OfHousehold {
	}

	/** What a look back or a review of a case recorded (the columns of case_check). */
	public record Check(@Nullable Boolean incomeStable, @Nullable Boolean measuresDone,
			@Nullable Boolean guaranteesSecured, @Nullable Boolean eliminationStable, @Nullable Boolean needsRemarking,
			@Nullable Boolean needsClearance, @Nullable Boolean meetsElimination, @Nullable String note) {
	}

	/** A group grid of the grid ledger, with the households of it in the caller's scope. */
	public record GridRow(String groupCode, String groupName, @Nullable String villageName,
			@Nullable String townshipName, int households) {
	}

	/**
	 * A group grid with the people holding it and its village, as {@code Grid.workers} reads them: their
	 * phones are of the grid they hold, the group's or the village's.
	 */
	public record GroupRow(GridRow grid, List<Cadre> groupWorkers, List<Cadre> villageWorkers,
			List<PostHolding> contactCadres) {
	}

	/** An inspection of a campaign (附件2, 附件3), with its household. */
	public record InspectionRow(HouseholdPart household, long inspectionId, String inspectorName, String method,
			LocalDate inspectedOn, boolean riskFound, boolean policyAware, @Nullable String familySituation,
			@Nullable String note, @Nullable String conclusion) implements OfHousehold {
	}

	/** A problem of a campaign (附件6), with the township and village of its grid. */
	public record ProblemRow(long problemId, String gridCode, @Nullable String townshipName,
			@Nullable String villageName, String category, String description, String responsiblePerson,
			String measure, LocalDate deadline, String status, @Nullable String rectification,
			@Nullable LocalDate rectifiedOn, @Nullable String verifiedBy, @Nullable LocalDate verifiedOn) {
	}

}
