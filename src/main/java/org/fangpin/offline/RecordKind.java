package org.fangpin.offline;

/** 记录类别: the kinds of a household's records that the change feed follows, each named by its GraphQL type. */
public enum RecordKind {

	HOUSEHOLD("Household"), MEMBER("Member"), CASE("MonitoredCase"), MEASURE("Measure"), VISIT("Visit");

	private final String typeName;

	RecordKind(String typeName) {
		this.typeName = typeName;
	}

	/** The GraphQL type whose global id names a record of this kind. */
	public String typeName() {
		return this.typeName;
	}

}
