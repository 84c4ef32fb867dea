package org.fangpin.offline;

/** 变更类型: what became of a record. */
public enum ChangeType {

	CREATED, UPDATED, REMOVED

}
