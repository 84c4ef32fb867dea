package org.fangpin.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.fangpin.security.DataSubject;
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

	/** A case of the eliminated or not-eliminated ledger, with what its measures achieved. */
	public record CaseRow(HouseholdPart household, long caseId, String caseType, String riskTypes,
			@Nullable Instant identifiedAt, @Nullable String completedMeasures, int openMeasures) implements OfHousehold {
	}

	/** A group grid of the grid ledger, with the households of it in the caller's scope. */
	public record GridRow(String groupCode, String groupName, @Nullable String villageName,
			@Nullable String townshipName, int households) {
	}

}
