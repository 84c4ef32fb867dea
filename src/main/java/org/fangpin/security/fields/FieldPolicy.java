package org.fangpin.security.fields;

import java.util.EnumSet;
import java.util.Set;

import org.fangpin.security.Caller;
import org.fangpin.security.HeldDuty;
import org.fangpin.security.Role;
import org.fangpin.security.rows.DataSubject;
import org.jspecify.annotations.Nullable;

/**
 * Who gets which personal data, and how the others see it: the release rules of the design brief, in one
 * place, asked of the duties that cover the data's household. Rows are already limited to the caller's scope,
 * so "in scope" needs no check here.
 */
public final class FieldPolicy {

	/** Village level and above see a household's personal data in full (seed 002: 村级网格 holds the roster). */
	private static final Set<Role> VILLAGE_AND_ABOVE = EnumSet.of(Role.VILLAGE_CADRE, Role.TOWNSHIP_OFFICER,
			Role.COUNTY_OFFICER);

	private FieldPolicy() {
	}

	/** The value as {@code caller} may see it, where {@code subject} says whose and where it is: itself, masked, or null. */
	public static @Nullable Object release(PersonalData kind, Caller caller, @Nullable DataSubject subject,
			@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (releasesInFull(kind, caller, subject)) {
			return value;
		}
		return switch (kind) {
			// what an ID number gives away besides itself (the birth date) is withheld, not masked
			case ID_NUMBER -> (value instanceof String idNumber) ? maskIdNumber(idNumber) : null;
			case PHONE -> maskPhone(value.toString());
			case HEALTH -> null;
		};
	}

	/**
	 * Whether the caller gets this kind of data of {@code subject} in clear: a duty of the caller's that covers
	 * the subject's grid releases it, or the data is of the resident's own household. Data whose place is not
	 * known ({@code subject} null) is released only when every duty of the caller's would release it.
	 */
	public static boolean releasesInFull(PersonalData kind, Caller caller, @Nullable DataSubject subject) {
		Long own = caller.ownHousehold();
		if (subject == null) {
			// a resident reads nothing but their own household; anyone else gets what every duty of theirs gives
			return caller.duties().isEmpty() ? own != null
					: caller.duties().stream().allMatch((duty) -> releases(kind, duty.role()));
		}
		if (own != null && own.equals(subject.dataSubjectHousehold())) {
			return true;
		}
		String grid = subject.dataSubjectGrid();
		boolean ofHousehold = subject.dataSubjectHousehold() != null;
		for (HeldDuty duty : caller.duties()) {
			// a grid administrator's duty covers the tree, not the people living in it
			if (duty.covers(grid) && (!ofHousehold || duty.role().readsHouseholds()) && releases(kind, duty.role())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What one duty releases, wherever it is held. Health goes to the departments whose domain it is: which those
	 * are, the {@code @visibleTo} of each health field says, and no other department gets to ask.
	 */
	static boolean releases(PersonalData kind, Role role) {
		return switch (kind) {
			case ID_NUMBER -> VILLAGE_AND_ABOVE.contains(role);
			case PHONE -> role != Role.DEPARTMENT && role != Role.AUDITOR;
			case HEALTH -> VILLAGE_AND_ABOVE.contains(role) || role == Role.DEPARTMENT;
		};
	}

	/**
	 * Whether a field internal to the cadres ({@code @internal}) is withheld: from a resident, who reads only their
	 * own household, unless the field is their own words on a record they wrote.
	 */
	static boolean withholdsInternal(Caller caller, @Nullable Object source, boolean ownWords) {
		return caller.ownHousehold() != null
				&& !(ownWords && source instanceof WrittenByResident record && record.writtenByResident());
	}

	/** Whether the caller may know of a file at all: a resident only of those shown to residents. */
	public static boolean knowsOfFile(Caller caller, boolean shownToResident) {
		return caller.ownHousehold() == null || shownToResident;
	}

	/** Whether some duty of the caller's (or being a resident) releases this kind in full somewhere. */
	public static boolean releasesAnywhere(PersonalData kind, Caller caller) {
		return caller.ownHousehold() != null || caller.duties().stream().anyMatch((duty) -> releases(kind, duty.role()));
	}

	/** Whether a value of this kind released to the caller is sensitive data shown in full, to be logged. */
	public static boolean releasesSensitive(PersonalData kind, Caller caller, @Nullable DataSubject subject) {
		return kind.sensitive() && releasesInFull(kind, caller, subject);
	}

	/**
	 * Whether the caller may upload evidence files: a cadre, who takes the steps that files prove. Which
	 * record a file may be attached to is the duty of that record's step.
	 */
	public static boolean uploadsEvidence(Caller caller) {
		return caller.duties().stream().anyMatch((duty) -> duty.role().isCadre());
	}

	/**
	 * Whether the caller may look records of a type up by global id: a department only where the type is
	 * open to departments, since even a record's existence would tell it something.
	 */
	public static boolean findsRecordsOf(Caller caller, boolean typeOpenToDepartments) {
		return typeOpenToDepartments || !caller.holds(Role.DEPARTMENT);
	}

	/**
	 * Inside one county the region and birth-date digits are guessable, so "first 6 + last 4" would hide
	 * almost nothing: only the first and last character show.
	 */
	public static String maskIdNumber(String idNumber) {
		if (idNumber.length() < 2) {
			return "*";
		}
		return idNumber.charAt(0) + "*".repeat(idNumber.length() - 2) + idNumber.charAt(idNumber.length() - 1);
	}

	/** {@code 13812345678} → {@code 138****5678}. */
	public static String maskPhone(String phone) {
		if (phone.length() < 8) {
			return "*".repeat(phone.length());
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

}
