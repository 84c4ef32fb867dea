package org.fangpin.evidence;

import org.fangpin.security.fields.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * 材料类别: what a file is, what it is attached to, and what it carries. A file is released as the personal data
 * it carries is ({@code carries}: a commitment letter holds ID numbers and assets, a medical record health);
 * a file carrying none is seen by whoever sees what it is attached to. A resident sees their own household's
 * letters and the public notices, not a cadre's internal records.
 */
public enum EvidenceKind {

	/** Seed 001: the household's signed commitment (承诺书). */
	COMMITMENT_LETTER("承诺书", Target.CASE, PersonalData.ID_NUMBER, true),
	/** Seed 001: the household's authorisation to check its assets (授权书). */
	AUTHORIZATION_LETTER("授权书", Target.CASE, PersonalData.ID_NUMBER, true),
	APPRAISAL_MINUTES("民主评议记录", Target.CASE, null, false),
	NOTICE_PHOTO("公示照片", Target.CASE, null, true),
	VERIFICATION_RECORD("入户核查记录", Target.CASE, PersonalData.ID_NUMBER, false),
	/** A diagnosis or hospital bill behind an illness risk: health data. */
	MEDICAL_RECORD("病历及医疗票据", Target.CASE, PersonalData.HEALTH, true),
	ANNOUNCEMENT("认定公告", Target.CASE, null, true),
	ELIMINATION_APPRAISAL_MINUTES("风险消除评议记录", Target.CASE, null, false),
	ELIMINATION_NOTICE_PHOTO("风险消除公示照片", Target.CASE, null, true),
	ACCEPTANCE_RECORD("乡镇验收记录", Target.CASE, PersonalData.ID_NUMBER, false),
	ELIMINATION_ANNOUNCEMENT("风险消除公告", Target.CASE, null, true),
	VISIT_PHOTO("走访照片", Target.VISIT, null, true),
	MEASURE_DOCUMENT("帮扶措施材料", Target.MEASURE, null, true),
	/** Seed 004: the photo of a campaign's household inspection (入户排查). */
	INSPECTION_PHOTO("排查照片", Target.INSPECTION, null, true),
	/** Seed 001: the township's record of verifying a department's warning. */
	WARNING_VERIFICATION_RECORD("预警核实记录", Target.WARNING, PersonalData.ID_NUMBER, false);

	/** What files of a kind are attached to, by the schema's type name. */
	public enum Target {

		CASE("MonitoredCase"), VISIT("Visit"), MEASURE("Measure"), INSPECTION("Inspection"),
		WARNING("DepartmentWarning");

		private final String typeName;

		Target(String typeName) {
			this.typeName = typeName;
		}

		public String typeName() {
			return this.typeName;
		}

	}

	private final String label;

	private final Target target;

	private final @Nullable PersonalData carries;

	private final boolean shownToResident;

	EvidenceKind(String label, Target target, @Nullable PersonalData carries, boolean shownToResident) {
		this.label = label;
		this.target = target;
		this.carries = carries;
		this.shownToResident = shownToResident;
	}

	public String label() {
		return this.label;
	}

	public Target target() {
		return this.target;
	}

	/** The personal data a file of this kind carries, whose release it follows; null: none beyond its record's. */
	public @Nullable PersonalData carries() {
		return this.carries;
	}

	public boolean shownToResident() {
		return this.shownToResident;
	}

}
